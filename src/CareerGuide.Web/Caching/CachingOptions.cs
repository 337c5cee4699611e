using CareerGuide.Web.Site;

namespace CareerGuide.Web.Caching;

/// <summary><c>Caching:Enabled</c> (default true): off only to measure or debug the uncached site.</summary>
public sealed class CachingOptions : IBoundOptions
{
    public static string SectionName => "Caching";

    public bool Enabled { get; set; } = true;
}

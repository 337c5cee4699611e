using System.ComponentModel.DataAnnotations;

namespace CareerGuide.Web.Site;

/// <summary>
/// <c>RateLimits:PerClientPer10Seconds</c>: how many searches and API calls one client address may make in ten seconds;
/// <c>RateLimits:NotFoundPerClientPer10Seconds</c>: how many addresses that lead nowhere.
/// </summary>
public sealed class RateLimitOptions : IBoundOptions
{
    public static string SectionName => "RateLimits";

    // At least one: a limit of nothing would shut the site to everyone while it looked configured.
    [Range(1, int.MaxValue)]
    public int PerClientPer10Seconds { get; set; } = 100;

    [Range(1, int.MaxValue)]
    public int NotFoundPerClientPer10Seconds { get; set; } = 30;
}

using System.ComponentModel.DataAnnotations;
using CareerGuide.Web.Site;

namespace CareerGuide.Web.Data;

/// <summary>The <c>Database</c> section: how long a start may wait to get its database ready before it gives up.</summary>
public sealed class DatabaseOptions : IBoundOptions
{
    public static string SectionName => "Database";

    /// <summary>The longest a start (the site or the <c>ingest</c> verb) waits for locks and migrations before it exits non-zero.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

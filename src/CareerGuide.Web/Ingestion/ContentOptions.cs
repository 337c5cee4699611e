using System.ComponentModel.DataAnnotations;
using CareerGuide.Web.Site;

namespace CareerGuide.Web.Ingestion;

/// <summary>Where the guides live: <c>Content:Path</c>, relative to the app's content root unless absolute.</summary>
public sealed class ContentOptions : IBoundOptions
{
    public static string SectionName => "Content";

    [Required]
    public string Path { get; set; } = "";

    /// <summary>Whether the site ingests at start-up; off for instances that leave it to the <c>ingest</c> verb.</summary>
    public bool IngestOnStart { get; set; } = true;

    /// <summary>Whether to re-ingest as files change while the site runs.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>How long reading one guide file may take before it is given up as not an ordinary file, or a disk that does not answer.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:10:00")]
    public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one ingestion may run before readiness reports it stuck.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan StuckAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the watcher checks that its folder is still there, to watch it again once it is back.</summary>
    [Range(typeof(TimeSpan), "00:00:00.05", "01:00:00")]
    public TimeSpan WatchCheckInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many years old a source's data may be before validation warns and the page marks its figures with their year.</summary>
    [Range(1, 100)]
    public int StaleAfterYears { get; set; } = CareerGuide.Content.Provenance.DefaultStaleAfterYears;

    /// <summary>The folder under <see cref="Path"/> that holds one Markdown file per role.</summary>
    public static string RolesFolder => "roles";

    public string ResolvePath(IHostEnvironment environment) => System.IO.Path.GetFullPath(Path, environment.ContentRootPath);
}

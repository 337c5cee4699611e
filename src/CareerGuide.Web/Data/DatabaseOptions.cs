using System.ComponentModel.DataAnnotations;
using CareerGuide.Web.Site;

namespace CareerGuide.Web.Data;

/// <summary>The <c>Database</c> section: which provider holds the database, and how long a start may wait to get it ready before it gives up.</summary>
public sealed class DatabaseOptions : IBoundOptions
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSQL";

    public static string SectionName => "Database";

    /// <summary><c>Sqlite</c> (a file, the default) or <c>PostgreSQL</c> (a server: <c>ConnectionStrings:CareerGuide</c> is an Npgsql connection string).</summary>
    [AllowedValues(Sqlite, PostgreSql, ErrorMessage = "Database:Provider must be Sqlite or PostgreSQL")]
    public string Provider { get; set; } = Sqlite;

    /// <summary>The longest a start (the site or the <c>ingest</c> verb) waits for locks and migrations before it exits non-zero.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

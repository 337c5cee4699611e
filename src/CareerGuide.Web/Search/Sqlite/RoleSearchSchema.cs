using System.Globalization;
using CareerGuide.Content;

namespace CareerGuide.Web.Search.Sqlite;

/// <summary>
/// The FTS5 table that indexes published roles, spelled once: its name, its columns in table order with their bm25
/// weights, and what each holds. The row writer, the queries and the column filters all read it. (The migrations that
/// created the table keep their own spelling: a migration is the schema of its day, not of today.)
/// </summary>
internal static class RoleSearchSchema
{
    public const string Table = "RoleSearch";

    /// <summary>The fts5vocab table over <see cref="Table"/>: one row per word the index knows.</summary>
    public const string Terms = "RoleSearchTerms";

    /// <summary>The sections indexed in a column of their own, in column order (<see cref="SearchColumns.OwnColumns"/>).</summary>
    public static IReadOnlyList<SectionKind[]> OwnColumns => SearchColumns.OwnColumns;

    /// <summary>The table's columns in table order (<see cref="SearchColumns.All"/>).</summary>
    public static IReadOnlyList<SearchColumn> Columns => SearchColumns.All;

    /// <summary>The column filter of the columns a role is about: title, aliases, summary, skills and tools.</summary>
    public static string KeyColumns { get; } = Filter(ColumnReach.Key);

    /// <summary>The column filter of the columns that name a role: title and aliases.</summary>
    public static string NameColumns { get; } = Filter(ColumnReach.Name);

    /// <summary>bm25 with every column's weight: title matches count most.</summary>
    public static string Rank { get; } =
        $"bm25({Table}, {string.Join(", ", Columns.Select(c => c.Weight.ToString("0.0", CultureInfo.InvariantCulture)))})";

    /// <summary>The insert of one role's search row: the rowid (the role's id), then every column.</summary>
    public static string Insert { get; } =
        $"INSERT INTO {Table}(rowid, {string.Join(", ", Columns.Select(c => c.Name))}) VALUES (?1, {string.Join(", ", Columns.Select((_, i) => $"?{i + 2}"))})";

    private static string Filter(ColumnReach reach) => $"{{{string.Join(' ', Columns.Where(c => c.Reach <= reach).Select(c => c.Name))}}}";
}

namespace CareerGuide.Web.Tests.Infrastructure;

/// <summary>A test of SQLite itself (its file, its locks, its table layout): it runs on SQLite and is skipped on PostgreSQL.</summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute()
    {
        if (TestDatabase.ProjectProvider != TestDatabase.Sqlite)
        {
            Skip = SqliteOnly.Reason;
        }
    }
}

/// <summary>A theory about SQLite itself: it runs on SQLite and is skipped on PostgreSQL.</summary>
public sealed class SqliteOnlyTheoryAttribute : TheoryAttribute
{
    public SqliteOnlyTheoryAttribute()
    {
        if (TestDatabase.ProjectProvider != TestDatabase.Sqlite)
        {
            Skip = SqliteOnly.Reason;
        }
    }
}

/// <summary>A test of what only PostgreSQL has (advisory locks across processes): it runs on PostgreSQL and is skipped on SQLite.</summary>
public sealed class PostgreSqlOnlyFactAttribute : FactAttribute
{
    public PostgreSqlOnlyFactAttribute()
    {
        if (TestDatabase.ProjectProvider != TestDatabase.PostgreSql)
        {
            Skip = "PostgreSQL-specific: runs in CareerGuide.Web.PostgreSql.Tests";
        }
    }
}

internal static class SqliteOnly
{
    public const string Reason = "SQLite-specific: what it checks does not exist on PostgreSQL";
}

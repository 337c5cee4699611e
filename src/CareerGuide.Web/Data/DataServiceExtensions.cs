using System.Data.Common;
using CareerGuide.Web.Data.PostgreSql;
using CareerGuide.Web.Data.Sqlite;
using CareerGuide.Web.Site;

namespace CareerGuide.Web.Data;

public static class DataServiceExtensions
{
    private const string ConnectionName = "CareerGuide";

    /// <summary>
    /// Registers the database (<c>ConnectionStrings:CareerGuide</c>) on its provider (<c>Database:Provider</c>) and its
    /// start-up options. An unknown provider name registers SQLite, and the options' check then stops the start naming the key.
    /// </summary>
    public static IHostApplicationBuilder AddData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddBoundOptions<DatabaseOptions>();
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName);
        if (builder.Configuration[$"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)}"] == DatabaseOptions.PostgreSql)
        {
            builder.Services.AddPostgreSqlData(connectionString);
        }
        else
        {
            builder.Services.AddSqliteData(connectionString, builder.Environment);
        }

        builder.Services.AddSingleton<PublishedCategories>();
        return builder;
    }

    /// <summary>
    /// A connection string <paramref name="provider"/> cannot <paramref name="read"/> stops the start the way every other
    /// wrong setting does, in one line naming the key and what it must be; its text is never repeated, as it may hold a
    /// password. Under an unknown provider name (which registers SQLite) only that name is reported.
    /// </summary>
    internal static void CheckConnectionString(this IServiceCollection services, string provider, string? connectionString, Func<string, DbConnectionStringBuilder> read, string expected)
    {
        var problem = $"ConnectionStrings:{ConnectionName} must be {expected}";
        try
        {
            if (!string.IsNullOrWhiteSpace(connectionString))
            {
                read(connectionString);
                return;
            }
        }
        catch (ArgumentException e)
        {
            problem += $": {e.Message}";
        }

        services.AddOptions<DatabaseOptions>().Validate(options => options.Provider != provider, problem);
    }
}

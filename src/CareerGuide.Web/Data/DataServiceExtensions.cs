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
}

using CareerGuide.Web.Data.Sqlite;
using CareerGuide.Web.Site;

namespace CareerGuide.Web.Data;

public static class DataServiceExtensions
{
    private const string ConnectionName = "CareerGuide";

    /// <summary>Registers the database (<c>ConnectionStrings:CareerGuide</c>) on its provider, SQLite for now, and its start-up options.</summary>
    public static IHostApplicationBuilder AddData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddBoundOptions<DatabaseOptions>();
        builder.Services.AddSqliteData(builder.Configuration.GetConnectionString(ConnectionName), builder.Environment);
        builder.Services.AddSingleton<PublishedCategories>();
        return builder;
    }
}

using CareerGuide.Web.Site;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Data;

public static class DataServiceExtensions
{
    private const string ConnectionName = "CareerGuide";

    /// <summary>Registers the database: <c>ConnectionStrings:CareerGuide</c>, or a SQLite file in the app's App_Data folder, and its start-up options.</summary>
    public static IHostApplicationBuilder AddData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddBoundOptions<DatabaseOptions>();
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName) ?? DefaultConnectionString(builder.Environment);
        builder.Services.AddDbContextPool<CareerGuideDbContext>(options => options.UseSqlite(connectionString));
        builder.Services.AddSingleton<PublishedCategories>();
        return builder;
    }

    private static string DefaultConnectionString(IHostEnvironment environment)
    {
        var folder = Path.Combine(environment.ContentRootPath, "App_Data");
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "careerguide.db") }.ToString();
    }
}

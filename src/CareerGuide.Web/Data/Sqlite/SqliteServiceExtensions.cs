using CareerGuide.Web.Search;
using CareerGuide.Web.Search.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Data.Sqlite;

public static class SqliteServiceExtensions
{
    /// <summary>
    /// Registers the database on SQLite: <paramref name="connectionString"/>, or a file in the app's App_Data folder,
    /// with what the rest of the site asks of a provider.
    /// </summary>
    public static IServiceCollection AddSqliteData(this IServiceCollection services, string? connectionString, IHostEnvironment environment)
    {
        var connection = connectionString ?? DefaultConnectionString(environment);
        services.AddDbContextPool<CareerGuideDbContext>(options => options.UseSqlite(connection));
        services.AddSingleton<IDatabaseStartup, SqliteStartup>();
        services.AddSingleton<IReadSnapshots, SqliteReadSnapshots>();
        services.AddSingleton<IGuideStore, SqliteGuideStore>();
        services.AddSingleton<ISearchIndex, SqliteSearchIndex>();
        return services;
    }

    private static string DefaultConnectionString(IHostEnvironment environment)
    {
        var folder = Path.Combine(environment.ContentRootPath, "App_Data");
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "careerguide.db") }.ToString();
    }
}

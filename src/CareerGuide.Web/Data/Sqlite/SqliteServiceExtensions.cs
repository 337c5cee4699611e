using CareerGuide.Web.Data.Sqlite.CompiledModel;
using CareerGuide.Web.Search;
using CareerGuide.Web.Search.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

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
        services.CheckConnectionString(DatabaseOptions.Sqlite, connection, text => new SqliteConnectionStringBuilder(text), "a SQLite connection string (Data Source=…)");
        // The model compiled ahead of time (CompiledModel/): building it from OnModelCreating took about a third of a
        // second of every start, which the ingest verb of each deployment paid.
        // A list in a query goes as one JSON parameter (json_each), not as one parameter per item (EF Core 10's default):
        // ingestion deletes the rows of 10,000 paths at once, and SQLite took a quarter of a second to prepare each such
        // 10,000-parameter statement.
        services.AddDbContextPool<CareerGuideDbContext>(options => options
            .UseSqlite(connection, sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .UseModel(CareerGuideDbContextModel.Instance)
            .ReplaceService<IModelCustomizer, SqliteModelCustomizer>());
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

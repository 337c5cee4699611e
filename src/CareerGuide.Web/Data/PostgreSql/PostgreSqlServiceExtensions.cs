using CareerGuide.Web.Data.PostgreSql.CompiledModel;
using CareerGuide.Web.Search;
using CareerGuide.Web.Search.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareerGuide.Web.Data.PostgreSql;

public static class PostgreSqlServiceExtensions
{
    // A restart of PostgreSQL takes a second or two: four retries, waiting at most 2 s between them, ride it out within
    // about 5 s. Npgsql's defaults (six retries, up to 30 s apart) held a reader's request for 58 s before its error page
    // when the server stayed down, as long as a proxy waits for an answer, while readiness had said Unhealthy after 3 s.
    private const int RetryCount = 4;
    private static readonly TimeSpan RetryDelayCap = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Registers the database on PostgreSQL (<paramref name="connectionString"/>, an Npgsql connection string), transient
    /// errors retried by Npgsql's execution strategy, with what the rest of the site asks of a provider.
    /// </summary>
    public static IServiceCollection AddPostgreSqlData(this IServiceCollection services, string? connectionString)
    {
        services.CheckConnectionString(DatabaseOptions.PostgreSql, connectionString, text => new NpgsqlConnectionStringBuilder(text),
            "an Npgsql connection string (Host=…;Database=…;Username=…) when Database:Provider is PostgreSQL");
        // The model compiled ahead of time (CompiledModel/), as on SQLite: built from OnModelCreating it took a third of a
        // second of every start, the most of a re-ingestion with nothing changed (0.9-1.3 s as a whole process).
        services.AddDbContextPool<CareerGuideDbContext, PostgreSqlDbContext>(options => options
            .UseNpgsql(WithoutParallelQueries(connectionString!), npgsql => npgsql.EnableRetryOnFailure(RetryCount, RetryDelayCap, errorCodesToAdd: null))
            .UseModel(PostgreSqlDbContextModel.Instance));
        services.AddSingleton<IDatabaseStartup, PostgreSqlStartup>();
        services.AddSingleton<IReadSnapshots, PostgreSqlReadSnapshots>();
        services.AddSingleton<IGuideStore, PostgreSqlGuideStore>();
        services.AddSingleton<ISearchIndex, PostgreSqlSearchIndex>();
        return services;
    }

    /// <summary>
    /// The connection string with parallel query turned off for the site's sessions. Each query of the site reads a few
    /// thousand rows at most: two parallel workers took longer to start than they saved (ranking a search's 1,433 matches
    /// among 10,000 guides took 27 ms with them, 18 ms without) and took the cores other requests were waiting for.
    /// </summary>
    private static string WithoutParallelQueries(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = $"{builder.Options} -c max_parallel_workers_per_gather=0".Trim();
        return builder.ConnectionString;
    }
}

using CareerGuide.Web.Search;
using CareerGuide.Web.Search.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareerGuide.Web.Data.PostgreSql;

public static class PostgreSqlServiceExtensions
{
    /// <summary>
    /// Registers the database on PostgreSQL (<paramref name="connectionString"/>, an Npgsql connection string), transient
    /// errors retried by Npgsql's execution strategy, with what the rest of the site asks of a provider.
    /// </summary>
    public static IServiceCollection AddPostgreSqlData(this IServiceCollection services, string? connectionString)
    {
        services.CheckConnectionString(DatabaseOptions.PostgreSql, connectionString, text => new NpgsqlConnectionStringBuilder(text),
            "an Npgsql connection string (Host=…;Database=…;Username=…) when Database:Provider is PostgreSQL");
        services.AddDbContextPool<CareerGuideDbContext, PostgreSqlDbContext>(options =>
            options.UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure()));
        services.AddSingleton<IDatabaseStartup, PostgreSqlStartup>();
        services.AddSingleton<IReadSnapshots, PostgreSqlReadSnapshots>();
        services.AddSingleton<IGuideStore, PostgreSqlGuideStore>();
        services.AddSingleton<ISearchIndex, PostgreSqlSearchIndex>();
        return services;
    }

}

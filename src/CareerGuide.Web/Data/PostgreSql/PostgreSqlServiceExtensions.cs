using CareerGuide.Web.Search;
using CareerGuide.Web.Search.PostgreSql;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Data.PostgreSql;

public static class PostgreSqlServiceExtensions
{
    /// <summary>
    /// Registers the database on PostgreSQL (<paramref name="connectionString"/>, an Npgsql connection string), transient
    /// errors retried by Npgsql's execution strategy, with what the rest of the site asks of a provider.
    /// </summary>
    public static IServiceCollection AddPostgreSqlData(this IServiceCollection services, string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            // Stops the start the way every other missing setting does: one line naming the key.
            services.AddOptions<DatabaseOptions>().Validate(_ => false, "ConnectionStrings:CareerGuide must be an Npgsql connection string when Database:Provider is PostgreSQL");
        }

        services.AddDbContextPool<CareerGuideDbContext, PostgreSqlDbContext>(options =>
            options.UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure()));
        services.AddSingleton<IDatabaseStartup, PostgreSqlStartup>();
        services.AddSingleton<IReadSnapshots, PostgreSqlReadSnapshots>();
        services.AddSingleton<IGuideStore, PostgreSqlGuideStore>();
        services.AddSingleton<ISearchIndex, PostgreSqlSearchIndex>();
        return services;
    }
}

using CareerGuide.Testing;
using CareerGuide.Web.Data;
using CareerGuide.Web.Tests.Infrastructure;
using CareerGuide.Web.Tests.Reliability;
using Microsoft.Extensions.DependencyInjection;

namespace CareerGuide.Web.Tests.Ingestion;

/// <summary>On PostgreSQL several instances share one database, and only one of them ingests at a time.</summary>
public sealed class IngestionLockTests
{
    [PostgreSqlOnlyFact]
    public async Task An_ingestion_waits_while_another_process_holds_the_database_s_ingestion_lock_then_runs()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        _ = site.Services;

        // The lock as another instance holds it: on a session of its own, outside this site's ingestion gate.
        await using var scope = site.Services.CreateAsyncScope();
        var elsewhere = await scope.ServiceProvider.GetRequiredService<IDatabaseStartup>()
            .LockIngestionAsync(scope.ServiceProvider.GetRequiredService<CareerGuideDbContext>(), CancellationToken.None);
        var ingestion = site.IngestAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.False(ingestion.IsCompleted, "the ingestion ran while another process held the lock");
        Assert.Equal(0, await site.QueryAsync(db => Task.FromResult(db.Roles.Count())));

        await elsewhere.DisposeAsync();
        var report = await ingestion.WaitAsync(Waits.Limit);

        Assert.Equal(1, report.Added);
    }
}

using CareerGuide.Web.Ingestion;

namespace CareerGuide.Web.Commands;

/// <summary><c>ingest</c>: ingests the content once, into the database the start prepared, for deployments whose site instances do not ingest.</summary>
public static class IngestCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<ContentIngestor>().IngestAsync(cancellationToken);
        foreach (var diagnostic in report.Diagnostics)
        {
            await output.WriteLineAsync(diagnostic.ToString());
        }

        await output.WriteLineAsync(
            $"Ingested content: {report.Added} added, {report.Updated} updated, {report.Unchanged} unchanged, {report.Removed} removed, {report.Failed} rejected in {report.Elapsed.TotalSeconds:0.00} s.");
        return report.Failed > 0 ? 1 : 0;
    }
}

namespace CareerGuide.Web.Caching;

/// <summary>Told after each ingestion that committed changes, with the slugs whose pages changed (<see cref="Ingestion.IngestionReport.ChangedSlugs"/>).</summary>
public interface IContentChangeListener
{
    Task OnContentChangedAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken);
}

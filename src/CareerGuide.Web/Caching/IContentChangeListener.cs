namespace CareerGuide.Web.Caching;

/// <summary>Told after each ingestion that committed changes, with the slugs that were added, changed or removed.</summary>
public interface IContentChangeListener
{
    Task OnContentChangedAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken);
}

using Microsoft.AspNetCore.OutputCaching;

namespace CareerGuide.Web.Caching;

/// <summary>Evicts only what an ingestion changed: the changed roles' pages, the pages that link to them, and the lists.</summary>
public sealed class OutputCacheEviction(IOutputCacheStore store) : IContentChangeListener
{
    public async Task OnContentChangedAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken)
    {
        await store.EvictByTagAsync(CacheTags.Lists, cancellationToken);
        foreach (var slug in slugs)
        {
            await store.EvictByTagAsync(CacheTags.Role(slug), cancellationToken);
        }
    }
}

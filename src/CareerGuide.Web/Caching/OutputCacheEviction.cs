using Microsoft.AspNetCore.OutputCaching;

namespace CareerGuide.Web.Caching;

/// <summary>Evicts only what an ingestion changed: the changed roles' pages, the pages that link to them, and the lists.</summary>
public sealed class OutputCacheEviction(IOutputCacheStore store, ContentVersions versions) : IContentChangeListener
{
    public async Task OnContentChangedAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken)
    {
        foreach (var tag in slugs.Select(CacheTags.Role).Prepend(CacheTags.Lists))
        {
            // The new version first: a page still being made from the old content can then only be stored where nobody looks.
            versions.Advance(tag);
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }
}

namespace CareerGuide.Web.Pages.Search;

public static class SearchServiceExtensions
{
    /// <summary>Search's in-memory vocabulary, shared by the search page's and the 404 page's "did you mean".</summary>
    public static IHostApplicationBuilder AddSearch(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SearchVocabulary>();
        builder.Services.AddSingleton<RoleSuggestions>();
        return builder;
    }
}

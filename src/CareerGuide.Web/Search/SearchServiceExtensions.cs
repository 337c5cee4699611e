namespace CareerGuide.Web.Search;

public static class SearchServiceExtensions
{
    /// <summary>Search over the provider's index (<see cref="ISearchIndex"/>, which <c>AddData</c> registers), and its in-memory vocabulary shared by both "did you mean"s.</summary>
    public static IHostApplicationBuilder AddSearch(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SearchQuery>();
        builder.Services.AddSingleton<SearchVocabulary>();
        builder.Services.AddSingleton<RoleSuggestions>();
        return builder;
    }
}

using CareerGuide.Web.Api;

namespace CareerGuide.Web.Site;

/// <summary>
/// Bodies for error responses that have none: the site's own error page for readers, problem+json for API clients,
/// also when a query parameter does not bind (which production answers with an empty 400).
/// </summary>
public static class ErrorPages
{
    public static IApplicationBuilder UseErrorPages(this IApplicationBuilder app) => app
        .UseStatusCodePagesWithReExecute("/status/{0}")
        // Inside the re-execution, so an API error has its problem+json body before the site's error page could take it.
        .UseWhen(context => context.Request.Path.StartsWithSegments(RolesApi.BasePath, StringComparison.OrdinalIgnoreCase), api => api.UseStatusCodePages());
}

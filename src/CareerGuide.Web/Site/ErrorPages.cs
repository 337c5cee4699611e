using CareerGuide.Web.Api;

namespace CareerGuide.Web.Site;

/// <summary>
/// Bodies for error responses that have none: the site's own error page for readers, problem+json for API clients,
/// also when a query parameter does not bind (which production answers with an empty 400).
/// </summary>
public static class ErrorPages
{
    public static IApplicationBuilder UseErrorPages(this IApplicationBuilder app) => app
        .Use(KeepingTheMethodAsync)
        .UseStatusCodePagesWithReExecute("/status/{0}")
        .Use(ShowingTheErrorPageAsGetAsync)
        // Inside the re-execution, so an API error has its problem+json body before the site's error page could take it.
        .UseWhen(context => context.Request.Path.StartsWithSegments(RolesApi.BasePath, StringComparison.OrdinalIgnoreCase), api => api.UseStatusCodePages());

    /// <summary>
    /// The error page is re-executed with the failed request's method, and a PUT or a TRACE would find no page that
    /// answers it (a 405 instead of the page) or no handler to run: the page is asked for with GET instead.
    /// </summary>
    private static async Task ShowingTheErrorPageAsGetAsync(HttpContext context, RequestDelegate next)
    {
        await next(context);
        var request = context.Request;
        if (context.Response.StatusCode >= 400 && !context.Response.HasStarted && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            request.Method = HttpMethods.Get;
        }
    }

    /// <summary>Gives the request its own method back after the error page, for the request log and anything else outside.</summary>
    private static async Task KeepingTheMethodAsync(HttpContext context, RequestDelegate next)
    {
        var method = context.Request.Method;
        try
        {
            await next(context);
        }
        finally
        {
            context.Request.Method = method;
        }
    }
}

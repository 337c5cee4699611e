using CareerGuide.Web.Data;
using CareerGuide.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CareerGuide.Web.Pages.Roles;

/// <summary>
/// Addresses pasted before a rename keep working, for every page and endpoint addressed by a role's <c>{slug}</c>: when
/// one answers 404 and its slug is an old slug (an alias) of a published role, the answer becomes a 301 to the same page
/// or endpoint under the current slug. Pages take <see cref="RedirectsOldSlugsAttribute"/>, endpoints <see cref="RedirectsOldSlugs"/>.
/// </summary>
public static class OldSlugs
{
    private const string SlugValue = "slug";

    /// <summary>Sends this endpoint's 404 for an old slug on to the same endpoint, by its name, under the current slug; the query is dropped.</summary>
    public static RouteHandlerBuilder RedirectsOldSlugs(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            return result is IStatusCodeHttpResult { StatusCode: StatusCodes.Status404NotFound } && await MovedToAsync(context.HttpContext, []) is { } location
                ? Results.Redirect(location, permanent: true)
                : result;
        });

    /// <summary>
    /// Where this request's address is now, when its slug is an old one: the same page or endpoint under the current slug,
    /// with the query values named in <paramref name="keptQuery"/>. Null when the slug is nobody's old slug.
    /// </summary>
    internal static async Task<string?> MovedToAsync(HttpContext http, IReadOnlyList<string> keptQuery)
    {
        if (http.GetRouteValue(SlugValue) is not string slug || http.GetEndpoint() is not { } endpoint)
        {
            return null;
        }

        var current = await RoleViewQuery.FindByAliasAsync(http.RequestServices.GetRequiredService<CareerGuideDbContext>(), slug, http.RequestAborted);
        if (current is null)
        {
            return null;
        }

        // The first of repeated values, the one model binding gives a handler.
        var values = new RouteValueDictionary(keptQuery.ToDictionary(key => key, key => (object?)http.Request.Query[key].FirstOrDefault())) { [SlugValue] = current };
        return http.RequestServices.GetRequiredService<SiteLinks>().Address(endpoint, values);
    }
}

/// <summary>Sends the page's 404 for an old slug on to the same page under the current slug (<see cref="OldSlugs"/>).</summary>
/// <param name="keptQuery">The query values the redirect carries, such as a download's format; any other is dropped.</param>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RedirectsOldSlugsAttribute(params string[] keptQuery) : Attribute, IAsyncPageFilter
{
    public IReadOnlyList<string> KeptQuery { get; } = keptQuery;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Result is NotFoundResult && await OldSlugs.MovedToAsync(context.HttpContext, KeptQuery) is { } location)
        {
            executed.Result = new RedirectResult(location, permanent: true);
        }
    }
}

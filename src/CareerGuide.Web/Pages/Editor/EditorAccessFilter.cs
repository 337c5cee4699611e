using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Pages.Editor;

/// <summary>
/// Hides the editor pages: open in Development, otherwise only with the configured key. Anyone else gets
/// the ordinary 404, so the pages' existence does not leak. A key given in the query is traded for a session
/// cookie and dropped from the address, so it stays out of history, bookmarks, Referer headers and access logs.
/// </summary>
public sealed class EditorAccessFilter(IHostEnvironment environment, IOptionsMonitor<EditorOptions> options, EditorSessions sessions) : IAsyncPageFilter
{
    public const string HeaderName = "X-Editor-Key";
    private const string QueryName = "key";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (!environment.IsDevelopment() && !HasKey(http))
        {
            context.Result = new NotFoundResult();
            return;
        }

        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Robots-Tag"] = "noindex";
        if (http.Request.Query.ContainsKey(QueryName))
        {
            context.Result = new RedirectResult(WithoutKey(http.Request));
            return;
        }

        await next();
    }

    private bool HasKey(HttpContext http)
    {
        var key = options.CurrentValue.Key;
        if (string.IsNullOrEmpty(key))
        {
            return false;
        }

        if (Matches(http.Request.Query[QueryName], key))
        {
            var (session, lifetime) = sessions.Start();
            // Secure follows the request: over HTTPS the cookie is never sent back over plain HTTP.
            http.Response.Cookies.Append(EditorSessions.CookieName, session, new CookieOptions
            {
                HttpOnly = true, Secure = http.Request.IsHttps, SameSite = SameSiteMode.Strict, Path = "/editor", MaxAge = lifetime,
            });
            return true;
        }

        return Matches(http.Request.Headers[HeaderName], key) || sessions.IsOpen(http.Request.Cookies[EditorSessions.CookieName]);
    }

    // Query names match case-insensitively, so "?KEY=" must go too, or the redirect would lead back here forever.
    private static string WithoutKey(HttpRequest request)
    {
        var query = new QueryBuilder(request.Query.Where(pair => !string.Equals(pair.Key, QueryName, StringComparison.OrdinalIgnoreCase)));
        return $"{request.PathBase}{request.Path}{query}";
    }

    private static bool Matches(string? given, string key) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(key));
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Pages.Editor;

/// <summary>
/// Hides the editor pages: open in Development, otherwise only with the configured key. Anyone else gets
/// the ordinary 404, so the pages' existence does not leak. A key given in the query is kept in a cookie.
/// </summary>
public sealed class EditorAccessFilter(IHostEnvironment environment, IOptions<EditorOptions> options) : IAsyncPageFilter
{
    public const string HeaderName = "X-Editor-Key";
    private const string CookieName = "editor-key";

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
        await next();
    }

    private bool HasKey(HttpContext http)
    {
        var key = options.Value.Key;
        if (string.IsNullOrEmpty(key))
        {
            return false;
        }

        if (Matches(http.Request.Query["key"], key))
        {
            http.Response.Cookies.Append(CookieName, key, new CookieOptions { HttpOnly = true, Secure = http.Request.IsHttps, SameSite = SameSiteMode.Strict, Path = "/editor" });
            return true;
        }

        return Matches(http.Request.Headers[HeaderName], key) || Matches(http.Request.Cookies[CookieName], key);
    }

    private static bool Matches(string? given, string key) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(key));
}

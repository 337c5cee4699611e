using Microsoft.AspNetCore.Http.Features;

namespace CareerGuide.Web.Site;

/// <summary>
/// What Kestrel accepts and says about itself: small requests (nothing here takes uploads), no Server header, and
/// over-long addresses refused by the site rather than by Kestrel, so that their 414 carries the security headers.
/// </summary>
public static class KestrelSetup
{
    /// <summary>The longest request target (path and query) the site answers; the search form allows 200 characters.</summary>
    public const int MaxRequestTargetLength = 8 * 1024;

    public static WebApplicationBuilder SetUpKestrel(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 64 * 1024;
            // A little room above the site's own limit, so an over-long target reaches UseRequestTargetLimit. Past this,
            // Kestrel answers a bare 414 itself, before any middleware: nothing can add headers to that, and it has no body.
            kestrel.Limits.MaxRequestLineSize = MaxRequestTargetLength + 4 * 1024;
        });
        return builder;
    }

    /// <summary>Answers a target longer than <see cref="MaxRequestTargetLength"/> with an empty 414; goes after the security headers.</summary>
    public static IApplicationBuilder UseRequestTargetLimit(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Features.Get<IHttpRequestFeature>()?.RawTarget.Length > MaxRequestTargetLength)
        {
            context.Response.StatusCode = StatusCodes.Status414UriTooLong;
            return Task.CompletedTask;
        }

        return next(context);
    });
}

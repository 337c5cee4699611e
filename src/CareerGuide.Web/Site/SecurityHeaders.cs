namespace CareerGuide.Web.Site;

/// <summary>
/// Security headers for every response. No inline script is allowed anywhere; only the embeddable salary
/// card (<c>/embed/</c>) may be framed by other sites.
/// </summary>
public static class SecurityHeaders
{
    public const string EmbedPrefix = "/embed/";

    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; ";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        var embeddable = context.Request.Path.StartsWithSegments(EmbedPrefix.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
        headers.ContentSecurityPolicy = Policy + (embeddable ? "frame-ancestors *" : "frame-ancestors 'none'");
        if (!embeddable)
        {
            headers.XFrameOptions = "DENY";
        }

        // Other sites may load only the salary card (in their frames); no page shares its window with another site's.
        headers["Cross-Origin-Resource-Policy"] = embeddable ? "cross-origin" : "same-origin";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
        return next(context);
    });
}

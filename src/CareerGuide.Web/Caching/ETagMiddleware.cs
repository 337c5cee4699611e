using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace CareerGuide.Web.Caching;

/// <summary>
/// The site's one ETag: every successful GET of a page or of the API gets a tag computed from its bytes, and a matching
/// If-None-Match gets 304. It runs inside the output cache, so it hashes a response once per cache fill, not once per
/// request; the output cache answers If-None-Match itself from the tag it stored. The tag is weak because compression,
/// outside it, serves the same content in several encodings.
/// </summary>
public sealed class ETagMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
            || context.Request.Path.StartsWithSegments("/css") || context.Request.Path.StartsWithSegments("/js"))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey(HeaderNames.ETag) && !response.Headers.ContainsKey(HeaderNames.ContentEncoding))
        {
            var etag = new EntityTagHeaderValue($"\"{Convert.ToBase64String(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)), 0, 16)}\"", isWeak: true);
            response.Headers.ETag = etag.ToString();
            if (IsNotModified(context.Request, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    /// <summary>If-None-Match compares weakly (RFC 9110, 13.1.2), and <c>*</c> matches anything: the rules the output cache answers by.</summary>
    private static bool IsNotModified(HttpRequest request, EntityTagHeaderValue etag) =>
        request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
}

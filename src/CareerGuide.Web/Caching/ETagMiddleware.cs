using System.Security.Cryptography;

namespace CareerGuide.Web.Caching;

/// <summary>
/// Gives successful GET pages an ETag computed from their bytes and answers a matching If-None-Match with 304.
/// It runs inside the output cache, so it hashes a page once per cache fill, not once per request. The tag is
/// weak because compression, outside it, serves the same content in several encodings.
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
        if (response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey("ETag") && !response.Headers.ContainsKey("Content-Encoding"))
        {
            var etag = $"W/\"{Convert.ToBase64String(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)), 0, 16)}\"";
            response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch.Any(value => value == etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }
}

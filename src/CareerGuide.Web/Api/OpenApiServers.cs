using CareerGuide.Web.Site;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CareerGuide.Web.Api;

/// <summary>The OpenAPI document names the site's own address as its server, never the Host header of whoever asked.</summary>
public sealed class OpenApiServers(SiteUrls urls) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Servers = [new OpenApiServer { Url = urls.Base }];
        return Task.CompletedTask;
    }
}

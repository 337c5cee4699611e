using CareerGuide.Web.Site;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CareerGuide.Web.Pages;

/// <summary>
/// A page answers GET and HEAD, and the methods it has handlers for; routing answers 405 to the rest. Without this,
/// Razor Pages runs a page that has no handler for the method anyway, and a page whose model its handler fills
/// renders from nothing: a 500.
/// </summary>
public sealed class PageMethods : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        var handled = model.HandlerMethods.Select(handler => handler.HttpMethod.ToUpperInvariant());
        model.EndpointMetadata.Add(new HttpMethodMetadata([.. ReadMethods.GetAndHead.Union(handled)]));
    }
}

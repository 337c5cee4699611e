namespace CareerGuide.Web.Site;

/// <summary>
/// The site only reads, so every endpoint answers GET and HEAD; endpoint routing answers any other method with
/// 405 and an <c>Allow</c> header, before a handler could run for a method it was never written for.
/// </summary>
public static class ReadMethods
{
    public static IReadOnlyList<string> GetAndHead { get; } = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>Like <c>MapGet</c>, and HEAD too, which <c>MapGet</c> leaves to whatever else matches the path.</summary>
    public static RouteHandlerBuilder MapGetAndHead(this IEndpointRouteBuilder app, string pattern, Delegate handler) =>
        app.MapMethods(pattern, GetAndHead, handler);

    /// <summary>Limits endpoints the framework maps for every method (health checks, fallbacks) to GET and HEAD.</summary>
    public static TBuilder AnswerGetAndHead<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new HttpMethodMetadata(GetAndHead));
}

using CareerGuide.Web.Site;

namespace CareerGuide.Web.Pages.Editor;

public static class EditorServiceExtensions
{
    /// <summary>
    /// Registers the editor key, its sessions (sealed with the site's data protection keys, <see cref="Site.SiteServiceExtensions"/>)
    /// and the filter that hides the editor pages from everyone else.
    /// </summary>
    public static IHostApplicationBuilder AddEditor(this IHostApplicationBuilder builder)
    {
        builder.Services.AddBoundOptions<EditorOptions>();
        builder.Services.AddSingleton<EditorSessions>();
        builder.Services.AddScoped<EditorAccessFilter>();
        return builder;
    }
}

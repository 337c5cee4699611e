namespace CareerGuide.Web.Pages.Editor;

public static class EditorServiceExtensions
{
    /// <summary>Registers the editor key and the filter that hides the editor pages from everyone else.</summary>
    public static IHostApplicationBuilder AddEditor(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EditorOptions>().Bind(builder.Configuration.GetSection(EditorOptions.SectionName));
        builder.Services.AddScoped<EditorAccessFilter>();
        return builder;
    }
}

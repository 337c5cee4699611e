using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerGuide.Web.Pages.Editor;

public static class EditorServiceExtensions
{
    /// <summary>Registers the editor key, its sessions and the filter that hides the editor pages from everyone else.</summary>
    public static IHostApplicationBuilder AddEditor(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EditorOptions>().BindConfiguration(EditorOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<EditorSessions>();
        builder.Services.AddScoped<EditorAccessFilter>();
        builder.AddPersistentKeys();
        return builder;
    }

    /// <summary>
    /// Data protection keys in a folder (<c>DataProtection:KeysPath</c>, by default App_Data/keys) that outlives a
    /// restart or a redeploy, so editors stay signed in; named for the application, not for the folder it runs from.
    /// </summary>
    private static void AddPersistentKeys(this IHostApplicationBuilder builder)
    {
        var folder = Path.GetFullPath(builder.Configuration["DataProtection:KeysPath"] ?? Path.Combine("App_Data", "keys"), builder.Environment.ContentRootPath);
        builder.Services.AddDataProtection().SetApplicationName("CareerGuide").PersistKeysToFileSystem(new DirectoryInfo(folder));
    }
}

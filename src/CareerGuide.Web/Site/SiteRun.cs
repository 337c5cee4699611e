using Microsoft.AspNetCore.Connections;

namespace CareerGuide.Web.Site;

/// <summary>Serves until the host stops; a start that cannot listen ends with a line naming the address and what to set.</summary>
public static class SiteRun
{
    /// <summary>The exit code of a start whose address another process holds.</summary>
    public const int AddressInUseExitCode = 4;

    public static async Task<int> ServeAsync(WebApplication app, TextWriter error)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            // RunAsync has disposed the host, and the log with it, by the time its exception gets here: hence the console.
            await error.WriteLineAsync($"Cannot start: {e.Message} Set ASPNETCORE_URLS (or --urls) to a free address.");
            return AddressInUseExitCode;
        }
    }
}

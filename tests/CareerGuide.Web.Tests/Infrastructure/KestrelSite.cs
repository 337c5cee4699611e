namespace CareerGuide.Web.Tests.Infrastructure;

/// <summary>The site in Production behind real Kestrel on a free port: request limits, the Server header and Kestrel's
/// own error answers belong to Kestrel, which the in-memory test server leaves out.</summary>
public static class KestrelSite
{
    /// <summary>Starts the site on Kestrel and returns a client for it; both are disposed with <paramref name="factory"/>.</summary>
    public static HttpClient KestrelClient(this CareerGuideFactory factory)
    {
        // Port 0 through the urls setting: UseKestrel(0) alone leaves Kestrel on its default port 5000, which other test
        // classes (and other people's test runs on the machine) may hold.
        var kestrel = factory.In("Production", ("urls", "http://127.0.0.1:0"));
        kestrel.UseKestrel();
        kestrel.StartServer();
        return kestrel.CreateClient();
    }
}

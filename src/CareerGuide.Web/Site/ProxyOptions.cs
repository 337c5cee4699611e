using System.Net;

namespace CareerGuide.Web.Site;

/// <summary>
/// <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges): the
/// reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> the site believes, for the client's address
/// (rate limits, logs) and scheme (HSTS, secure cookies). Sent by anyone else, those headers are ignored.
/// </summary>
public sealed class ProxyOptions
{
    public const string SectionName = "ForwardedHeaders";

    public List<string> KnownProxies { get; set; } = [];

    public List<string> KnownNetworks { get; set; } = [];

    public bool Any => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    public bool AreValid() => KnownProxies.All(p => IPAddress.TryParse(p, out _)) && KnownNetworks.All(n => IPNetwork.TryParse(n, out _));
}

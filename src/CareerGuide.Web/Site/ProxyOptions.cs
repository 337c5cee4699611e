using System.ComponentModel.DataAnnotations;
using System.Net;

namespace CareerGuide.Web.Site;

/// <summary>
/// <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges): the
/// reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> the site believes, for the client's address
/// (rate limits, logs) and scheme (HSTS, secure cookies). Sent by anyone else, those headers are ignored. Each is a
/// list (<c>ForwardedHeaders__KnownProxies__0</c>, <c>__1</c>, …) or one comma-separated value
/// (<c>ForwardedHeaders__KnownNetworks=10.0.0.0/8,192.168.0.0/16</c>).
/// </summary>
public sealed class ProxyOptions : IBoundOptions, IValidatableObject
{
    public static string SectionName => "ForwardedHeaders";

    public List<string> KnownProxies { get; set; } = [];

    public List<string> KnownNetworks { get; set; } = [];

    public static IEnumerable<string> Split(string? value) =>
        value?.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    public bool Any => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!KnownProxies.All(p => IPAddress.TryParse(p, out _)) || !KnownNetworks.All(n => IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult(
                "ForwardedHeaders:KnownProxies takes IP addresses and ForwardedHeaders:KnownNetworks CIDR ranges such as 10.0.0.0/8.",
                [nameof(KnownProxies), nameof(KnownNetworks)]);
        }
    }
}

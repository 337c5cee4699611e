using System.ComponentModel.DataAnnotations;
using System.Net;
using CareerGuide.Web.Site;
using StackExchange.Redis;

namespace CareerGuide.Web.Redis;

/// <summary>
/// <c>ConnectionStrings:Redis</c>: a StackExchange.Redis connection string (<c>host:port[,password=…][,defaultDatabase=N]</c>).
/// Set, the output cache, the rate limits and the notice that content changed are shared through Redis.
/// </summary>
public sealed class RedisOptions : IBoundOptions, IValidatableObject
{
    public static string SectionName => "ConnectionStrings";

    public string? Redis { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        string? problem = null;
        try
        {
            problem = EndpointProblem(ConfigurationOptions.Parse(Redis ?? ""));
        }
        catch (ArgumentException e)
        {
            problem = e.Message;
        }

        if (problem is not null)
        {
            yield return new ValidationResult($"ConnectionStrings:Redis is not a Redis connection string such as 127.0.0.1:6379: {problem}", [nameof(Redis)]);
        }
    }

    /// <summary>
    /// Parsing drops what it cannot read as an address (<c>localhost:notaport</c>) and keeps any word as a host name
    /// (<c>=</c>); the connection then failed at start with a stack trace, or waited on a host that cannot exist.
    /// </summary>
    private static string? EndpointProblem(ConfigurationOptions options)
    {
        if (options.EndPoints.Count == 0)
        {
            return "it names no host:port";
        }

        return options.EndPoints.OfType<DnsEndPoint>().FirstOrDefault(e => Uri.CheckHostName(e.Host) == UriHostNameType.Unknown) is { } bad
            ? $"'{bad.Host}' is not a host name or address"
            : null;
    }
}

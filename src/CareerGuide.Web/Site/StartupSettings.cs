using System.Reflection;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Site;

/// <summary>
/// Every setting checked before the database or a verb is touched; a start with a wrong one ends with one line per
/// problem, naming its key, instead of the stack trace of an <see cref="OptionsValidationException"/>.
/// </summary>
public static class StartupSettings
{
    /// <summary>How a start with a setting it cannot use exits.</summary>
    public const int InvalidExitCode = 2;

    /// <summary>Checks every options class registered with <c>ValidateOnStart</c>, all at once; throws what the host's own start would.</summary>
    public static void Check(IServiceProvider services) => services.GetRequiredService<IStartupValidator>().Validate();

    /// <summary>
    /// Whether this process runs the site itself, and a start it ends must say why: a host that runs Main for its own
    /// purposes (WebApplicationFactory) is left the exception instead, and reports it to its caller.
    /// </summary>
    public static bool EndsTheProcess => Assembly.GetEntryAssembly() == typeof(StartupSettings).Assembly;

    /// <summary>The problems <paramref name="error"/> reports when it is the settings check's, one line each; none otherwise.</summary>
    public static IReadOnlyList<string> Failures(Exception error) => error switch
    {
        OptionsValidationException invalid => [.. invalid.Failures],
        AggregateException several => [.. several.InnerExceptions.SelectMany(Failures)],
        _ => [],
    };

    public static async Task ReportAsync(IReadOnlyList<string> failures, TextWriter output)
    {
        foreach (var failure in failures)
        {
            await output.WriteLineAsync($"Cannot start: {failure}");
        }
    }
}

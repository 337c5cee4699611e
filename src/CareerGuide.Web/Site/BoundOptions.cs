using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Site;

/// <summary>An options class and the configuration section it is bound from.</summary>
public interface IBoundOptions
{
    static abstract string SectionName { get; }
}

public static class BoundOptions
{
    /// <summary>
    /// The one way the site registers options: bound from their section, their attributes (and <see cref="IValidatableObject"/>)
    /// checked when the host starts (<see cref="StartupSettings"/>), so a mistyped setting stops the start instead of failing
    /// the first request that reads it.
    /// </summary>
    public static OptionsBuilder<T> AddBoundOptions<T>(this IServiceCollection services)
        where T : class, IBoundOptions
    {
        services.AddSingleton<IValidateOptions<T>, SettingsValidation<T>>();
        return services.AddOptions<T>().BindConfiguration(T.SectionName).ValidateOnStart();
    }
}

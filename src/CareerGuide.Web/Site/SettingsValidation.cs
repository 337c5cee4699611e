using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Site;

/// <summary>
/// The data annotations (and <see cref="IValidatableObject"/>) of a bound options class, each failure spelled with the
/// configuration key it is about (<c>RateLimits:PerClientPer10Seconds: The field … must be between 1 and …</c>), since
/// that key is what an operator sets, not the class or its property.
/// </summary>
internal sealed class SettingsValidation<T> : IValidateOptions<T>
    where T : class, IBoundOptions
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(results.Select(Spell));
    }

    private static string Spell(ValidationResult result)
    {
        var message = result.ErrorMessage ?? "is not valid";
        var keys = result.MemberNames.Select(member => $"{T.SectionName}:{member}").ToList();
        // A message that already names its key says it well enough.
        return keys.Count == 0 || keys.Any(key => message.Contains(key, StringComparison.Ordinal)) ? message : $"{string.Join(", ", keys)}: {message}";
    }
}

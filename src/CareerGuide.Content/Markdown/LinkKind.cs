namespace CareerGuide.Content.Markdown;

/// <summary>Where a link in a guide leads, as far as its safety goes.</summary>
public enum LinkKind
{
    /// <summary>A page or anchor on this site: no scheme and no host.</summary>
    Relative,

    /// <summary>Another site or a mail address, through a scheme that cannot run script (http, https, mailto).</summary>
    OffSite,

    /// <summary>Another site named without a scheme (<c>//host</c>, or <c>\\host</c> and <c>/\host</c>, which browsers read the same way).</summary>
    HostWithoutScheme,

    /// <summary>A scheme that could run script or reach the reader's files (javascript:, data:, file: ...).</summary>
    Unsafe,
}

using System.Globalization;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace CareerGuide.Web.Site;

/// <summary>
/// Renders each log event as exactly one line. Control characters and Unicode line separators anywhere in it (a
/// request path with <c>%0A</c>, an exception's message and stack) are written as escapes, so no value can end the
/// line and start one that looks like the site's own.
/// </summary>
public sealed class SingleLineFormatter(string outputTemplate) : ITextFormatter
{
    private readonly MessageTemplateTextFormatter _template = new(outputTemplate, CultureInfo.InvariantCulture);

    public void Format(LogEvent logEvent, TextWriter output)
    {
        using var line = new StringWriter(CultureInfo.InvariantCulture);
        _template.Format(logEvent, line);
        // Trimmed: an event without an exception would end in the space before it, one with an exception in its line end.
        foreach (var c in line.GetStringBuilder().ToString().TrimEnd())
        {
            switch (c)
            {
                case '\n':
                    output.Write("\\n");
                    break;
                case '\r':
                    output.Write("\\r");
                    break;
                case '\t':
                    output.Write(c);
                    break;
                case '\u2028' or '\u2029':
                case var control when char.IsControl(control):
                    output.Write("\\u");
                    output.Write(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    output.Write(c);
                    break;
            }
        }

        output.WriteLine();
    }
}

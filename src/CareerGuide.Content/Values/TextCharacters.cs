using System.Buffers;
using System.Text;

namespace CareerGuide.Content.Values;

/// <summary>Finds the characters that XML and HTML text cannot hold: controls and Unicode noncharacters.</summary>
public static class TextCharacters
{
    // A binary file saved as a guide holds thousands; the first few say enough.
    private const int MaxReported = 20;

    // C0 controls but tab, line feed and carriage return; DEL and the C1 controls; the noncharacters of the basic plane.
    // Low surrogates DFFE and DFFF end the noncharacters of the other planes, which Find checks on its own.
    private static readonly SearchValues<char> Suspects = SearchValues.Create(
        [.. Range('\0', '\u0008'), '\u000B', '\u000C', .. Range('\u000E', '\u001F'), .. Range('\u007F', '\u009F'),
         .. Range('\uFDD0', '\uFDEF'), '\uFFFE', '\uFFFF', '\uDFFE', '\uDFFF']);

    /// <summary>Reports each such character of <paramref name="text"/> at its line and column, naming it as U+XXXX.</summary>
    public static void Check(string text, DiagnosticBag diagnostics)
    {
        var (line, lineStart, reported) = (1, 0, 0);
        for (var at = Next(text, 0); at >= 0 && reported < MaxReported; at = Next(text, at + 1))
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(char.IsLowSurrogate(text[at]) && at > 0 ? at - 1 : at), out var rune, out _) != OperationStatus.Done
                || !IsForbidden(rune))
            {
                continue;
            }

            for (var feed = text.IndexOf('\n', lineStart); feed >= 0 && feed < at; feed = text.IndexOf('\n', lineStart))
            {
                (line, lineStart) = (line + 1, feed + 1);
            }

            var kind = Rune.IsControl(rune) ? "a control character" : "a noncharacter";
            diagnostics.Error(line, at - lineStart + 1, $"the character U+{rune.Value:X4} ({kind}) cannot be shown in a page or a feed: delete it; it usually comes with text pasted from another program");
            reported++;
        }
    }

    private static int Next(string text, int from)
    {
        var found = text.AsSpan(from).IndexOfAny(Suspects);
        return found < 0 ? -1 : from + found;
    }

    private static bool IsForbidden(Rune rune) =>
        (Rune.IsControl(rune) && rune.Value is not ('\t' or '\n' or '\r'))
        || rune.Value is >= 0xFDD0 and <= 0xFDEF
        || (rune.Value & 0xFFFE) == 0xFFFE;

    private static IEnumerable<char> Range(char first, char last) => Enumerable.Range(first, last - first + 1).Select(c => (char)c);
}

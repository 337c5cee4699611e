using System.Text;
using CareerGuide.Testing;

namespace CareerGuide.Content.Tests.Fuzz;

/// <summary>Makes broken guides from a valid one, deterministically for a seed: the mistakes editors, tools and disks make.</summary>
public sealed class GuideMutator(int seed)
{
    private static readonly string[] Debris = ["|", "#", "##", "---", ":", "- ", "{", "}", "{#", "[", "](", "*", "**", ">", "`", "```", "\t", "\0", "\u0001", "\u001B", "\u0085", "\uFFFE", "\uFDD0", "\U0001FFFF", "😀", "\u202E", "\uD800", "&#0;", "<script>", "\r", "\\"];

    private readonly Random _random = new(seed);

    public static string Seed() => new GuideBuilder()
        .WithSection("Skills", "- **Zendesk**: tickets\n- Active listening: hearing what is meant\n\n| a | b |\n| - | - |\n| 1 | 2 |")
        .With("aliases", "[old-support]")
        .Build();

    public string Mutate(string text) => _random.Next(10) switch
    {
        0 => text[.._random.Next(text.Length)],
        1 => EditLines(text, lines => lines.RemoveAt(_random.Next(lines.Count))),
        2 => EditLines(text, lines => lines.Insert(_random.Next(lines.Count), lines[_random.Next(lines.Count)])),
        3 => EditLines(text, lines => (lines[0], lines[^1]) = (lines[^1], lines[0])),
        4 => Insert(text, string.Concat(Enumerable.Range(0, 1 + _random.Next(8)).Select(_ => Debris[_random.Next(Debris.Length)]))),
        5 => FlipBytes(text),
        6 => Insert(text, new string('x', 100_000 + _random.Next(100_000))),
        7 => Insert(text, "\n" + new string(">*[-"[_random.Next(4)], 200 + _random.Next(2_000)) + "x\n"),
        8 => Encoding.UTF8.GetString(RandomBytes(1 + _random.Next(4_000))),
        _ => Mutate(Mutate(text)),
    };

    private static string EditLines(string text, Action<List<string>> edit)
    {
        var lines = text.Split('\n').ToList();
        edit(lines);
        return string.Join('\n', lines);
    }

    private string Insert(string text, string debris) => text.Insert(_random.Next(text.Length + 1), debris);

    /// <summary>Corrupts the file's bytes, as a bad disk or a wrong encoding would, and decodes them the way ingestion does.</summary>
    private string FlipBytes(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        for (var i = 0; i < 1 + _random.Next(20); i++)
        {
            bytes[_random.Next(bytes.Length)] = (byte)_random.Next(256);
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using CareerGuide.Bench.Generator;

// Usage: CareerGuide.Bench.Generator <outDir> <count> [seed] — writes <outDir>/roles/role-00001.md ... role-<count>.md.
if (args.Length is < 2 or > 3 || !int.TryParse(args[1], CultureInfo.InvariantCulture, out var count) || count is < 1 or > 99_999
    || !int.TryParse(args.ElementAtOrDefault(2) ?? "1", CultureInfo.InvariantCulture, out var seed))
{
    await Console.Error.WriteLineAsync("usage: CareerGuide.Bench.Generator <outDir> <count 1-99999> [seed, default 1]");
    return 2;
}

var roles = Path.Combine(Path.GetFullPath(args[0]), "roles");
// Never mix with guides already there: a stale guide would skew every measurement made on the folder.
if (Directory.Exists(roles) && Directory.EnumerateFiles(roles, "*.md").Any())
{
    await Console.Error.WriteLineAsync($"{roles} already holds guides: choose an empty or new folder");
    return 1;
}

Directory.CreateDirectory(roles);
var generator = new GuideGenerator(count, seed);
var showProgress = !Console.IsErrorRedirected;
var started = Stopwatch.StartNew();
long bytes = 0, smallest = long.MaxValue, largest = 0;
for (var number = 1; number <= count; number++)
{
    var text = generator.Build(number);
    await File.WriteAllTextAsync(Path.Combine(roles, GuideGenerator.SlugOf(number) + ".md"), text);
    var size = Encoding.UTF8.GetByteCount(text);
    (bytes, smallest, largest) = (bytes + size, Math.Min(smallest, size), Math.Max(largest, size));
    if (showProgress && (number % 250 == 0 || number == count))
    {
        Console.Error.Write($"\rWrote {number}/{count}");
    }
}

if (showProgress)
{
    Console.Error.Write("\r\u001b[2K");
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Wrote {count} guide{(count == 1 ? "" : "s")} to {roles} (seed {seed}): {bytes / 1024.0 / 1024.0:0.0} MB, {smallest / 1024.0:0.0}-{largest / 1024.0:0.0} KB each, {bytes / 1024.0 / count:0.0} KB on average, in {started.Elapsed.TotalSeconds:0.0} s."));
return 0;

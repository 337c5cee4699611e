using CareerGuide.Content;
using CareerGuide.Web.Data;
using CareerGuide.Web.Ingestion;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Commands;

/// <summary><c>validate [folder]</c>: checks every guide as ingestion would and prints each problem the way compilers do.</summary>
public static class ValidateCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string? folder, TextWriter output, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<ContentOptions>>().Value;
        var root = folder is null
            ? options.ResolvePath(services.GetRequiredService<IHostEnvironment>())
            : Path.GetFullPath(folder, ShellDirectory);
        var paths = GuideFile.FindAll(root);
        if (paths is null)
        {
            await output.WriteLineAsync($"{root}: error: there is no '{ContentOptions.RolesFolder}' folder of guides here");
            return 1;
        }

        var published = await PublishedSlugs.ReadAsync(services, cancellationToken);
        var check = new ContentCheck(DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime), published, options.StaleAfterYears);
        var diagnostics = new List<Diagnostic>();
        var reader = new GuideFileReader(root, options.ReadTimeout);
        using var progress = new TerminalProgress("Checked", paths.Count);
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relative = GuideFile.RelativePathOf(root, path);
            var read = reader.Read(path);
            diagnostics.AddRange(read.File is { } file ? check.Add(relative, file.DecodeText()).Diagnostics : [read.ProblemAt(relative)]);
            progress.Advance();
        }

        diagnostics.AddRange(check.CheckAcrossFiles());
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column))
        {
            // Paths relative to the working directory, so editors and CI annotations can open them.
            var shown = Path.GetRelativePath(ShellDirectory, Path.Combine(root, diagnostic.Path));
            await output.WriteLineAsync((diagnostic with { Path = shown }).ToString());
        }

        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        var files = diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Path).Distinct().Count();
        await output.WriteLineAsync($"Checked {paths.Count} guides: {Plural(errors, "error")}, {Plural(warnings, "warning")}; {Plural(files, "guide")} would not be published.");
        return errors > 0 ? 1 : 0;
    }

    /// <summary>
    /// The directory the editor typed the command in. <c>dotnet run</c> starts the app in the project folder,
    /// so the shell's PWD is the better base for the folder argument and for the paths printed.
    /// </summary>
    private static string ShellDirectory =>
        Environment.GetEnvironmentVariable("PWD") is { } pwd && Path.IsPathRooted(pwd) && Directory.Exists(pwd) ? pwd : Environment.CurrentDirectory;

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}

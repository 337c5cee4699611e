using CareerGuide.Content.Values;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareerGuide.Content.FrontMatter;

/// <summary>Turns the YAML front matter of a guide into a <see cref="GuideHeader"/>, reporting every problem with its line.</summary>
public static class FrontMatterReader
{
    public static GuideHeader? Read(FrontMatterBlock block, DiagnosticBag diagnostics)
    {
        var root = LoadMapping(block, diagnostics);
        if (root is null)
        {
            return null;
        }

        var fields = new FrontMatterFields(root, diagnostics, block.FirstLine);
        var slug = fields.Text("slug");
        if (slug is not null && !Slug.IsValid(slug))
        {
            fields.ErrorAt("slug", $"the slug '{slug}' is not valid: use lowercase letters, digits and single hyphens");
        }

        var citations = new List<Citation>();
        var facts = KeyFactsReader.Read(fields.Group("facts"), citations);
        var errorsBefore = diagnostics.Items.Count(d => d.Severity == Severity.Error);
        var sources = ReadSources(fields);
        var header = new GuideHeader(
            slug,
            fields.Text("title", required: true),
            fields.Text("summary", required: true),
            fields.Text("category", required: true),
            fields.Checked("soc", OccupationCode.TryParse, OccupationCode.Expected),
            fields.Date("updated", required: true),
            fields.Flag("draft"),
            SlugList(fields, "aliases"),
            SlugList(fields, "related"),
            facts,
            sources,
            citations,
            fields.Positions)
        {
            SourcesComplete = diagnostics.Items.Count(d => d.Severity == Severity.Error) == errorsBefore,
        };
        fields.ReportUnknownKeys();
        return header;
    }

    private static YamlMappingNode? LoadMapping(FrontMatterBlock block, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(block.Yaml));
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line + block.FirstLine - 1;
            diagnostics.Error(line, (int)e.Start.Column, $"the front matter is not valid YAML: {FirstSentence(e)}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these, without a position, when the text ends inside a value or holds stray events.
            diagnostics.Error(block.FirstLine, 1, "the front matter is not valid YAML: it ends in the middle of a value (look for an unclosed [, { or quote)");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Error(block.FirstLine, 1, "the front matter must be a list of 'field: value' lines");
            return null;
        }

        return root;
    }

    private static string FirstSentence(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var parenthesis = message.IndexOf(" (Line", StringComparison.Ordinal);
        return parenthesis > 0 ? message[..parenthesis] : message;
    }

    private static IReadOnlyList<string> SlugList(FrontMatterFields fields, string key)
    {
        var slugs = fields.TextList(key);
        foreach (var slug in slugs.Where(s => !Slug.IsValid(s)))
        {
            fields.ErrorAt(key, $"'{fields.Name(key)}' holds '{slug}', which is not a valid slug: use lowercase letters, digits and single hyphens");
        }

        return slugs;
    }

    private static List<SourceRef> ReadSources(FrontMatterFields fields)
    {
        var sources = new List<SourceRef>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        foreach (var item in fields.GroupList("sources"))
        {
            number++;
            var id = item.Text("id");
            if (id is not null && !Slug.IsValid(id))
            {
                item.ErrorAt("id", $"'{item.Name("id")}' is not a valid id: \"{id}\" (use lowercase letters, digits and single hyphens, such as bls-oews)");
                id = null;
            }
            else if (id is not null && !ids.TryAdd(id, number))
            {
                item.ErrorAt("id", $"the source id '{id}' is already used by source {ids[id]}: give each source its own id");
            }

            var name = item.Text("name", required: true);
            var url = item.Text("url");
            if (url is not null && !IsWebAddress(url))
            {
                item.ErrorAt("url", $"'{item.Name("url")}' must be a web address starting with https:// or http://");
                url = null;
            }

            var date = item.Parsed<SourceDate>("date", SourceDate.TryParse, SourceDate.Expected);
            var quotes = item.Text("quotes");
            item.ReportUnknownKeys();
            if (name is not null)
            {
                sources.Add(new SourceRef(name, url, date?.Text) { Id = id, Quotes = quotes });
            }
        }

        return sources;
    }

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

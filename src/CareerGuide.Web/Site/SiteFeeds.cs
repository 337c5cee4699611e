using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CareerGuide.Web.Site;

/// <summary>One guide in the Atom feed.</summary>
public sealed record FeedEntry(string Slug, string Title, string Summary, DateOnly Updated);

/// <summary>Builds the sitemap and the Atom feed with LINQ to XML, so every value is escaped.</summary>
public static class SiteFeeds
{
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace AtomNs = "http://www.w3.org/2005/Atom";

    public static string Sitemap(SiteUrls urls, IEnumerable<(string Slug, DateOnly Updated)> roles)
    {
        var home = new XElement(SitemapNs + "url", new XElement(SitemapNs + "loc", urls.Home()));
        var entries = roles.Select(r => new XElement(SitemapNs + "url",
            new XElement(SitemapNs + "loc", urls.Role(r.Slug)),
            new XElement(SitemapNs + "lastmod", r.Updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        return Declare(new XElement(SitemapNs + "urlset", home, entries));
    }

    public static string Atom(SiteUrls urls, IReadOnlyList<FeedEntry> entries)
    {
        var updated = entries.Count == 0 ? DateOnly.MinValue : entries.Max(e => e.Updated);
        var feed = new XElement(AtomNs + "feed",
            new XElement(AtomNs + "title", "CareerGuide: new and updated career guides"),
            new XElement(AtomNs + "id", urls.Feed()),
            new XElement(AtomNs + "link", new XAttribute("rel", "self"), new XAttribute("href", urls.Feed())),
            new XElement(AtomNs + "link", new XAttribute("href", urls.Home())),
            new XElement(AtomNs + "updated", Timestamp(updated)),
            new XElement(AtomNs + "author", new XElement(AtomNs + "name", "CareerGuide editors")),
            entries.Select(e => new XElement(AtomNs + "entry",
                new XElement(AtomNs + "title", XmlText(e.Title)),
                new XElement(AtomNs + "id", urls.Role(e.Slug)),
                new XElement(AtomNs + "link", new XAttribute("href", urls.Role(e.Slug))),
                new XElement(AtomNs + "updated", Timestamp(e.Updated)),
                new XElement(AtomNs + "summary", XmlText(e.Summary)))));
        return Declare(feed);
    }

    /// <summary>
    /// The text without characters XML cannot hold, which would make writing the whole feed fail. The validator keeps
    /// them out of guides; this is for a role stored before it did.
    /// </summary>
    private static string XmlText(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i++, 2);
            }
        }

        return kept.ToString();
    }

    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static string Declare(XElement root) => new XDeclaration("1.0", "utf-8", null) + "\n" + root.ToString(SaveOptions.DisableFormatting);
}

using System.Xml.Linq;

namespace CareerGuide.Web.Tests.OpenWeb;

/// <summary>The XML namespaces the site's machine-readable documents must use, as their specifications define them.</summary>
public static class SiteXml
{
    public static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
}

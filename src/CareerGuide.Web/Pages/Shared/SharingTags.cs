namespace CareerGuide.Web.Pages;

/// <summary>
/// What a page tells search engines and link previews: its canonical address, title, description, Open Graph type
/// ("article" for a guide, "website" for the site's own pages) and share image, if it has one.
/// </summary>
public sealed record SharingTags(string Url, string Title, string Description, string Type, string? Image = null);

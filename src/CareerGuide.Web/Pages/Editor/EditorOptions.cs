using System.ComponentModel.DataAnnotations;
using CareerGuide.Web.Site;

namespace CareerGuide.Web.Pages.Editor;

/// <summary><c>Editor:Key</c>: outside Development the editor pages answer only to this key (header, query or session cookie).</summary>
public sealed class EditorOptions : IBoundOptions
{
    public static string SectionName => "Editor";

    public string? Key { get; set; }

    /// <summary>How long the cookie that the key in the address trades for keeps an editor signed in.</summary>
    [Range(1, 24 * 30)]
    public int SessionHours { get; set; } = 12;

    /// <summary>Sessions issued before this moment no longer open the editor: signs every editor out without a new key.</summary>
    public DateTimeOffset? SessionsValidAfter { get; set; }
}

namespace CareerGuide.Web.Pages.Editor;

/// <summary><c>Editor:Key</c>: outside Development the editor pages answer only to this key (header, query or cookie).</summary>
public sealed class EditorOptions
{
    public const string SectionName = "Editor";

    public string? Key { get; set; }
}

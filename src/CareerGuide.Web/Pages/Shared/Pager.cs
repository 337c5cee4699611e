namespace CareerGuide.Web.Pages;

/// <summary>Where a long list is, a page at a time: the page shown, how many there are, and each page's address.</summary>
public sealed record Pager(int Number, int Count, Func<int, string> Href)
{
    /// <summary>The pages of <paramref name="total"/> items; a requested page past the end shows the last one.</summary>
    public static Pager Of(int total, int perPage, int requested, Func<int, string> href)
    {
        var count = Math.Max(1, (total + perPage - 1) / perPage);
        return new Pager(Math.Clamp(requested, 1, count), count, href);
    }

    /// <summary>How many items come before the page shown.</summary>
    public int Skip(int perPage) => (Number - 1) * perPage;
}

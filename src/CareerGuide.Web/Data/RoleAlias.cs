namespace CareerGuide.Web.Data;

/// <summary>An old slug that redirects to the role.</summary>
public sealed class RoleAlias
{
    public int Id { get; set; }
    public int RoleId { get; set; }
    public required string Slug { get; set; }
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CareerGuide.Web.Data;

/// <summary>How the role's document and links columns hold their values: as JSON text, through <see cref="RoleJson"/>.</summary>
/// <remarks>
/// Each conversion reads its type's metadata through <see cref="RoleJson.Default"/> rather than holding it: EF Core's
/// compiled model (Sqlite/CompiledModel) writes a conversion out as code, which a captured object cannot become.
/// </remarks>
public static class RoleJsonColumns
{
    public static ValueConverter<RoleDocument, string> Document { get; } =
        new(value => JsonSerializer.Serialize(value, RoleJson.Default.RoleDocument), text => JsonSerializer.Deserialize(text, RoleJson.Default.RoleDocument)!);

    public static ValueConverter<RoleLinks, string> Links { get; } =
        new(value => JsonSerializer.Serialize(value, RoleJson.Default.RoleLinks), text => JsonSerializer.Deserialize(text, RoleJson.Default.RoleLinks)!);
}

using System.Text.Json.Serialization;

namespace CareerGuide.Web.Data;

/// <summary>
/// The JSON of the role's document and links columns. Source-generated: no reflection when a page reads its row,
/// and enums stay names in the stored text, so renumbering a member never misreads old rows.
/// </summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(RoleDocument))]
[JsonSerializable(typeof(RoleLinks))]
public sealed partial class RoleJson : JsonSerializerContext
{
}

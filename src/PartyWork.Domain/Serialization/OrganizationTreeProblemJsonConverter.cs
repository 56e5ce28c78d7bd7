using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Organizations;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes an <see cref="OrganizationTreeProblem"/> as
/// <c>{"kind":"UnknownParent","ruleId":"…","ids":["N4","N9"],"vietnameseMessage":"…","englishMessage":"…"}</c>. All
/// properties are required; the problem reads back exactly as written (not re-checked against a tree).
/// </summary>
public sealed class OrganizationTreeProblemJsonConverter : JsonConverter<OrganizationTreeProblem>
{
    private const string Owner =
        "an organization tree problem {\"kind\",\"ruleId\",\"ids\",\"vietnameseMessage\",\"englishMessage\"}";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object or a property is missing or of the wrong type.</exception>
    public override OrganizationTreeProblem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        OrganizationTreeProblemKind? kind = null;
        string? ruleId = null, vietnamese = null, english = null;
        string[]? ids = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "kind": kind = JsonFields.Enum<OrganizationTreeProblemKind>(ref reader, "'kind'"); break;
                case "ruleId": ruleId = JsonFields.String(ref reader, "'ruleId': a string"); break;
                case "ids": ids = JsonFields.StringArray(ref reader, "'ids'"); break;
                case "vietnameseMessage": vietnamese = JsonFields.String(ref reader, "'vietnameseMessage': a string"); break;
                case "englishMessage": english = JsonFields.String(ref reader, "'englishMessage': a string"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        return OrganizationTreeProblem.Restore(
            kind ?? throw JsonFields.Missing("kind", Owner),
            ruleId ?? throw JsonFields.Missing("ruleId", Owner),
            Array.AsReadOnly(ids ?? throw JsonFields.Missing("ids", Owner)),
            vietnamese ?? throw JsonFields.Missing("vietnameseMessage", Owner),
            english ?? throw JsonFields.Missing("englishMessage", Owner));
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The kind is not a defined member.</exception>
    public override void Write(Utf8JsonWriter writer, OrganizationTreeProblem value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("kind", JsonFields.EnumName(value.Kind));
        writer.WriteString("ruleId", value.RuleId);
        JsonFields.WriteStrings(writer, "ids", value.Ids);
        writer.WriteString("vietnameseMessage", value.VietnameseMessage);
        writer.WriteString("englishMessage", value.EnglishMessage);
        writer.WriteEndObject();
    }
}

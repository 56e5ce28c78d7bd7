using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Organizations;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes an <see cref="OrganizationViolation"/> as
/// <c>{"ruleId":"…","organizationId":"O1","subjectIds":["P1","P2"],"period":"2021-01-01/2021-06-30","vietnameseMessage":"…","englishMessage":"…"}</c>;
/// <c>"organizationId"</c> is left out when the violation names none. Read back exactly as written (not re-checked).
/// </summary>
public sealed class OrganizationViolationJsonConverter : JsonConverter<OrganizationViolation>
{
    private const string Owner =
        "an organization violation {\"ruleId\",\"organizationId\",\"subjectIds\",\"period\",\"vietnameseMessage\",\"englishMessage\"}";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object or a property is missing or of the wrong type.</exception>
    public override OrganizationViolation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        string? ruleId = null, organizationId = null, vietnamese = null, english = null;
        string[]? subjectIds = null;
        ValidityPeriod? period = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "ruleId": ruleId = JsonFields.String(ref reader, "'ruleId': a string"); break;
                case "organizationId": organizationId = JsonFields.NullableString(ref reader, "'organizationId': a string"); break;
                case "subjectIds": subjectIds = JsonFields.StringArray(ref reader, "'subjectIds'"); break;
                case "period": period = ValidityPeriodJsonConverter.ReadProperty(ref reader, "'period'"); break;
                case "vietnameseMessage": vietnamese = JsonFields.String(ref reader, "'vietnameseMessage': a string"); break;
                case "englishMessage": english = JsonFields.String(ref reader, "'englishMessage': a string"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        return new OrganizationViolation(
            ruleId ?? throw JsonFields.Missing("ruleId", Owner),
            organizationId,
            Array.AsReadOnly(subjectIds ?? throw JsonFields.Missing("subjectIds", Owner)),
            period ?? throw JsonFields.Missing("period", Owner),
            vietnamese ?? throw JsonFields.Missing("vietnameseMessage", Owner),
            english ?? throw JsonFields.Missing("englishMessage", Owner));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, OrganizationViolation value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("ruleId", value.RuleId);
        if (value.OrganizationId is { } organizationId)
        {
            writer.WriteString("organizationId", organizationId);
        }

        JsonFields.WriteStrings(writer, "subjectIds", value.SubjectIds);
        writer.WriteString("period", value.Period.ToString());
        writer.WriteString("vietnameseMessage", value.VietnameseMessage);
        writer.WriteString("englishMessage", value.EnglishMessage);
        writer.WriteEndObject();
    }
}

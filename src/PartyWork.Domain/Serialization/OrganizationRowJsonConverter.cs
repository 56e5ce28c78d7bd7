using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Organizations;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes an <see cref="OrganizationRow"/> as
/// <c>{"id":"N1","parentId":"N0","kindId":"dang-bo-tinh","name":"Đảng bộ tỉnh","validity":"2020-01-01/.."}</c>;
/// <c>"parentId"</c> is left out for a root, and a missing <c>"validity"</c> reads as <see cref="ValidityPeriod.Always"/>.
/// </summary>
public sealed class OrganizationRowJsonConverter : JsonConverter<OrganizationRow>
{
    private const string Owner = "an organization row {\"id\",\"parentId\",\"kindId\",\"name\",\"validity\"}";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a property is missing, or a text is blank.</exception>
    public override OrganizationRow Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        string? id = null, parentId = null, kindId = null, rowName = null;
        ValidityPeriod? validity = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "id": id = JsonFields.String(ref reader, "'id': a non-blank string"); break;
                case "parentId": parentId = JsonFields.NullableString(ref reader, "'parentId': a non-blank string"); break;
                case "kindId": kindId = JsonFields.String(ref reader, "'kindId': a non-blank string"); break;
                case "name": rowName = JsonFields.String(ref reader, "'name': a non-blank string"); break;
                case "validity": validity = ValidityPeriodJsonConverter.ReadProperty(ref reader, "'validity'"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        var rowId = id ?? throw JsonFields.Missing("id", Owner);
        var kind = kindId ?? throw JsonFields.Missing("kindId", Owner);
        var text = rowName ?? throw JsonFields.Missing("name", Owner);
        try
        {
            return new OrganizationRow(rowId, parentId, kind, text, validity);
        }
        catch (ArgumentException ex)
        {
            throw JsonFields.Invalid(Owner + " with non-blank 'id', 'parentId', 'kindId' and 'name'", ex);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, OrganizationRow value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        if (value.ParentId is { } parentId)
        {
            writer.WriteString("parentId", parentId);
        }

        writer.WriteString("kindId", value.KindId);
        writer.WriteString("name", value.Name);
        writer.WriteString("validity", value.Validity.ToString());
        writer.WriteEndObject();
    }
}

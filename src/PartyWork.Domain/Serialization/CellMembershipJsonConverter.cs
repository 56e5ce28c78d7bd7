using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Organizations;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="CellMembership"/> as <c>{"memberId":"P1","cellId":"C3","period":"2021-03-01/.."}</c>. All
/// properties are required.
/// </summary>
public sealed class CellMembershipJsonConverter : JsonConverter<CellMembership>
{
    private const string Owner = "a cell membership {\"memberId\",\"cellId\",\"period\"}";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a property is missing, or an id is blank.</exception>
    public override CellMembership Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        string? memberId = null, cellId = null;
        ValidityPeriod? period = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "memberId": memberId = JsonFields.String(ref reader, "'memberId': a non-blank string"); break;
                case "cellId": cellId = JsonFields.String(ref reader, "'cellId': a non-blank string"); break;
                case "period": period = ValidityPeriodJsonConverter.ReadProperty(ref reader, "'period'"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        var member = memberId ?? throw JsonFields.Missing("memberId", Owner);
        var cell = cellId ?? throw JsonFields.Missing("cellId", Owner);
        var days = period ?? throw JsonFields.Missing("period", Owner);
        try
        {
            return new CellMembership(member, cell, days);
        }
        catch (ArgumentException ex)
        {
            throw JsonFields.Invalid(Owner + " with non-blank ids", ex);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, CellMembership value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("memberId", value.MemberId);
        writer.WriteString("cellId", value.CellId);
        writer.WriteString("period", value.Period.ToString());
        writer.WriteEndObject();
    }
}

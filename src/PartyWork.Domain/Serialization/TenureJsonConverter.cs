using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Organizations;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="Tenure"/> as
/// <c>{"personId":"P1","positionId":"bi-thu","organizationId":"O1","period":"2020-10-16/2025-06-30"}</c>. All properties
/// are required.
/// </summary>
public sealed class TenureJsonConverter : JsonConverter<Tenure>
{
    private const string Owner = "a tenure {\"personId\",\"positionId\",\"organizationId\",\"period\"}";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a property is missing, or an id is blank.</exception>
    public override Tenure Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        string? personId = null, positionId = null, organizationId = null;
        ValidityPeriod? period = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "personId": personId = JsonFields.String(ref reader, "'personId': a non-blank string"); break;
                case "positionId": positionId = JsonFields.String(ref reader, "'positionId': a non-blank string"); break;
                case "organizationId": organizationId = JsonFields.String(ref reader, "'organizationId': a non-blank string"); break;
                case "period": period = ValidityPeriodJsonConverter.ReadProperty(ref reader, "'period'"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        var person = personId ?? throw JsonFields.Missing("personId", Owner);
        var position = positionId ?? throw JsonFields.Missing("positionId", Owner);
        var organization = organizationId ?? throw JsonFields.Missing("organizationId", Owner);
        var days = period ?? throw JsonFields.Missing("period", Owner);
        try
        {
            return new Tenure(person, position, organization, days);
        }
        catch (ArgumentException ex)
        {
            throw JsonFields.Invalid(Owner + " with non-blank ids", ex);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Tenure value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("personId", value.PersonId);
        writer.WriteString("positionId", value.PositionId);
        writer.WriteString("organizationId", value.OrganizationId);
        writer.WriteString("period", value.Period.ToString());
        writer.WriteEndObject();
    }
}

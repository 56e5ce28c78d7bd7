using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using PartyWork.Domain.Reviews;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="RemediationItem"/> as
/// <c>{"id":"R1","shortcoming":"…","measure":"…","owner":"p1","due":"2025-06-30","status":"Open"}</c>; a missing
/// <c>"status"</c> reads as <see cref="RemediationStatus.Open"/>.
/// </summary>
public sealed class RemediationItemJsonConverter : JsonConverter<RemediationItem>
{
    private const string Owner = "a remediation item {\"id\",\"shortcoming\",\"measure\",\"owner\",\"due\",\"status\"}";

    /// <summary>Gets the shared instance, used by the converter of review events.</summary>
    /// <value>A stateless converter.</value>
    internal static RemediationItemJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a property is missing, or a text is blank.</exception>
    public override RemediationItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        string? id = null, shortcoming = null, measure = null, owner = null;
        LocalDate? due = null;
        var status = RemediationStatus.Open;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "id": id = JsonFields.String(ref reader, "'id': a non-blank string"); break;
                case "shortcoming": shortcoming = JsonFields.String(ref reader, "'shortcoming': a non-blank string"); break;
                case "measure": measure = JsonFields.String(ref reader, "'measure': a non-blank string"); break;
                case "owner": owner = JsonFields.String(ref reader, "'owner': a non-blank string"); break;
                case "due": due = JsonFields.Date(ref reader, "'due': an ISO date \"uuuu-MM-dd\""); break;
                case "status": status = JsonFields.Enum<RemediationStatus>(ref reader, "'status'"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        var itemId = id ?? throw JsonFields.Missing("id", Owner);
        var what = shortcoming ?? throw JsonFields.Missing("shortcoming", Owner);
        var how = measure ?? throw JsonFields.Missing("measure", Owner);
        var who = owner ?? throw JsonFields.Missing("owner", Owner);
        var day = due ?? throw JsonFields.Missing("due", Owner);
        try
        {
            return new RemediationItem(itemId, what, how, who, day, status);
        }
        catch (ArgumentException ex)
        {
            throw JsonFields.Invalid(Owner + " with non-blank texts", ex);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, RemediationItem value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WriteString("shortcoming", value.Shortcoming);
        writer.WriteString("measure", value.Measure);
        writer.WriteString("owner", value.Owner);
        JsonFields.WriteDate(writer, "due", value.Due);
        writer.WriteString("status", JsonFields.EnumName(value.Status));
        writer.WriteEndObject();
    }
}

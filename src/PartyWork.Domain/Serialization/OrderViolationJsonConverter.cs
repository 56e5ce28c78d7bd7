using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Reviews;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes an <see cref="OrderViolation"/> as
/// <c>{"ruleId":"…","subject":{…},"other":{…},"position":3,"vietnamese":"…","english":"…"}</c>; <c>"other"</c> is left
/// out when the violation names no other subject. Read back exactly as written (not re-checked against a plan).
/// </summary>
public sealed class OrderViolationJsonConverter : JsonConverter<OrderViolation>
{
    private const string Owner = "an order violation {\"ruleId\",\"subject\",\"other\",\"position\",\"vietnamese\",\"english\"}";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object or a property is missing or invalid.</exception>
    public override OrderViolation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        string? ruleId = null, vietnamese = null, english = null;
        ReviewSubject? subject = null, other = null;
        int? position = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "ruleId": ruleId = JsonFields.String(ref reader, "'ruleId': a string"); break;
                case "subject": subject = ReviewSubjectJsonConverter.Instance.Read(ref reader, typeof(ReviewSubject), options); break;
                case "other":
                    other = reader.TokenType == JsonTokenType.Null ? null : ReviewSubjectJsonConverter.Instance.Read(ref reader, typeof(ReviewSubject), options);
                    break;
                case "position": position = JsonFields.Int32(ref reader, "'position': an integer"); break;
                case "vietnamese": vietnamese = JsonFields.String(ref reader, "'vietnamese': a string"); break;
                case "english": english = JsonFields.String(ref reader, "'english': a string"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        return new OrderViolation(
            ruleId ?? throw JsonFields.Missing("ruleId", Owner),
            subject ?? throw JsonFields.Missing("subject", Owner),
            other,
            position ?? throw JsonFields.Missing("position", Owner),
            vietnamese ?? throw JsonFields.Missing("vietnamese", Owner),
            english ?? throw JsonFields.Missing("english", Owner));
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">A subject is <c>default(ReviewSubject)</c>.</exception>
    public override void Write(Utf8JsonWriter writer, OrderViolation value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("ruleId", value.RuleId);
        writer.WritePropertyName("subject");
        ReviewSubjectJsonConverter.Instance.Write(writer, value.Subject, options);
        if (value.Other is { } other)
        {
            writer.WritePropertyName("other");
            ReviewSubjectJsonConverter.Instance.Write(writer, other, options);
        }

        writer.WriteNumber("position", value.Position);
        writer.WriteString("vietnamese", value.Vietnamese);
        writer.WriteString("english", value.English);
        writer.WriteEndObject();
    }
}

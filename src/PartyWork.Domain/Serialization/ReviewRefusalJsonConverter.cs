using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Reviews;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="ReviewRefusal"/> as <c>{"ruleId":"…","vietnamese":"…","english":"…","violations":[{…}]}</c>, each
/// violation in the shape of <see cref="RuleViolationJsonConverter"/>. All properties are required.
/// </summary>
public sealed class ReviewRefusalJsonConverter : JsonConverter<ReviewRefusal>
{
    private const string Owner = "a review refusal {\"ruleId\",\"vietnamese\",\"english\",\"violations\"}";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object or a property is missing or invalid.</exception>
    public override ReviewRefusal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        string? ruleId = null, vietnamese = null, english = null;
        List<RuleViolation>? violations = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "ruleId": ruleId = JsonFields.String(ref reader, "'ruleId': a string"); break;
                case "vietnamese": vietnamese = JsonFields.String(ref reader, "'vietnamese': a string"); break;
                case "english": english = JsonFields.String(ref reader, "'english': a string"); break;
                case "violations":
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        throw JsonFields.Unexpected(ref reader, "'violations': an array of rule violations");
                    }

                    violations = [];
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        violations.Add(RuleViolationJsonConverter.Instance.Read(ref reader, typeof(RuleViolation), options));
                    }

                    break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        return new ReviewRefusal(
            ruleId ?? throw JsonFields.Missing("ruleId", Owner),
            vietnamese ?? throw JsonFields.Missing("vietnamese", Owner),
            english ?? throw JsonFields.Missing("english", Owner),
            (violations ?? throw JsonFields.Missing("violations", Owner)).AsReadOnly());
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ReviewRefusal value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("ruleId", value.RuleId);
        writer.WriteString("vietnamese", value.Vietnamese);
        writer.WriteString("english", value.English);
        writer.WriteStartArray("violations");
        foreach (var violation in value.Violations)
        {
            RuleViolationJsonConverter.Instance.Write(writer, violation, options);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="LegacyMapping"/> as
/// <c>{"legacy":"MemberGood","isMapped":true,"level":"Good","vietnamese":"…","english":"…"}</c>; <c>"level"</c> is
/// written when, and only when, the label is mapped (<c>"isMapped":true</c>). The other properties are required.
/// </summary>
/// <remarks>
/// Read back as written (the mapping table is not consulted again). <c>default(LegacyMapping)</c> (no label) cannot be
/// written.
/// </remarks>
public sealed class LegacyMappingJsonConverter : JsonConverter<LegacyMapping>
{
    private const string Owner = "a legacy mapping {\"legacy\",\"isMapped\",\"level\",\"vietnamese\",\"english\"}";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a property is missing or invalid, or a level is given for a label that is not mapped.</exception>
    public override LegacyMapping Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        LegacyRatingLevel? legacy = null;
        bool? mapped = null;
        RatingLevel? level = null;
        string? vietnamese = null, english = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "legacy": legacy = JsonFields.Enum<LegacyRatingLevel>(ref reader, "'legacy': a legacy rating level"); break;
                case "isMapped": mapped = JsonFields.Boolean(ref reader, "'isMapped': true or false"); break;
                case "level": level = reader.TokenType == JsonTokenType.Null ? null : JsonFields.Enum<RatingLevel>(ref reader, "'level': a rating level"); break;
                case "vietnamese": vietnamese = JsonFields.String(ref reader, "'vietnamese': a string"); break;
                case "english": english = JsonFields.String(ref reader, "'english': a string"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        var label = legacy ?? throw JsonFields.Missing("legacy", Owner);
        var isMapped = mapped ?? throw JsonFields.Missing("isMapped", Owner);
        if (!isMapped && level is { } unexpected)
        {
            throw new JsonException($"Expected {Owner} that is not mapped to have no 'level', but found {unexpected}.");
        }

        return new LegacyMapping(
            label,
            isMapped,
            isMapped ? level ?? throw JsonFields.Missing("level", Owner) : default,
            vietnamese ?? throw JsonFields.Missing("vietnamese", Owner),
            english ?? throw JsonFields.Missing("english", Owner));
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The label (or, when mapped, the level) is not defined, a text is missing (<c>default(LegacyMapping)</c>), or a label that is not mapped carries a level (it would not read back).</exception>
    public override void Write(Utf8JsonWriter writer, LegacyMapping value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var legacy = JsonFields.EnumName(value.Legacy);
        var level = value.IsMapped ? JsonFields.EnumName(value.Level) : null;
        if (!value.IsMapped && value.Level != default)
        {
            throw new JsonException($"Cannot write a legacy mapping that is not mapped but carries the level {value.Level}: it would read back without it.");
        }
        if (value.Vietnamese is null || value.English is null)
        {
            throw new JsonException("Cannot write a legacy mapping without its explanations.");
        }

        writer.WriteStartObject();
        writer.WriteString("legacy", legacy);
        writer.WriteBoolean("isMapped", value.IsMapped);
        if (level is not null)
        {
            writer.WriteString("level", level);
        }

        writer.WriteString("vietnamese", value.Vietnamese);
        writer.WriteString("english", value.English);
        writer.WriteEndObject();
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Text;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="ParsedNumber"/> as <c>{"value":1004,"notation":"Vietnamese","alternative":1.004}</c>, each
/// decimal with its scale (so <see cref="ParsedNumber.DecimalPlaces"/> survives); <c>"alternative"</c> is left out when
/// the text was not ambiguous. <c>"value"</c> and <c>"notation"</c> are required.
/// </summary>
/// <remarks>
/// An alternative is the other notation's reading of the same text as a different number, so an alternative equal to
/// the value is refused.
/// </remarks>
public sealed class ParsedNumberJsonConverter : JsonConverter<ParsedNumber>
{
    private const string Owner = "a parsed number {\"value\",\"notation\",\"alternative\"}";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a property is missing or of the wrong type, or the alternative equals the value.</exception>
    public override ParsedNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        decimal? value = null, alternative = null;
        NumberNotation? notation = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "value": value = JsonFields.Decimal(ref reader, "'value': a number"); break;
                case "notation": notation = JsonFields.Enum<NumberNotation>(ref reader, "'notation': a number notation"); break;
                case "alternative": alternative = JsonFields.NullableDecimal(ref reader, "'alternative': a number"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        var v = value ?? throw JsonFields.Missing("value", Owner);
        if (alternative == v)
        {
            throw new JsonException($"Expected {Owner} whose 'alternative' differs from its 'value', but found {v} for both.");
        }

        return new ParsedNumber(v, notation ?? throw JsonFields.Missing("notation", Owner), alternative);
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The notation is not defined, or the alternative equals the value (it would not read back).</exception>
    public override void Write(Utf8JsonWriter writer, ParsedNumber value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var notation = JsonFields.EnumName(value.Notation);
        if (value.Alternative == value.Value)
        {
            throw new JsonException($"Cannot write a parsed number whose alternative reading equals its value ({value.Value}): it could not be read back.");
        }

        writer.WriteStartObject();
        writer.WriteNumber("value", value.Value);
        writer.WriteString("notation", notation);
        if (value.Alternative is { } alternative)
        {
            writer.WriteNumber("alternative", alternative);
        }

        writer.WriteEndObject();
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratios;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes <see cref="ClaimCheckOptions"/> as
/// <c>{"acceptedRoundings":["AwayFromZero","ToEven"],"acceptTruncation":false,"acceptLargestRemainder":true}</c>.
/// </summary>
/// <remarks>A property left out reads as its default in <see cref="ClaimCheckOptions.Default"/>.</remarks>
public sealed class ClaimCheckOptionsJsonConverter : JsonConverter<ClaimCheckOptions>
{
    private const string Owner = "claim check options {\"acceptedRoundings\",\"acceptTruncation\",\"acceptLargestRemainder\"}";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object or a value has the wrong type.</exception>
    public override ClaimCheckOptions Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        var result = ClaimCheckOptions.Default;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "acceptedRoundings":
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        throw JsonFields.Unexpected(ref reader, "'acceptedRoundings': an array of MidpointRounding names");
                    }

                    var roundings = new List<MidpointRounding>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        roundings.Add(JsonFields.Enum<MidpointRounding>(ref reader, "a rounding in 'acceptedRoundings'"));
                    }

                    result = result with { AcceptedRoundings = roundings };
                    break;
                case "acceptTruncation":
                    result = result with { AcceptTruncation = JsonFields.Boolean(ref reader, "'acceptTruncation': true or false") };
                    break;
                case "acceptLargestRemainder":
                    result = result with { AcceptLargestRemainder = JsonFields.Boolean(ref reader, "'acceptLargestRemainder': true or false") };
                    break;
                default:
                    JsonFields.SkipValue(ref reader);
                    break;
            }
        }

        return result;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ClaimCheckOptions value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteStartArray("acceptedRoundings");
        foreach (var rounding in value.AcceptedRoundings)
        {
            writer.WriteStringValue(JsonFields.EnumName(rounding));
        }

        writer.WriteEndArray();
        writer.WriteBoolean("acceptTruncation", value.AcceptTruncation);
        writer.WriteBoolean("acceptLargestRemainder", value.AcceptLargestRemainder);
        writer.WriteEndObject();
    }
}

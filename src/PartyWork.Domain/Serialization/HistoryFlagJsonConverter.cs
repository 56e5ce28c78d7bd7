using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="HistoryFlag"/> as <c>{"ruleId":"R-XS-5Y","vietnamese":"…","english":"…","years":[2020,2021,2022,2023,2024]}</c>.
/// All properties are required; the years are years from 1930 to 9999 in strictly ascending order.
/// </summary>
/// <remarks>Read back as written: the history is not checked again.</remarks>
public sealed class HistoryFlagJsonConverter : JsonConverter<HistoryFlag>
{
    private const string Owner = "a history flag {\"ruleId\",\"vietnamese\",\"english\",\"years\"}";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a property is missing or of the wrong type, or the years are not ascending.</exception>
    public override HistoryFlag Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        string? ruleId = null, vietnamese = null, english = null;
        List<int>? years = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "ruleId": ruleId = JsonFields.String(ref reader, "'ruleId': a string"); break;
                case "vietnamese": vietnamese = JsonFields.String(ref reader, "'vietnamese': a string"); break;
                case "english": english = JsonFields.String(ref reader, "'english': a string"); break;
                case "years": years = YearRatingJsonConverter.Years(ref reader, "'years'"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        return new HistoryFlag(
            ruleId ?? throw JsonFields.Missing("ruleId", Owner),
            vietnamese ?? throw JsonFields.Missing("vietnamese", Owner),
            english ?? throw JsonFields.Missing("english", Owner),
            (years ?? throw JsonFields.Missing("years", Owner)).AsReadOnly());
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The years are not strictly ascending years from 1930 to 9999 (they would not read back).</exception>
    public override void Write(Utf8JsonWriter writer, HistoryFlag value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        YearRatingJsonConverter.CheckYears(value.Years, "'years'");
        writer.WriteStartObject();
        writer.WriteString("ruleId", value.RuleId);
        writer.WriteString("vietnamese", value.Vietnamese);
        writer.WriteString("english", value.English);
        JsonFields.WriteArray(writer, "years", value.Years, (w, year) => w.WriteNumberValue(year));
        writer.WriteEndObject();
    }
}

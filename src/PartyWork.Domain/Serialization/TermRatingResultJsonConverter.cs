using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="TermRatingResult"/> as
/// <c>{"level":"Good","yearly":{"excellent":1,"good":3,"completed":0,"notCompleted":0},"missingYears":[2021],"vietnamese":"…","english":"…"}</c>;
/// <c>"level"</c> is left out when the yearly ratings meet no level's count. The other properties are required; the
/// missing years are years from 1930 to 9999 in strictly ascending order.
/// </summary>
/// <remarks>Read back as written: the counting rule (R89-TERM) is not applied again.</remarks>
public sealed class TermRatingResultJsonConverter : JsonConverter<TermRatingResult>
{
    private const string Owner = "a term rating result {\"level\",\"yearly\",\"missingYears\",\"vietnamese\",\"english\"}";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a property is missing or invalid, or the missing years are not ascending.</exception>
    public override TermRatingResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        RatingLevel? level = null;
        RatingTally? yearly = null;
        List<int>? missing = null;
        string? vietnamese = null, english = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "level":
                    level = reader.TokenType == JsonTokenType.Null ? null : JsonFields.Enum<RatingLevel>(ref reader, "'level': a rating level or null");
                    break;
                case "yearly": yearly = RatingTallyJsonConverter.Instance.Read(ref reader, typeof(RatingTally), options); break;
                case "missingYears": missing = YearRatingJsonConverter.Years(ref reader, "'missingYears'"); break;
                case "vietnamese": vietnamese = JsonFields.String(ref reader, "'vietnamese': a string"); break;
                case "english": english = JsonFields.String(ref reader, "'english': a string"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        return new TermRatingResult(
            level,
            yearly ?? throw JsonFields.Missing("yearly", Owner),
            (missing ?? throw JsonFields.Missing("missingYears", Owner)).AsReadOnly(),
            vietnamese ?? throw JsonFields.Missing("vietnamese", Owner),
            english ?? throw JsonFields.Missing("english", Owner));
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The level is not a defined rating level, or the missing years are not strictly ascending years from 1930 to 9999.</exception>
    public override void Write(Utf8JsonWriter writer, TermRatingResult value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        YearRatingJsonConverter.CheckYears(value.MissingYears, "'missingYears'");
        writer.WriteStartObject();
        if (value.Level is { } level)
        {
            writer.WriteString("level", JsonFields.EnumName(level));
        }

        writer.WritePropertyName("yearly");
        RatingTallyJsonConverter.Instance.Write(writer, value.Yearly, options);
        JsonFields.WriteArray(writer, "missingYears", value.MissingYears, (w, year) => w.WriteNumberValue(year));
        writer.WriteString("vietnamese", value.Vietnamese);
        writer.WriteString("english", value.English);
        writer.WriteEndObject();
    }
}

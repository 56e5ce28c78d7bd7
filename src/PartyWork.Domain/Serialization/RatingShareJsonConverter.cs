using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Serialization;

/// <summary>Writes a <see cref="RatingShare"/> as <c>{"level":"Good","count":80,"percent":80.00}</c>, the percent with its scale.</summary>
public sealed class RatingShareJsonConverter : JsonConverter<RatingShare>
{
    private const string Owner = "a rating share {\"level\",\"count\",\"percent\"}";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object or a property is missing or invalid.</exception>
    public override RatingShare Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        RatingLevel? level = null;
        long? count = null;
        decimal? percent = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "level": level = JsonFields.Enum<RatingLevel>(ref reader, "'level': a rating level"); break;
                case "count": count = JsonFields.Count(ref reader, "'count'"); break;
                case "percent": percent = JsonFields.Decimal(ref reader, "'percent': a number"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        return new RatingShare(
            level ?? throw JsonFields.Missing("level", Owner),
            count ?? throw JsonFields.Missing("count", Owner),
            percent ?? throw JsonFields.Missing("percent", Owner));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, RatingShare value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("level", JsonFields.EnumName(value.Level));
        writer.WriteNumber("count", value.Count);
        writer.WriteNumber("percent", value.Percent);
        writer.WriteEndObject();
    }
}

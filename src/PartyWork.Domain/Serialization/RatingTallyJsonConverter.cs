using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="RatingTally"/> as <c>{"excellent":12,"good":80,"completed":7,"notCompleted":1}</c> and reads it back
/// through <see cref="RatingTally.FromCounts"/>. All four counts are required.
/// </summary>
public sealed class RatingTallyJsonConverter : JsonConverter<RatingTally>
{
    private const string Owner = "a rating tally {\"excellent\",\"good\",\"completed\",\"notCompleted\"}";

    /// <summary>Gets the shared instance, used by the converter of quota groups.</summary>
    /// <value>A stateless converter.</value>
    internal static RatingTallyJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a count is missing, or a count is negative or not an integer.</exception>
    public override RatingTally Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        long? excellent = null, good = null, completed = null, notCompleted = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "excellent": excellent = JsonFields.Count(ref reader, "'excellent'"); break;
                case "good": good = JsonFields.Count(ref reader, "'good'"); break;
                case "completed": completed = JsonFields.Count(ref reader, "'completed'"); break;
                case "notCompleted": notCompleted = JsonFields.Count(ref reader, "'notCompleted'"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        var tally = RatingTally.FromCounts(
            excellent ?? throw JsonFields.Missing("excellent", Owner),
            good ?? throw JsonFields.Missing("good", Owner),
            completed ?? throw JsonFields.Missing("completed", Owner),
            notCompleted ?? throw JsonFields.Missing("notCompleted", Owner));
        if ((decimal)tally.Excellent + tally.Good + tally.Completed + tally.NotCompleted > long.MaxValue)
        {
            throw new JsonException($"Expected {Owner} whose counts total at most {long.MaxValue}.");
        }

        return tally;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, RatingTally value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("excellent", value.Excellent);
        writer.WriteNumber("good", value.Good);
        writer.WriteNumber("completed", value.Completed);
        writer.WriteNumber("notCompleted", value.NotCompleted);
        writer.WriteEndObject();
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="RatingLevel"/> as its stable English name — <c>"Excellent"</c>, <c>"Good"</c>, <c>"Completed"</c>,
/// <c>"NotCompleted"</c> — never its number.
/// </summary>
/// <remarks>Reading takes exactly those names (case-sensitive); numbers and other spellings are refused.</remarks>
public sealed class RatingLevelJsonConverter : JsonConverter<RatingLevel>
{
    /// <summary>Gets the shared instance, used by the converters of objects that hold a level.</summary>
    /// <value>A stateless converter.</value>
    internal static RatingLevelJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not one of the four names.</exception>
    public override RatingLevel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonFields.Enum<RatingLevel>(ref reader, "a rating level");

    /// <inheritdoc/>
    /// <exception cref="JsonException"><paramref name="value"/> is not a defined level (such as <c>default(RatingLevel)</c>).</exception>
    public override void Write(Utf8JsonWriter writer, RatingLevel value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(JsonFields.EnumName(value));
    }
}

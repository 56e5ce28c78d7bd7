using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Reviews;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// The JSON contract of <see cref="ReviewEventJsonConverter"/> for one event type, so that an event serialized under its
/// own type (a <see cref="RatingDecided"/> property) has the same shape, <c>"type"</c> included, as under
/// <see cref="ReviewEvent"/>.
/// </summary>
/// <typeparam name="T">The event type.</typeparam>
internal sealed class ReviewEventSubtypeJsonConverter<T> : JsonConverter<T>
    where T : ReviewEvent
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a review event of type <typeparamref name="T"/>.</exception>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReviewEventJsonConverter.Instance.Read(ref reader, typeof(ReviewEvent), options) as T
        ?? throw new JsonException($"Expected a review event of type \"{typeof(T).Name}\", but found another type.");

    /// <inheritdoc/>
    /// <exception cref="JsonException">The event has no JSON contract (see <see cref="ReviewEventJsonConverter"/>).</exception>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        ReviewEventJsonConverter.Instance.Write(writer, value, options);
}

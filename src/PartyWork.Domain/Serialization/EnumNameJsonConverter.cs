using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes an enumeration member as its exact name (<c>"Consistent"</c>, <c>"Quarter"</c>) and reads only those names, so
/// the enumerations inside PartyWork.Domain results have the same contract on every path.
/// </summary>
/// <typeparam name="T">The enumeration.</typeparam>
internal sealed class EnumNameJsonConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a string naming a member.</exception>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonFields.Enum<T>(ref reader, "a " + typeof(T).Name);

    /// <inheritdoc/>
    /// <exception cref="JsonException"><paramref name="value"/> is not a defined member.</exception>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(JsonFields.EnumName(value));
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a [Flags] enumeration value as its member names joined by <c>", "</c> (<c>"Individual, LeadershipCollective"</c>,
/// or a single name such as <c>"Persons"</c> when one member is exactly the value), never a number, and reads only such names.
/// </summary>
/// <typeparam name="T">The [Flags] enumeration.</typeparam>
internal sealed class FlagsNameJsonConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a string of member names separated by ", ".</exception>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var expected = $"a {typeof(T).Name}: member names separated by \", \"";
        var text = JsonFields.String(ref reader, expected);
        ulong bits = 0;
        foreach (var part in text.Split(", "))
        {
            var found = false;
            foreach (var value in Enum.GetValues<T>())
            {
                if (string.Equals(Enum.GetName(value), part, StringComparison.Ordinal))
                {
                    bits |= Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture);
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                throw JsonFields.Unexpected(ref reader, expected + $", one of \"{string.Join("\", \"", Enum.GetNames<T>())}\"");
            }
        }

        return (T)Enum.ToObject(typeof(T), bits);
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException"><paramref name="value"/> has bits that no member names.</exception>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var text = value.ToString();
        if (text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] == '-'))
        {
            throw new JsonException($"Cannot write {typeof(T).Name} {value:D}: no members name its bits.");
        }

        writer.WriteStringValue(text);
    }
}

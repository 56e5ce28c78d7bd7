using System.Buffers;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Reading and writing helpers shared by the converters: every read checks the token type and range itself and throws
/// <see cref="JsonException"/> saying what was expected, so nothing else escapes a converter.
/// </summary>
internal static class JsonFields
{
    private const int MaxShown = 40;

    /// <summary>Reads one item of an array.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="reader">The reader, on the item's first token.</param>
    /// <returns>The item.</returns>
    public delegate T ItemReader<out T>(ref Utf8JsonReader reader);

    /// <summary>Builds the error for a value that is not what was expected.</summary>
    /// <param name="reader">The reader, positioned on the offending token.</param>
    /// <param name="expected">What was expected, for example "'whole': an integer greater than zero".</param>
    /// <returns>The exception to throw; the serializer adds the JSON path to <see cref="JsonException.Path"/>.</returns>
    public static JsonException Unexpected(ref Utf8JsonReader reader, string expected) =>
        new($"Expected {expected}, but found {Describe(ref reader)}.");

    /// <summary>Builds the error for a value the domain type refused.</summary>
    /// <param name="expected">What was expected.</param>
    /// <param name="inner">The domain's exception, kept as the inner exception.</param>
    /// <returns>The exception to throw.</returns>
    public static JsonException Invalid(string expected, Exception inner) =>
        new($"Expected {expected}: {inner.Message}", inner);

    /// <summary>Builds the error for a required property that is missing.</summary>
    /// <param name="property">The property name.</param>
    /// <param name="owner">The JSON object that lacks it, for example "a rating tally".</param>
    /// <returns>The exception to throw.</returns>
    public static JsonException Missing(string property, string owner) =>
        new($"Expected {owner} to have the property '{property}', but it is missing.");

    /// <summary>Checks that the reader is on the start of an object.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="owner">What the object is, for example "a rating tally".</param>
    /// <exception cref="JsonException">The token is not <see cref="JsonTokenType.StartObject"/>.</exception>
    public static void StartObject(ref Utf8JsonReader reader, string owner)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Unexpected(ref reader, owner + " (a JSON object)");
        }
    }

    /// <summary>Moves to the next property's value.</summary>
    /// <param name="reader">The reader, on the start of the object or on the last value read.</param>
    /// <param name="name">The property name.</param>
    /// <returns><see langword="false"/> at the end of the object.</returns>
    /// <exception cref="JsonException">The JSON ends early.</exception>
    public static bool NextProperty(ref Utf8JsonReader reader, out string name)
    {
        if (!reader.Read())
        {
            throw new JsonException("Expected a property or the end of the object, but the JSON ended.");
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }

        name = reader.GetString() ?? string.Empty;
        if (!reader.Read())
        {
            throw new JsonException($"Expected the value of '{name}', but the JSON ended.");
        }

        return true;
    }

    /// <summary>Skips the value of a property this contract does not define (kept lenient for later additions).</summary>
    /// <param name="reader">The reader, on the value.</param>
    public static void SkipValue(ref Utf8JsonReader reader) => reader.Skip();

    /// <summary>Reads a non-null string.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="expected">What was expected.</param>
    /// <returns>The string.</returns>
    /// <exception cref="JsonException">The token is not a string.</exception>
    public static string String(ref Utf8JsonReader reader, string expected) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw Unexpected(ref reader, expected);

    /// <summary>Reads a string or null.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="expected">What was expected.</param>
    /// <returns>The string, or <see langword="null"/>.</returns>
    /// <exception cref="JsonException">The token is neither a string nor null.</exception>
    public static string? NullableString(ref Utf8JsonReader reader, string expected) =>
        reader.TokenType == JsonTokenType.Null ? null : String(ref reader, expected + " or null");

    /// <summary>Reads an integer of 64 bits.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="expected">What was expected.</param>
    /// <returns>The integer.</returns>
    /// <exception cref="JsonException">The token is not a number that fits a 64-bit integer.</exception>
    public static long Int64(ref Utf8JsonReader reader, string expected) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) ? value : throw Unexpected(ref reader, expected);

    /// <summary>Reads an integer of 64 bits or null.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="expected">What was expected.</param>
    /// <returns>The integer or <see langword="null"/>.</returns>
    /// <exception cref="JsonException">The token is not null nor a number that fits a 64-bit integer.</exception>
    public static long? NullableInt64(ref Utf8JsonReader reader, string expected) =>
        reader.TokenType == JsonTokenType.Null ? null : Int64(ref reader, expected + " or null");

    /// <summary>Reads a count: an integer of 64 bits from zero.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="property">The property, for example "'whole'".</param>
    /// <returns>The count.</returns>
    /// <exception cref="JsonException">The token is not an integer from 0 that fits 64 bits.</exception>
    public static long Count(ref Utf8JsonReader reader, string property)
    {
        var value = Int64(ref reader, property + ": a count from 0");
        return value >= 0 ? value : throw Unexpected(ref reader, property + ": a count from 0");
    }

    /// <summary>Reads an integer of 32 bits.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="expected">What was expected.</param>
    /// <returns>The integer.</returns>
    /// <exception cref="JsonException">The token is not a number that fits a 32-bit integer.</exception>
    public static int Int32(ref Utf8JsonReader reader, string expected) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : throw Unexpected(ref reader, expected);

    /// <summary>Reads an integer of 32 bits or null.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="expected">What was expected.</param>
    /// <returns>The integer or <see langword="null"/>.</returns>
    /// <exception cref="JsonException">The token is not null nor a number that fits a 32-bit integer.</exception>
    public static int? NullableInt32(ref Utf8JsonReader reader, string expected) =>
        reader.TokenType == JsonTokenType.Null ? null : Int32(ref reader, expected + " or null");

    /// <summary>Reads a decimal, keeping the scale written ("27.90" has two decimals).</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="expected">What was expected.</param>
    /// <returns>The decimal.</returns>
    /// <exception cref="JsonException">The token is not a number that fits a decimal.</exception>
    public static decimal Decimal(ref Utf8JsonReader reader, string expected) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value) ? value : throw Unexpected(ref reader, expected);

    /// <summary>Reads a decimal or null.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="expected">What was expected.</param>
    /// <returns>The decimal or <see langword="null"/>.</returns>
    /// <exception cref="JsonException">The token is not null nor a number that fits a decimal.</exception>
    public static decimal? NullableDecimal(ref Utf8JsonReader reader, string expected) =>
        reader.TokenType == JsonTokenType.Null ? null : Decimal(ref reader, expected + " or null");

    /// <summary>Reads true or false.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="expected">What was expected.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The token is not true or false.</exception>
    public static bool Boolean(ref Utf8JsonReader reader, string expected) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Unexpected(ref reader, expected),
    };

    /// <summary>Reads an ISO date <c>uuuu-MM-dd</c>, the format of NodaTime's own converter.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="expected">What was expected.</param>
    /// <returns>The date.</returns>
    /// <exception cref="JsonException">The token is not a string holding a valid ISO date.</exception>
    public static LocalDate Date(ref Utf8JsonReader reader, string expected)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var result = LocalDatePattern.Iso.Parse(reader.GetString()!);
            if (result.Success)
            {
                return result.Value;
            }
        }

        throw Unexpected(ref reader, expected);
    }

    /// <summary>Reads an ISO date or null.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="expected">What was expected.</param>
    /// <returns>The date or <see langword="null"/>.</returns>
    /// <exception cref="JsonException">The token is not null nor a valid ISO date.</exception>
    public static LocalDate? NullableDate(ref Utf8JsonReader reader, string expected) =>
        reader.TokenType == JsonTokenType.Null ? null : Date(ref reader, expected + " or null");

    /// <summary>Writes an ISO date property.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name.</param>
    /// <param name="date">The date.</param>
    public static void WriteDate(Utf8JsonWriter writer, string name, LocalDate date) =>
        writer.WriteString(name, LocalDatePattern.Iso.Format(date));

    /// <summary>Reads an instant in NodaTime's extended ISO form <c>uuuu-MM-ddTHH:mm:ss.FFFFFFFFFZ</c> (the format of its own converter).</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="expected">What was expected.</param>
    /// <returns>The instant.</returns>
    /// <exception cref="JsonException">The token is not a string holding a valid instant.</exception>
    public static Instant Instant(ref Utf8JsonReader reader, string expected)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var result = InstantPattern.ExtendedIso.Parse(reader.GetString()!);
            if (result.Success)
            {
                return result.Value;
            }
        }

        throw Unexpected(ref reader, expected);
    }

    /// <summary>Writes an instant property in NodaTime's extended ISO form.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name.</param>
    /// <param name="instant">The instant.</param>
    public static void WriteInstant(Utf8JsonWriter writer, string name, Instant instant) =>
        writer.WriteString(name, InstantPattern.ExtendedIso.Format(instant));

    /// <summary>Reads an enumeration member by its exact name (numbers and other spellings are refused).</summary>
    /// <typeparam name="T">The enumeration.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="expected">What was expected.</param>
    /// <returns>The member.</returns>
    /// <exception cref="JsonException">The token is not a string naming a member.</exception>
    public static T Enum<T>(ref Utf8JsonReader reader, string expected)
        where T : struct, Enum
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString();
            foreach (var value in System.Enum.GetValues<T>())
            {
                if (string.Equals(System.Enum.GetName(value), text, StringComparison.Ordinal))
                {
                    return value;
                }
            }
        }

        throw Unexpected(ref reader, $"{expected}, one of \"{string.Join("\", \"", System.Enum.GetNames<T>())}\"");
    }

    /// <summary>Gets the name written for an enumeration member.</summary>
    /// <typeparam name="T">The enumeration.</typeparam>
    /// <param name="value">The member.</param>
    /// <returns>Its name.</returns>
    /// <exception cref="JsonException"><paramref name="value"/> is not a defined member (such as <c>default(RatingLevel)</c>).</exception>
    public static string EnumName<T>(T value)
        where T : struct, Enum =>
        System.Enum.GetName(value) ?? throw new JsonException($"Cannot write {typeof(T).Name} {value:D}: it is not a defined member.");

    /// <summary>Reads an array of strings.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="expected">What was expected.</param>
    /// <returns>The strings.</returns>
    /// <exception cref="JsonException">The token is not an array of strings.</exception>
    public static string[] StringArray(ref Utf8JsonReader reader, string expected)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Unexpected(ref reader, expected + " (an array of strings)");
        }

        var items = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(String(ref reader, "a string in " + expected));
        }

        return [.. items];
    }

    /// <summary>Reads an array of 64-bit integers.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="expected">What was expected.</param>
    /// <returns>The integers.</returns>
    /// <exception cref="JsonException">The token is not an array of integers.</exception>
    public static long[] Int64Array(ref Utf8JsonReader reader, string expected)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Unexpected(ref reader, expected + " (an array of integers)");
        }

        var items = new List<long>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(Int64(ref reader, "an integer in " + expected));
        }

        return [.. items];
    }

    /// <summary>Reads an array, each item with <paramref name="item"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="reader">The reader, on the array.</param>
    /// <param name="expected">What was expected, for example "'violations': an array of rule violations".</param>
    /// <param name="item">Reads one item, the reader on its first token.</param>
    /// <returns>The items, in order.</returns>
    /// <exception cref="JsonException">The token is not an array, or an item is invalid.</exception>
    public static List<T> Array<T>(ref Utf8JsonReader reader, string expected, ItemReader<T> item)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Unexpected(ref reader, expected);
        }

        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(item(ref reader));
        }

        return items;
    }

    /// <summary>Writes an array property, each item with <paramref name="item"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name.</param>
    /// <param name="values">The items.</param>
    /// <param name="item">Writes one item.</param>
    public static void WriteArray<T>(Utf8JsonWriter writer, string name, IEnumerable<T> values, Action<Utf8JsonWriter, T> item)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            item(writer, value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes an array of strings.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name.</param>
    /// <param name="values">The strings.</param>
    public static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static string Describe(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return "the string \"" + Shorten(reader.GetString() ?? string.Empty) + "\"";
            case JsonTokenType.Number:
                var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
                return "the number " + Shorten(System.Text.Encoding.UTF8.GetString(raw));
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.Null:
                return "null";
            case JsonTokenType.StartObject:
                return "an object";
            case JsonTokenType.StartArray:
                return "an array";
            default:
                return reader.TokenType.ToString();
        }
    }

    /// <summary>Cuts a text shown in an error message to its first 40 characters.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, or its start followed by "…".</returns>
    public static string Shorten(string text) =>
        text.Length <= MaxShown ? text : string.Concat(text.AsSpan(0, MaxShown), "…");
}

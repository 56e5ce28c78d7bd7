using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="YearRating"/> as <c>{"year":2024,"level":"Good"}</c>. Both properties are required; the year
/// must be one <see cref="RatingHistory"/> accepts (1930 to 9999).
/// </summary>
/// <remarks><c>default(YearRating)</c> (year 0, no level) cannot be written.</remarks>
public sealed class YearRatingJsonConverter : JsonConverter<YearRating>
{
    private const string Owner = "a year rating {\"year\",\"level\"}";
    private const int MinYear = 1930;
    private const int MaxYear = 9999;

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a property is missing, the year is outside 1930–9999, or the level is not a rating level.</exception>
    public override YearRating Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        int? year = null;
        RatingLevel? level = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "year": year = Year(ref reader, "'year'"); break;
                case "level": level = JsonFields.Enum<RatingLevel>(ref reader, "'level': a rating level"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        return new YearRating(year ?? throw JsonFields.Missing("year", Owner), level ?? throw JsonFields.Missing("level", Owner));
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The level is not a defined rating level (<c>default(YearRating)</c>), or the year is outside 1930–9999.</exception>
    public override void Write(Utf8JsonWriter writer, YearRating value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var level = JsonFields.EnumName(value.Level);
        CheckYear(value.Year);
        writer.WriteStartObject();
        writer.WriteNumber("year", value.Year);
        writer.WriteString("level", level);
        writer.WriteEndObject();
    }

    /// <summary>Reads a review year, 1930 to 9999.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="property">The property, for example "'year'".</param>
    /// <returns>The year.</returns>
    /// <exception cref="JsonException">The token is not an integer from 1930 to 9999.</exception>
    internal static int Year(ref Utf8JsonReader reader, string property)
    {
        var expected = $"{property}: a year from {MinYear} to {MaxYear}";
        var year = JsonFields.Int32(ref reader, expected);
        return year is >= MinYear and <= MaxYear ? year : throw JsonFields.Unexpected(ref reader, expected);
    }

    /// <summary>Refuses, before writing, a year the reader would refuse.</summary>
    /// <param name="year">The year.</param>
    /// <exception cref="JsonException">The year is outside 1930 to 9999.</exception>
    internal static void CheckYear(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new JsonException($"Cannot write the year {year}: only years from {MinYear} to {MaxYear} can be read back.");
        }
    }

    /// <summary>Refuses, before writing, years the reader would refuse.</summary>
    /// <param name="years">The years.</param>
    /// <param name="property">The property, for example "'missingYears'".</param>
    /// <exception cref="JsonException">A year is outside 1930 to 9999, or the years are not strictly ascending.</exception>
    internal static void CheckYears(IReadOnlyList<int> years, string property)
    {
        for (var i = 0; i < years.Count; i++)
        {
            CheckYear(years[i]);
            if (i > 0 && years[i] <= years[i - 1])
            {
                throw new JsonException($"Cannot write {property}: the years must be strictly ascending, but {years[i]} follows {years[i - 1]}.");
            }
        }
    }

    /// <summary>Reads years from 1930 to 9999 in strictly ascending order.</summary>
    /// <param name="reader">The reader, on the array.</param>
    /// <param name="property">The property, for example "'missingYears'".</param>
    /// <returns>The years.</returns>
    /// <exception cref="JsonException">The value is not such an array.</exception>
    internal static List<int> Years(ref Utf8JsonReader reader, string property)
    {
        var expected = property + ": an array of years in strictly ascending order";
        var years = JsonFields.Array(ref reader, expected, (ref Utf8JsonReader r) => Year(ref r, "a year in " + property));
        for (var i = 1; i < years.Count; i++)
        {
            if (years[i] <= years[i - 1])
            {
                throw new JsonException($"Expected {expected}, but found {years[i]} after {years[i - 1]}.");
            }
        }

        return years;
    }
}

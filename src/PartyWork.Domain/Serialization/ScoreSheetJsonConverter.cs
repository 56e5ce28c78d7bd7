using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="ScoreSheet"/> as
/// <c>{"set":{…criteria set…},"points":{"1":27.5,"2":61},"deductions":[{"code":"2","points":1.5,"reason":"…"}]}</c>:
/// the whole criteria set, the points by criterion code (in ordinal order of the codes, each decimal with its scale) and
/// the deductions in the order entered. <c>"set"</c> is required; missing <c>"points"</c> or <c>"deductions"</c> read
/// as none.
/// </summary>
/// <remarks>
/// Reading goes through <see cref="ScoreSheet.For"/>, <see cref="ScoreSheet.WithPoints"/> and
/// <see cref="ScoreSheet.WithDeduction"/>. As there, figures that break the set (an unknown code, points above a
/// maximum, a negative deduction) are data, reported by <see cref="ScoreSheet.Validate"/>, not JSON errors; a code given
/// points twice is a JSON error, since the sheet would keep only one of them.
/// </remarks>
public sealed class ScoreSheetJsonConverter : JsonConverter<ScoreSheet>
{
    private const string Owner = "a score sheet {\"set\",\"points\",\"deductions\"}";

    /// <summary>Gets the shared instance, used by the converter of rating facts.</summary>
    /// <value>A stateless converter.</value>
    internal static ScoreSheetJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, the set is missing or invalid, a value is of the wrong type, or a code is given points twice.</exception>
    public override ScoreSheet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        CriteriaSet? set = null;
        List<KeyValuePair<string, decimal>> points = [];
        List<ScoreDeduction> deductions = [];
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "set": set = CriteriaSetJsonConverter.Instance.Read(ref reader, typeof(CriteriaSet), options); break;
                case "points": points = ReadPoints(ref reader); break;
                case "deductions": deductions = ReadDeductions(ref reader, options); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        var sheet = ScoreSheet.For(set ?? throw JsonFields.Missing("set", Owner));
        foreach (var (code, value) in points)
        {
            sheet = sheet.WithPoints(code, value);
        }

        foreach (var deduction in deductions)
        {
            sheet = sheet.WithDeduction(deduction.Code, deduction.Points, deduction.Reason);
        }

        return sheet;
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">A criterion of the set nests deeper than the options' depth limit allows to read back.</exception>
    public override void Write(Utf8JsonWriter writer, ScoreSheet value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WritePropertyName("set");
        CriteriaSetJsonConverter.Instance.Write(writer, value.Set, options);
        writer.WriteStartObject("points");
        foreach (var (code, points) in value.Points.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteNumber(code, points);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("deductions");
        foreach (var deduction in value.Deductions)
        {
            ScoreDeductionJsonConverter.Instance.Write(writer, deduction, options);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static List<KeyValuePair<string, decimal>> ReadPoints(ref Utf8JsonReader reader)
    {
        JsonFields.StartObject(ref reader, "'points': an object of points by criterion code");
        var points = new List<KeyValuePair<string, decimal>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (JsonFields.NextProperty(ref reader, out var code))
        {
            if (!seen.Add(code))
            {
                throw new JsonException($"Expected 'points' to give each criterion code once, but found \"{code}\" twice.");
            }

            points.Add(new(code, JsonFields.Decimal(ref reader, $"'points' of \"{code}\": a number")));
        }

        return points;
    }

    private static List<ScoreDeduction> ReadDeductions(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonFields.Unexpected(ref reader, "'deductions': an array of score deductions {\"code\",\"points\",\"reason\"}");
        }

        var deductions = new List<ScoreDeduction>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            deductions.Add(ScoreDeductionJsonConverter.Instance.Read(ref reader, typeof(ScoreDeduction), options));
        }

        return deductions;
    }
}

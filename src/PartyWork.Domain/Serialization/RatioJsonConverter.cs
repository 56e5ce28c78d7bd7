using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratios;

namespace PartyWork.Domain.Serialization;

/// <summary>Writes a <see cref="Ratio"/> as its invariant text <c>"493/502"</c> and reads it back through <see cref="Ratio.TryParse(string?, IFormatProvider?, out Ratio)"/>.</summary>
public sealed class RatioJsonConverter : JsonConverter<Ratio>
{
    private const string Expected = "a ratio as the string \"part/whole\" with 0 ≤ part ≤ whole and whole > 0, such as \"493/502\"";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a string holding a valid ratio.</exception>
    public override Ratio Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonFields.String(ref reader, Expected);
        return Ratio.TryParse(text, CultureInfo.InvariantCulture, out var ratio) ? ratio : throw JsonFields.Unexpected(ref reader, Expected);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Ratio value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}

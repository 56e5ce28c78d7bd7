using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Organizations;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="ValidityPeriod"/> as its invariant text <c>"2020-10-16/2025-06-30"</c>, or <c>"2025-07-01/.."</c>
/// when open-ended, and reads it back through <see cref="ValidityPeriod.TryParse(string?, IFormatProvider?, out ValidityPeriod)"/>.
/// </summary>
public sealed class ValidityPeriodJsonConverter : JsonConverter<ValidityPeriod>
{
    private const string Expected =
        "a validity period as the string \"uuuu-MM-dd/uuuu-MM-dd\" (last day not before the first) or \"uuuu-MM-dd/..\"";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a string holding a valid period.</exception>
    public override ValidityPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonFields.String(ref reader, Expected);
        return ValidityPeriod.TryParse(text, CultureInfo.InvariantCulture, out var period)
            ? period
            : throw JsonFields.Unexpected(ref reader, Expected);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ValidityPeriod value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }

    /// <summary>Reads a property holding a period.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="property">The property, for example "'period'".</param>
    /// <returns>The period.</returns>
    /// <exception cref="JsonException">The value is not a valid period.</exception>
    internal static ValidityPeriod ReadProperty(ref Utf8JsonReader reader, string property)
    {
        var text = JsonFields.String(ref reader, property + ": " + Expected);
        return ValidityPeriod.TryParse(text, CultureInfo.InvariantCulture, out var period)
            ? period
            : throw JsonFields.Unexpected(ref reader, property + ": " + Expected);
    }
}

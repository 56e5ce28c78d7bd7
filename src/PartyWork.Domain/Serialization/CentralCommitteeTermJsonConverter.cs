using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Terms;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="CentralCommitteeTerm"/> as its Roman numeral <c>"XII"</c> and reads it back from
/// <see cref="CentralCommitteeCatalog.Default"/>.
/// </summary>
/// <remarks>
/// A term is a row of a catalog, not a free value: only its number is written. A term of a catalog the caller extended
/// (<see cref="CentralCommitteeCatalog.WithNextCongress"/>) is refused on reading; serialize its number instead.
/// </remarks>
public sealed class CentralCommitteeTermJsonConverter : JsonConverter<CentralCommitteeTerm>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a Roman numeral string of a term in the default catalog.</exception>
    public override CentralCommitteeTerm Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var catalog = CentralCommitteeCatalog.Default;
        var expected = $"a Central Committee term as a Roman numeral from \"I\" to \"{catalog.Current.Numeral}\"";
        var text = JsonFields.String(ref reader, expected);
        return RomanNumeral.TryParse(text.AsSpan(), RomanNumeralStyle.Strict, out var number) && catalog.TryGet(number, out var term)
            ? term
            : throw JsonFields.Unexpected(ref reader, expected);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, CentralCommitteeTerm value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Numeral);
    }
}

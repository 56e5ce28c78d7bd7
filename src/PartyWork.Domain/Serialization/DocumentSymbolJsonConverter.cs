using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Terms;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="DocumentSymbol"/> as its text <c>"05-CT/TW"</c> and reads it back through
/// <see cref="DocumentSymbol.TryParse(string?, out DocumentSymbol?)"/>, which recognises codes with
/// <see cref="DocumentSymbolCatalog.Default"/>.
/// </summary>
public sealed class DocumentSymbolJsonConverter : JsonConverter<DocumentSymbol>
{
    private const string Expected = "a document symbol as the string \"number-TYPE/ISSUER\", such as \"05-CT/TW\"";

    /// <summary>Gets the shared instance, used by the converter of document references.</summary>
    /// <value>A stateless converter.</value>
    internal static DocumentSymbolJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a string holding a valid symbol.</exception>
    public override DocumentSymbol Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonFields.String(ref reader, Expected);
        return DocumentSymbol.TryParse(text, out var symbol)
            ? symbol
            : throw JsonFields.Unexpected(ref reader, Expected);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DocumentSymbol value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.ToString());
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using PartyWork.Domain.Terms;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="DocumentReference"/> as <c>{"symbol":"11-CTr/TU","date":"2017-03-10"}</c>; <c>"date"</c> is left out
/// when the reference gives none.
/// </summary>
public sealed class DocumentReferenceJsonConverter : JsonConverter<DocumentReference>
{
    private const string Owner = "a document reference {\"symbol\",\"date\"}";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, the symbol is missing, or a value is invalid.</exception>
    public override DocumentReference Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        DocumentSymbol? symbol = null;
        LocalDate? date = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "symbol": symbol = DocumentSymbolJsonConverter.Instance.Read(ref reader, typeof(DocumentSymbol), options); break;
                case "date": date = JsonFields.NullableDate(ref reader, "'date': an ISO date \"uuuu-MM-dd\""); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        return new DocumentReference(symbol ?? throw JsonFields.Missing("symbol", Owner), date);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DocumentReference value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("symbol", value.Symbol.ToString());
        if (value.Date is { } date)
        {
            JsonFields.WriteDate(writer, "date", date);
        }

        writer.WriteEndObject();
    }
}

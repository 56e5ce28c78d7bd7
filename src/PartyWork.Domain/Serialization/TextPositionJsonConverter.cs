using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratios;

namespace PartyWork.Domain.Serialization;

/// <summary>Writes a <see cref="TextPosition"/> as <c>{"line":3,"column":12,"offset":140,"length":18}</c>.</summary>
public sealed class TextPositionJsonConverter : JsonConverter<TextPosition>
{
    private const string Owner = "a text position {\"line\",\"column\",\"offset\",\"length\"}";

    /// <summary>Gets the shared instance, used by the converters of objects that hold a position.</summary>
    /// <value>A stateless converter.</value>
    internal static TextPositionJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a property is missing, or a value is out of range.</exception>
    public override TextPosition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        int? line = null, column = null, offset = null, length = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "line": line = JsonFields.Int32(ref reader, "'line': an integer from 1"); break;
                case "column": column = JsonFields.Int32(ref reader, "'column': an integer from 1"); break;
                case "offset": offset = JsonFields.Int32(ref reader, "'offset': an integer from 0"); break;
                case "length": length = JsonFields.Int32(ref reader, "'length': an integer from 0"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        try
        {
            return new TextPosition(
                line ?? throw JsonFields.Missing("line", Owner),
                column ?? throw JsonFields.Missing("column", Owner),
                offset ?? throw JsonFields.Missing("offset", Owner),
                length ?? throw JsonFields.Missing("length", Owner));
        }
        catch (ArgumentException ex)
        {
            throw JsonFields.Invalid(Owner + " with line and column from 1, offset and length from 0", ex);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TextPosition value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("line", value.Line);
        writer.WriteNumber("column", value.Column);
        writer.WriteNumber("offset", value.Offset);
        writer.WriteNumber("length", value.Length);
        writer.WriteEndObject();
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Terms;

namespace PartyWork.Domain.Serialization;

/// <summary>Writes a <see cref="Plenum"/> as <c>{"termNumber":12,"number":4}</c> (the 4th plenum of khóa XII).</summary>
public sealed class PlenumJsonConverter : JsonConverter<Plenum>
{
    private const string Owner = "a plenum {\"termNumber\",\"number\"}";

    /// <summary>Gets the shared instance, used by the converter of plenum references.</summary>
    /// <value>A stateless converter.</value>
    internal static PlenumJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a property is missing, or a number is out of range.</exception>
    public override Plenum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        int? term = null, number = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "termNumber": term = JsonFields.Int32(ref reader, "'termNumber': an integer from 1 to 3999"); break;
                case "number": number = JsonFields.Int32(ref reader, $"'number': an integer from 1 to {Plenum.MaxNumber}"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        try
        {
            return new Plenum(term ?? throw JsonFields.Missing("termNumber", Owner), number ?? throw JsonFields.Missing("number", Owner));
        }
        catch (ArgumentException ex)
        {
            throw JsonFields.Invalid($"{Owner} with 'termNumber' from 1 to 3999 and 'number' from 1 to {Plenum.MaxNumber}", ex);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Plenum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("termNumber", value.TermNumber);
        writer.WriteNumber("number", value.Number);
        writer.WriteEndObject();
    }
}

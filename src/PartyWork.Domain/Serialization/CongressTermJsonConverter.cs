using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using PartyWork.Domain.Terms;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="CongressTerm"/> as <c>{"start":"2015-01-01","end":"2019-12-31","ordinal":3}</c> (ISO dates, the
/// last day included; <c>"ordinal"</c> is left out when unknown).
/// </summary>
public sealed class CongressTermJsonConverter : JsonConverter<CongressTerm>
{
    private const string Owner = "a congress term {\"start\",\"end\",\"ordinal\"}";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a property is missing, or the dates or ordinal are out of range.</exception>
    public override CongressTerm Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        LocalDate? start = null, end = null;
        int? ordinal = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "start": start = JsonFields.Date(ref reader, "'start': an ISO date \"uuuu-MM-dd\""); break;
                case "end": end = JsonFields.Date(ref reader, "'end': an ISO date \"uuuu-MM-dd\""); break;
                case "ordinal": ordinal = JsonFields.NullableInt32(ref reader, "'ordinal': an integer from 1 to 3999"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        var first = start ?? throw JsonFields.Missing("start", Owner);
        var last = end ?? throw JsonFields.Missing("end", Owner);
        try
        {
            return new CongressTerm(new DateInterval(first, last), ordinal);
        }
        catch (ArgumentException ex)
        {
            throw JsonFields.Invalid($"{Owner} with 'end' not before 'start', days in the years {CongressTerm.MinYear} to {CongressTerm.MaxYear} and an ordinal from 1 to 3999", ex);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, CongressTerm value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        JsonFields.WriteDate(writer, "start", value.Start);
        JsonFields.WriteDate(writer, "end", value.End);
        if (value.Ordinal is { } ordinal)
        {
            writer.WriteNumber("ordinal", ordinal);
        }

        writer.WriteEndObject();
    }
}

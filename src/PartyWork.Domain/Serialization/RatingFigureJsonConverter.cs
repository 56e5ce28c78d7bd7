using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Serialization;

/// <summary>Writes a <see cref="RatingFigure"/> as <c>{"name":"excellentPercentOfGood","value":25.00}</c>, the decimal with its scale.</summary>
public sealed class RatingFigureJsonConverter : JsonConverter<RatingFigure>
{
    private const string Owner = "a rating figure {\"name\",\"value\"}";

    /// <summary>Gets the shared instance, used by the converters of violations and caps.</summary>
    /// <value>A stateless converter.</value>
    internal static RatingFigureJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object or a property is missing or of the wrong type.</exception>
    public override RatingFigure Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        string? figureName = null;
        decimal? value = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "name": figureName = JsonFields.String(ref reader, "'name': a string"); break;
                case "value": value = JsonFields.Decimal(ref reader, "'value': a number"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        return new RatingFigure(figureName ?? throw JsonFields.Missing("name", Owner), value ?? throw JsonFields.Missing("value", Owner));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, RatingFigure value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.WriteNumber("value", value.Value);
        writer.WriteEndObject();
    }

    /// <summary>Reads an array of figures.</summary>
    /// <param name="reader">The reader, on the array.</param>
    /// <param name="options">The options.</param>
    /// <returns>The figures, read-only.</returns>
    /// <exception cref="JsonException">The value is not an array of figures.</exception>
    internal static IReadOnlyList<RatingFigure> ReadList(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonFields.Unexpected(ref reader, "'figures': an array of " + Owner);
        }

        var figures = new List<RatingFigure>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            figures.Add(Instance.Read(ref reader, typeof(RatingFigure), options));
        }

        return figures.AsReadOnly();
    }

    /// <summary>Writes an array of figures.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="figures">The figures.</param>
    /// <param name="options">The options.</param>
    internal static void WriteList(Utf8JsonWriter writer, IReadOnlyList<RatingFigure> figures, JsonSerializerOptions options)
    {
        writer.WriteStartArray("figures");
        foreach (var figure in figures)
        {
            Instance.Write(writer, figure, options);
        }

        writer.WriteEndArray();
    }
}

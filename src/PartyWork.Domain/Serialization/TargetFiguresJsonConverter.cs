using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes <see cref="TargetFigures"/> as <c>{"total":10,"done":9,"onTime":8,"exceeded":2}</c>, with
/// <c>"mainTotal"</c> and <c>"mainDone"</c> after them when the main targets are given. The four counts are required;
/// the two main figures come together or not at all. Reading goes through the constructors, which check that each
/// figure fits the one it is part of.
/// </summary>
/// <remarks><c>default(TargetFigures)</c> ("no targets set") is <c>{"total":0,"done":0,"onTime":0,"exceeded":0}</c>.</remarks>
public sealed class TargetFiguresJsonConverter : JsonConverter<TargetFigures>
{
    private const string Owner = "target figures {\"total\",\"done\",\"onTime\",\"exceeded\"} (and optionally \"mainTotal\" with \"mainDone\")";

    /// <summary>Gets the shared instance, used by the converter of rating facts.</summary>
    /// <value>A stateless converter.</value>
    internal static TargetFiguresJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a count is missing or not an integer, a figure does not fit the one it is part of, or only one main figure is given.</exception>
    public override TargetFigures Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadFigures(ref reader, string.Empty);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TargetFigures value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("total", value.Total);
        writer.WriteNumber("done", value.Done);
        writer.WriteNumber("onTime", value.OnTime);
        writer.WriteNumber("exceeded", value.Exceeded);
        if (value.MainTotal is { } mainTotal && value.MainDone is { } mainDone)
        {
            writer.WriteNumber("mainTotal", mainTotal);
            writer.WriteNumber("mainDone", mainDone);
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads target figures, or <see langword="null"/> for the JSON <c>null</c>.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="property">The property holding them, for example "'targets'".</param>
    /// <returns>The figures or <see langword="null"/>.</returns>
    /// <exception cref="JsonException">The value is neither null nor valid figures.</exception>
    internal static TargetFigures? ReadNullable(ref Utf8JsonReader reader, string property) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadFigures(ref reader, property + ": ");

    private static TargetFigures ReadFigures(ref Utf8JsonReader reader, string prefix)
    {
        JsonFields.StartObject(ref reader, prefix + Owner);
        int? total = null, done = null, onTime = null, exceeded = null, mainTotal = null, mainDone = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "total": total = JsonFields.Int32(ref reader, "'total': an integer"); break;
                case "done": done = JsonFields.Int32(ref reader, "'done': an integer"); break;
                case "onTime": onTime = JsonFields.Int32(ref reader, "'onTime': an integer"); break;
                case "exceeded": exceeded = JsonFields.Int32(ref reader, "'exceeded': an integer"); break;
                case "mainTotal": mainTotal = JsonFields.Int32(ref reader, "'mainTotal': an integer"); break;
                case "mainDone": mainDone = JsonFields.Int32(ref reader, "'mainDone': an integer"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        var t = total ?? throw JsonFields.Missing("total", Owner);
        var d = done ?? throw JsonFields.Missing("done", Owner);
        var o = onTime ?? throw JsonFields.Missing("onTime", Owner);
        var e = exceeded ?? throw JsonFields.Missing("exceeded", Owner);
        try
        {
            return (mainTotal, mainDone) switch
            {
                (null, null) => new TargetFigures(t, d, o, e),
                ({ } mt, { } md) => new TargetFigures(t, d, o, e, mt, md),
                _ => throw new JsonException(
                    $"Expected {Owner} with 'mainTotal' and 'mainDone' together, but found only '{(mainTotal is null ? "mainDone" : "mainTotal")}'."),
            };
        }
        catch (ArgumentException ex)
        {
            throw JsonFields.Invalid(Owner + " with 0 ≤ onTime, exceeded ≤ done ≤ total and the main targets a part of them", ex);
        }
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Reviews;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes <see cref="FeedbackCounts"/> as one count per source under the camelCase name of the source:
/// <c>{"higherCommittee":12,"peoplesCouncil":0,"subordinateUnit":3,"retiredLeaders":5,"cellOfResidence":0,"public":1,"other":0}</c>.
/// A missing source reads as zero (so counts written before a source was added still read); the total is derived and
/// not written, and must fit a 64-bit integer.
/// </summary>
public sealed class FeedbackCountsJsonConverter : JsonConverter<FeedbackCounts>
{
    private static readonly FeedbackSource[] Sources = Enum.GetValues<FeedbackSource>();
    private static readonly string[] Names = Sources.Select(s => JsonNamingPolicy.CamelCase.ConvertName(Enum.GetName(s)!)).ToArray();
    private static readonly string Owner = $"feedback counts {{\"{string.Join("\",\"", Names)}\"}}";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a count is negative or not an integer, or the total overflows.</exception>
    public override FeedbackCounts Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        Span<long> counts = stackalloc long[Sources.Length + 1];
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            var index = Array.IndexOf(Names, name);
            if (index < 0)
            {
                JsonFields.SkipValue(ref reader);
                continue;
            }

            counts[(int)Sources[index]] = JsonFields.Count(ref reader, $"'{name}'");
        }

        try
        {
            return FeedbackCounts.FromCounts(counts);
        }
        catch (OverflowException ex)
        {
            throw JsonFields.Invalid(Owner + " whose total fits a 64-bit integer", ex);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, FeedbackCounts value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        for (var i = 0; i < Sources.Length; i++)
        {
            writer.WriteNumber(Names[i], value[Sources[i]]);
        }

        writer.WriteEndObject();
    }
}

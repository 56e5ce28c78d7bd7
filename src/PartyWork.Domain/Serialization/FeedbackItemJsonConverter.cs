using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using PartyWork.Domain.Reviews;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="FeedbackItem"/> as <c>{"id":"F1","source":"PeoplesCouncil","received":"2025-01-10","summary":"…"}</c>;
/// a missing <c>"summary"</c> reads as empty.
/// </summary>
public sealed class FeedbackItemJsonConverter : JsonConverter<FeedbackItem>
{
    private const string Owner = "a feedback item {\"id\",\"source\",\"received\",\"summary\"}";

    /// <summary>Gets the shared instance, used by the converter of review events.</summary>
    /// <value>A stateless converter.</value>
    internal static FeedbackItemJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a property is missing, or the id is blank.</exception>
    public override FeedbackItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        string? id = null, summary = null;
        FeedbackSource? source = null;
        LocalDate? received = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "id": id = JsonFields.String(ref reader, "'id': a non-blank string"); break;
                case "source": source = JsonFields.Enum<FeedbackSource>(ref reader, "'source'"); break;
                case "received": received = JsonFields.Date(ref reader, "'received': an ISO date \"uuuu-MM-dd\""); break;
                case "summary": summary = JsonFields.String(ref reader, "'summary': a string"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        var itemId = id ?? throw JsonFields.Missing("id", Owner);
        var from = source ?? throw JsonFields.Missing("source", Owner);
        var day = received ?? throw JsonFields.Missing("received", Owner);
        try
        {
            return new FeedbackItem(itemId, from, day, summary ?? string.Empty);
        }
        catch (ArgumentException ex)
        {
            throw JsonFields.Invalid(Owner + " with a non-blank 'id'", ex);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, FeedbackItem value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WriteString("source", JsonFields.EnumName(value.Source));
        JsonFields.WriteDate(writer, "received", value.Received);
        writer.WriteString("summary", value.Summary);
        writer.WriteEndObject();
    }
}

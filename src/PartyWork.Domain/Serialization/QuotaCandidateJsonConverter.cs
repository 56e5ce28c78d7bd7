using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="QuotaCandidate"/> as <c>{"id":"p1","score":92.5,"highestAllowed":"Excellent"}</c>, the score
/// with its scale. All properties are required; the id must not be blank (as <see cref="QuotaRule.Solve"/> requires).
/// </summary>
/// <remarks><c>default(QuotaCandidate)</c> (no id, no level) cannot be written.</remarks>
public sealed class QuotaCandidateJsonConverter : JsonConverter<QuotaCandidate>
{
    private const string Owner = "a quota candidate {\"id\",\"score\",\"highestAllowed\"}";

    /// <summary>Gets the shared instance, used by the converter of quota assignments.</summary>
    /// <value>A stateless converter.</value>
    internal static QuotaCandidateJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, or a property is missing, blank or of the wrong type.</exception>
    public override QuotaCandidate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        string? id = null;
        decimal? score = null;
        RatingLevel? highest = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "id": id = JsonFields.String(ref reader, "'id': a non-blank string"); break;
                case "score": score = JsonFields.Decimal(ref reader, "'score': a number"); break;
                case "highestAllowed": highest = JsonFields.Enum<RatingLevel>(ref reader, "'highestAllowed': a rating level"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        var candidateId = id ?? throw JsonFields.Missing("id", Owner);
        if (string.IsNullOrWhiteSpace(candidateId))
        {
            throw new JsonException($"Expected {Owner} with a non-blank 'id', but found \"{candidateId}\".");
        }

        return new QuotaCandidate(
            candidateId,
            score ?? throw JsonFields.Missing("score", Owner),
            highest ?? throw JsonFields.Missing("highestAllowed", Owner));
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The candidate has no id or no defined level (<c>default(QuotaCandidate)</c>).</exception>
    public override void Write(Utf8JsonWriter writer, QuotaCandidate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Id is null)
        {
            throw new JsonException("Cannot write a quota candidate without an id (default(QuotaCandidate)).");
        }

        var level = JsonFields.EnumName(value.HighestAllowed);
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WriteNumber("score", value.Score);
        writer.WriteString("highestAllowed", level);
        writer.WriteEndObject();
    }
}

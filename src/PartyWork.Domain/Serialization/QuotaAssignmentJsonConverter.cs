using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="QuotaAssignment"/> as <c>{"candidate":{"id":"p1","score":92.5,"highestAllowed":"Excellent"},"level":"Good"}</c>.
/// Both properties are required, and the level must be one the solver can give: the candidate's own highest level, or
/// <see cref="RatingLevel.Good"/> for a candidate allowed excellent whom the quota left out.
/// </summary>
/// <remarks><c>default(QuotaAssignment)</c> (no candidate) cannot be written.</remarks>
public sealed class QuotaAssignmentJsonConverter : JsonConverter<QuotaAssignment>
{
    private const string Owner = "a quota assignment {\"candidate\",\"level\"}";

    /// <summary>Gets the shared instance, used by the converter of quota solutions.</summary>
    /// <value>A stateless converter.</value>
    internal static QuotaAssignmentJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a property is missing or invalid, or the level is not one the candidate can be given.</exception>
    public override QuotaAssignment Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        QuotaCandidate? candidate = null;
        RatingLevel? level = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "candidate": candidate = QuotaCandidateJsonConverter.Instance.Read(ref reader, typeof(QuotaCandidate), options); break;
                case "level": level = JsonFields.Enum<RatingLevel>(ref reader, "'level': a rating level"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        var c = candidate ?? throw JsonFields.Missing("candidate", Owner);
        var l = level ?? throw JsonFields.Missing("level", Owner);
        if (l != c.HighestAllowed && !(c.HighestAllowed == RatingLevel.Excellent && l == RatingLevel.Good))
        {
            throw new JsonException(
                $"Expected {Owner} whose 'level' is the candidate's 'highestAllowed' ({c.HighestAllowed}) or, for an excellent candidate left out by the quota, Good, but found {l}.");
        }

        return new QuotaAssignment(c, l);
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The assignment has no candidate or no defined level (<c>default(QuotaAssignment)</c>).</exception>
    public override void Write(Utf8JsonWriter writer, QuotaAssignment value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var level = JsonFields.EnumName(value.Level);
        writer.WriteStartObject();
        writer.WritePropertyName("candidate");
        QuotaCandidateJsonConverter.Instance.Write(writer, value.Candidate, options);
        writer.WriteString("level", level);
        writer.WriteEndObject();
    }
}

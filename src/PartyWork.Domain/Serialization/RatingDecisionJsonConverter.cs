using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="RatingDecision"/> as
/// <c>{"policy":"Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW","facts":{…},"highestAllowed":"Good","violations":[…]}</c>:
/// the policy by its name (<see cref="RatingPolicyJsonConverter"/>), the facts decided on, the highest level allowed
/// (left out for an exempt subject, R124-EXEMPT) and the violations found. Derived properties
/// (<see cref="RatingDecision.IsExempt"/>, <see cref="RatingDecision.HasViolations"/>) are not written, nor the caps,
/// which <see cref="RatingDecision.ExplainCaps"/> lists on demand.
/// </summary>
/// <remarks>
/// A decision is read back as written: the policy is not run again, so a stored decision keeps the level and
/// violations it had even if a later version of a built-in policy would decide otherwise. <c>"policy"</c>,
/// <c>"facts"</c> and <c>"violations"</c> are required. A decision under a custom policy, and
/// <c>default(RatingDecision)</c> (no policy), cannot be written.
/// </remarks>
public sealed class RatingDecisionJsonConverter : JsonConverter<RatingDecision>
{
    private const string Owner = "a rating decision {\"policy\",\"facts\",\"highestAllowed\",\"violations\"}";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, the policy is not built in, or a property is missing or invalid.</exception>
    public override RatingDecision Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        RatingPolicy? policy = null;
        RatingFacts? facts = null;
        RatingLevel? highest = null;
        List<RuleViolation>? violations = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "policy": policy = RatingPolicyJsonConverter.ReadPolicy(ref reader, "'policy'"); break;
                case "facts": facts = RatingFactsJsonConverter.Instance.Read(ref reader, typeof(RatingFacts), options); break;
                case "highestAllowed":
                    highest = reader.TokenType == JsonTokenType.Null
                        ? null
                        : JsonFields.Enum<RatingLevel>(ref reader, "'highestAllowed': a rating level (or null when exempt)");
                    break;
                case "violations": violations = RuleViolationJsonConverter.ReadList(ref reader, "'violations'", options); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        return new RatingDecision(
            policy ?? throw JsonFields.Missing("policy", Owner),
            facts ?? throw JsonFields.Missing("facts", Owner),
            highest,
            (violations ?? throw JsonFields.Missing("violations", Owner)).AsReadOnly());
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The decision is <c>default(RatingDecision)</c>, its policy is not built in, or a value cannot be written.</exception>
    public override void Write(Utf8JsonWriter writer, RatingDecision value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Policy is null || value.Facts is null)
        {
            throw new JsonException("Cannot write default(RatingDecision): it has no policy and no facts.");
        }

        var policyName = RatingPolicyJsonConverter.NameOf(value.Policy);
        writer.WriteStartObject();
        writer.WriteString("policy", policyName);
        writer.WritePropertyName("facts");
        RatingFactsJsonConverter.Instance.Write(writer, value.Facts, options);
        if (value.HighestAllowed is { } highest)
        {
            writer.WriteString("highestAllowed", JsonFields.EnumName(highest));
        }

        RuleViolationJsonConverter.WriteList(writer, "violations", value.Violations, options);
        writer.WriteEndObject();
    }
}

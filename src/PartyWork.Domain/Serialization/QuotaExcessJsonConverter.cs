using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="QuotaExcess"/> as
/// <c>{"group":{…},"allowedWithCurrentGood":16,"minimumDemotions":3,"violation":{…}}</c>. All properties are required;
/// <see cref="QuotaExcess.Excess"/> is derived and not written.
/// </summary>
public sealed class QuotaExcessJsonConverter : JsonConverter<QuotaExcess>
{
    private const string Owner = "a quota excess {\"group\",\"allowedWithCurrentGood\",\"minimumDemotions\",\"violation\"}";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object or a property is missing or invalid.</exception>
    public override QuotaExcess Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        QuotaGroup? group = null;
        long? allowed = null, demotions = null;
        RuleViolation? violation = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "group": group = QuotaGroupJsonConverter.Instance.Read(ref reader, typeof(QuotaGroup), options); break;
                case "allowedWithCurrentGood": allowed = JsonFields.Count(ref reader, "'allowedWithCurrentGood'"); break;
                case "minimumDemotions": demotions = JsonFields.Count(ref reader, "'minimumDemotions'"); break;
                case "violation": violation = RuleViolationJsonConverter.Instance.Read(ref reader, typeof(RuleViolation), options); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        return new QuotaExcess(
            group ?? throw JsonFields.Missing("group", Owner),
            allowed ?? throw JsonFields.Missing("allowedWithCurrentGood", Owner),
            demotions ?? throw JsonFields.Missing("minimumDemotions", Owner),
            violation ?? throw JsonFields.Missing("violation", Owner));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, QuotaExcess value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WritePropertyName("group");
        QuotaGroupJsonConverter.Instance.Write(writer, value.Group, options);
        writer.WriteNumber("allowedWithCurrentGood", value.AllowedWithCurrentGood);
        writer.WriteNumber("minimumDemotions", value.MinimumDemotions);
        writer.WritePropertyName("violation");
        RuleViolationJsonConverter.Instance.Write(writer, value.Violation, options);
        writer.WriteEndObject();
    }
}

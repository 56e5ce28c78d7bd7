using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="QuotaRule"/> as <c>{"ruleId":"R124-QUOTA","maxExcellentPercentOfGood":20}</c>, the percentage
/// with its scale. <c>"ruleId"</c> is required; a missing <c>"maxExcellentPercentOfGood"</c> reads as 20, the rule's
/// default. Reading goes through the constructor and the percentage's setter (0 to 100).
/// </summary>
public sealed class QuotaRuleJsonConverter : JsonConverter<QuotaRule>
{
    private const string Owner = "a quota rule {\"ruleId\",\"maxExcellentPercentOfGood\"}";

    /// <summary>Gets the shared instance, used by the converter of quota solutions.</summary>
    /// <value>A stateless converter.</value>
    internal static QuotaRuleJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, the rule id is missing or blank, or the percentage is not a number from 0 to 100.</exception>
    public override QuotaRule Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        string? ruleId = null;
        decimal? percent = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "ruleId": ruleId = JsonFields.String(ref reader, "'ruleId': a non-blank string"); break;
                case "maxExcellentPercentOfGood": percent = JsonFields.Decimal(ref reader, "'maxExcellentPercentOfGood': a number from 0 to 100"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        var id = ruleId ?? throw JsonFields.Missing("ruleId", Owner);
        try
        {
            var rule = new QuotaRule(id);
            return percent is { } p ? rule with { MaxExcellentPercentOfGood = p } : rule;
        }
        catch (ArgumentException ex)
        {
            throw JsonFields.Invalid(Owner + " with a non-blank 'ruleId' and 'maxExcellentPercentOfGood' from 0 to 100", ex);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, QuotaRule value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("ruleId", value.RuleId);
        writer.WriteNumber("maxExcellentPercentOfGood", value.MaxExcellentPercentOfGood);
        writer.WriteEndObject();
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratios;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="PercentClaimCheck"/> as an object of its stored figures:
/// <c>{"verdict":"Inconsistent","part":281,"whole":1004,"printed":27.98,"exact":27.98804780876494023904382470,
/// "expected":27.99,"matchesTruncation":true,"matchesApportionment":false,"reasonVietnamese":"…","reasonEnglish":"…"}</c>.
/// </summary>
/// <remarks>
/// Decimals keep the scale written, so <see cref="PercentClaimCheck.Decimals"/> survives the round trip ("27.90" has two).
/// All properties are required; the check is not recomputed (the options it was made with are not part of it).
/// </remarks>
public sealed class PercentClaimCheckJsonConverter : JsonConverter<PercentClaimCheck>
{
    private const string Owner = "a percent claim check object";

    /// <summary>Gets the shared instance, used by the converter of report claims.</summary>
    /// <value>A stateless converter.</value>
    internal static PercentClaimCheckJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a property is missing, or a value is out of range.</exception>
    public override PercentClaimCheck Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        ClaimVerdict? verdict = null;
        long? part = null, whole = null;
        decimal? printed = null, exact = null, expected = null;
        bool? truncation = null, apportionment = null;
        string? vietnamese = null, english = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "verdict": verdict = JsonFields.Enum<ClaimVerdict>(ref reader, "'verdict'"); break;
                case "part": part = JsonFields.Count(ref reader, "'part'"); break;
                case "whole": whole = JsonFields.Count(ref reader, "'whole'"); break;
                case "printed": printed = JsonFields.Decimal(ref reader, "'printed': a number"); break;
                case "exact": exact = JsonFields.Decimal(ref reader, "'exact': a number"); break;
                case "expected": expected = JsonFields.Decimal(ref reader, "'expected': a number"); break;
                case "matchesTruncation": truncation = JsonFields.Boolean(ref reader, "'matchesTruncation': true or false"); break;
                case "matchesApportionment": apportionment = JsonFields.Boolean(ref reader, "'matchesApportionment': true or false"); break;
                case "reasonVietnamese": vietnamese = JsonFields.String(ref reader, "'reasonVietnamese': a string"); break;
                case "reasonEnglish": english = JsonFields.String(ref reader, "'reasonEnglish': a string"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        return new PercentClaimCheck(
            verdict ?? throw JsonFields.Missing("verdict", Owner),
            part ?? throw JsonFields.Missing("part", Owner),
            whole ?? throw JsonFields.Missing("whole", Owner),
            printed ?? throw JsonFields.Missing("printed", Owner),
            exact ?? throw JsonFields.Missing("exact", Owner),
            expected ?? throw JsonFields.Missing("expected", Owner),
            truncation ?? throw JsonFields.Missing("matchesTruncation", Owner),
            vietnamese ?? throw JsonFields.Missing("reasonVietnamese", Owner),
            english ?? throw JsonFields.Missing("reasonEnglish", Owner),
            apportionment ?? throw JsonFields.Missing("matchesApportionment", Owner));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, PercentClaimCheck value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("verdict", JsonFields.EnumName(value.Verdict));
        writer.WriteNumber("part", value.Part);
        writer.WriteNumber("whole", value.Whole);
        writer.WriteNumber("printed", value.Printed);
        writer.WriteNumber("exact", value.Exact);
        writer.WriteNumber("expected", value.Expected);
        writer.WriteBoolean("matchesTruncation", value.MatchesTruncation);
        writer.WriteBoolean("matchesApportionment", value.MatchesApportionment);
        writer.WriteString("reasonVietnamese", value.ReasonVietnamese);
        writer.WriteString("reasonEnglish", value.ReasonEnglish);
        writer.WriteEndObject();
    }
}

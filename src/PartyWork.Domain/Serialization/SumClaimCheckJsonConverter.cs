using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratios;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="SumClaimCheck"/> as
/// <c>{"verdict":"Inconsistent","whole":1004,"sum":1003,"reasonVietnamese":"…","reasonEnglish":"…"}</c>.
/// </summary>
/// <remarks>All properties are required; <see cref="SumClaimCheck.Difference"/> is derived and not written.</remarks>
public sealed class SumClaimCheckJsonConverter : JsonConverter<SumClaimCheck>
{
    private const string Owner = "a sum claim check object";

    /// <summary>Gets the shared instance, used by the converter of report claims.</summary>
    /// <value>A stateless converter.</value>
    internal static SumClaimCheckJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a property is missing, or a value has the wrong type.</exception>
    public override SumClaimCheck Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        ClaimVerdict? verdict = null;
        long? whole = null, sum = null;
        string? vietnamese = null, english = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "verdict": verdict = JsonFields.Enum<ClaimVerdict>(ref reader, "'verdict'"); break;
                case "whole": whole = JsonFields.Count(ref reader, "'whole'"); break;
                case "sum": sum = JsonFields.Count(ref reader, "'sum'"); break;
                case "reasonVietnamese": vietnamese = JsonFields.String(ref reader, "'reasonVietnamese': a string"); break;
                case "reasonEnglish": english = JsonFields.String(ref reader, "'reasonEnglish': a string"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        return new SumClaimCheck(
            verdict ?? throw JsonFields.Missing("verdict", Owner),
            whole ?? throw JsonFields.Missing("whole", Owner),
            sum ?? throw JsonFields.Missing("sum", Owner),
            vietnamese ?? throw JsonFields.Missing("reasonVietnamese", Owner),
            english ?? throw JsonFields.Missing("reasonEnglish", Owner));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, SumClaimCheck value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("verdict", JsonFields.EnumName(value.Verdict));
        writer.WriteNumber("whole", value.Whole);
        writer.WriteNumber("sum", value.Sum);
        writer.WriteString("reasonVietnamese", value.ReasonVietnamese);
        writer.WriteString("reasonEnglish", value.ReasonEnglish);
        writer.WriteEndObject();
    }
}

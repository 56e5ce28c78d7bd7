using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratios;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="ReportClaim"/> found by the report scanner as an object of its stored figures:
/// <c>{"kind":"FractionWithPercent","position":{…},"text":"493/502 (98,2%)","part":493,"whole":502,"printedPercent":98.2,
/// "parts":[],"isApproximate":false,"verdict":"Consistent","expectedPercent":98.2,"percentCheck":{…},"sumCheck":null,
/// "reasonVietnamese":"","reasonEnglish":""}</c>.
/// </summary>
/// <remarks>
/// Nullable figures are written as <c>null</c>; <see cref="ReportClaim.Sum"/> and <see cref="ReportClaim.IsTruncated"/> are
/// derived and not written. All properties are required.
/// </remarks>
public sealed class ReportClaimJsonConverter : JsonConverter<ReportClaim>
{
    private const string Owner = "a report claim object";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a property is missing, or a value is out of range.</exception>
    public override ReportClaim Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        ReportClaimKind? kind = null;
        TextPosition? position = null;
        string? text = null, vietnamese = null, english = null;
        long? part = null, whole = null;
        decimal? printed = null, expected = null;
        long[]? parts = null;
        bool? approximate = null;
        ClaimVerdict? verdict = null;
        PercentClaimCheck? percentCheck = null;
        SumClaimCheck? sumCheck = null;
        bool hasPart = false, hasPrinted = false, hasExpected = false, hasPercentCheck = false, hasSumCheck = false;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "kind": kind = JsonFields.Enum<ReportClaimKind>(ref reader, "'kind'"); break;
                case "position": position = TextPositionJsonConverter.Instance.Read(ref reader, typeof(TextPosition), options); break;
                case "text": text = JsonFields.String(ref reader, "'text': a string"); break;
                case "part":
                    part = reader.TokenType == JsonTokenType.Null ? null : JsonFields.Count(ref reader, "'part'");
                    hasPart = true;
                    break;
                case "whole": whole = JsonFields.Count(ref reader, "'whole'"); break;
                case "printedPercent":
                    printed = JsonFields.NullableDecimal(ref reader, "'printedPercent': a number");
                    hasPrinted = true;
                    break;
                case "parts": parts = JsonFields.Int64Array(ref reader, "'parts'"); break;
                case "isApproximate": approximate = JsonFields.Boolean(ref reader, "'isApproximate': true or false"); break;
                case "verdict": verdict = JsonFields.Enum<ClaimVerdict>(ref reader, "'verdict'"); break;
                case "expectedPercent":
                    expected = JsonFields.NullableDecimal(ref reader, "'expectedPercent': a number");
                    hasExpected = true;
                    break;
                case "percentCheck":
                    percentCheck = reader.TokenType == JsonTokenType.Null
                        ? null
                        : PercentClaimCheckJsonConverter.Instance.Read(ref reader, typeof(PercentClaimCheck), options);
                    hasPercentCheck = true;
                    break;
                case "sumCheck":
                    sumCheck = reader.TokenType == JsonTokenType.Null
                        ? null
                        : SumClaimCheckJsonConverter.Instance.Read(ref reader, typeof(SumClaimCheck), options);
                    hasSumCheck = true;
                    break;
                case "reasonVietnamese": vietnamese = JsonFields.String(ref reader, "'reasonVietnamese': a string"); break;
                case "reasonEnglish": english = JsonFields.String(ref reader, "'reasonEnglish': a string"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        Require(hasPart, "part");
        Require(hasPrinted, "printedPercent");
        Require(hasExpected, "expectedPercent");
        Require(hasPercentCheck, "percentCheck");
        Require(hasSumCheck, "sumCheck");
        return new ReportClaim(
            kind ?? throw JsonFields.Missing("kind", Owner),
            position ?? throw JsonFields.Missing("position", Owner),
            text ?? throw JsonFields.Missing("text", Owner),
            part,
            whole ?? throw JsonFields.Missing("whole", Owner),
            printed,
            Array.AsReadOnly(parts ?? throw JsonFields.Missing("parts", Owner)),
            approximate ?? throw JsonFields.Missing("isApproximate", Owner),
            verdict ?? throw JsonFields.Missing("verdict", Owner),
            expected,
            percentCheck,
            sumCheck,
            vietnamese ?? throw JsonFields.Missing("reasonVietnamese", Owner),
            english ?? throw JsonFields.Missing("reasonEnglish", Owner));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ReportClaim value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("kind", JsonFields.EnumName(value.Kind));
        writer.WritePropertyName("position");
        TextPositionJsonConverter.Instance.Write(writer, value.Position, options);
        writer.WriteString("text", value.Text);
        WriteNullable(writer, "part", value.Part);
        writer.WriteNumber("whole", value.Whole);
        WriteNullable(writer, "printedPercent", value.PrintedPercent);
        writer.WriteStartArray("parts");
        foreach (var item in value.Parts)
        {
            writer.WriteNumberValue(item);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("isApproximate", value.IsApproximate);
        writer.WriteString("verdict", JsonFields.EnumName(value.Verdict));
        WriteNullable(writer, "expectedPercent", value.ExpectedPercent);
        writer.WritePropertyName("percentCheck");
        if (value.PercentCheck is { } percentCheck)
        {
            PercentClaimCheckJsonConverter.Instance.Write(writer, percentCheck, options);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WritePropertyName("sumCheck");
        if (value.SumCheck is { } sumCheck)
        {
            SumClaimCheckJsonConverter.Instance.Write(writer, sumCheck, options);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteString("reasonVietnamese", value.ReasonVietnamese);
        writer.WriteString("reasonEnglish", value.ReasonEnglish);
        writer.WriteEndObject();
    }

    private static void Require(bool present, string property)
    {
        if (!present)
        {
            throw JsonFields.Missing(property, Owner);
        }
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="ScoreDeduction"/> as <c>{"code":"2","points":1.5,"reason":"Chậm tiến độ"}</c>, the points with
/// their scale. All properties are required; a code the set does not know, or negative points, are data that
/// <see cref="ScoreSheet.Validate"/> reports, not JSON errors.
/// </summary>
/// <remarks><c>default(ScoreDeduction)</c> has no code and cannot be written.</remarks>
public sealed class ScoreDeductionJsonConverter : JsonConverter<ScoreDeduction>
{
    private const string Owner = "a score deduction {\"code\",\"points\",\"reason\"}";

    /// <summary>Gets the shared instance, used by the converter of score sheets.</summary>
    /// <value>A stateless converter.</value>
    internal static ScoreDeductionJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, or a property is missing or of the wrong type.</exception>
    public override ScoreDeduction Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        string? code = null, reason = null;
        decimal? points = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "code": code = JsonFields.String(ref reader, "'code': a string"); break;
                case "points": points = JsonFields.Decimal(ref reader, "'points': a number"); break;
                case "reason": reason = JsonFields.String(ref reader, "'reason': a string"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        return new ScoreDeduction(
            code ?? throw JsonFields.Missing("code", Owner),
            points ?? throw JsonFields.Missing("points", Owner),
            reason ?? throw JsonFields.Missing("reason", Owner));
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException"><paramref name="value"/> has no code or no reason (<c>default(ScoreDeduction)</c>).</exception>
    public override void Write(Utf8JsonWriter writer, ScoreDeduction value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Code is null || value.Reason is null)
        {
            throw new JsonException("Cannot write a score deduction without a code or a reason (default(ScoreDeduction)).");
        }

        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.WriteNumber("points", value.Points);
        writer.WriteString("reason", value.Reason);
        writer.WriteEndObject();
    }
}

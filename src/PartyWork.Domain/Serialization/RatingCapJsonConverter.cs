using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="RatingCap"/> as
/// <c>{"ruleId":"…","maximum":"Completed","vietnamese":"…","english":"…","figures":[…]}</c>. All properties are required.
/// </summary>
public sealed class RatingCapJsonConverter : JsonConverter<RatingCap>
{
    private const string Owner = "a rating cap {\"ruleId\",\"maximum\",\"vietnamese\",\"english\",\"figures\"}";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object or a property is missing or invalid.</exception>
    public override RatingCap Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        string? ruleId = null, vietnamese = null, english = null;
        RatingLevel? maximum = null;
        IReadOnlyList<RatingFigure>? figures = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "ruleId": ruleId = JsonFields.String(ref reader, "'ruleId': a string"); break;
                case "maximum": maximum = JsonFields.Enum<RatingLevel>(ref reader, "'maximum': a rating level"); break;
                case "vietnamese": vietnamese = JsonFields.String(ref reader, "'vietnamese': a string"); break;
                case "english": english = JsonFields.String(ref reader, "'english': a string"); break;
                case "figures": figures = RatingFigureJsonConverter.ReadList(ref reader, options); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        return new RatingCap(
            ruleId ?? throw JsonFields.Missing("ruleId", Owner),
            maximum ?? throw JsonFields.Missing("maximum", Owner),
            vietnamese ?? throw JsonFields.Missing("vietnamese", Owner),
            english ?? throw JsonFields.Missing("english", Owner),
            figures ?? throw JsonFields.Missing("figures", Owner));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, RatingCap value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("ruleId", value.RuleId);
        writer.WriteString("maximum", JsonFields.EnumName(value.Maximum));
        writer.WriteString("vietnamese", value.Vietnamese);
        writer.WriteString("english", value.English);
        RatingFigureJsonConverter.WriteList(writer, value.Figures, options);
        writer.WriteEndObject();
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="RuleViolation"/> as
/// <c>{"ruleId":"R124-QUOTA","vietnamese":"…","english":"…","figures":[{"name":"…","value":25}]}</c>. All properties are required.
/// </summary>
public sealed class RuleViolationJsonConverter : JsonConverter<RuleViolation>
{
    private const string Owner = "a rule violation {\"ruleId\",\"vietnamese\",\"english\",\"figures\"}";

    /// <summary>Gets the shared instance, used by the converter of quota excesses.</summary>
    /// <value>A stateless converter.</value>
    internal static RuleViolationJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object or a property is missing or of the wrong type.</exception>
    public override RuleViolation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        string? ruleId = null, vietnamese = null, english = null;
        IReadOnlyList<RatingFigure>? figures = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "ruleId": ruleId = JsonFields.String(ref reader, "'ruleId': a string"); break;
                case "vietnamese": vietnamese = JsonFields.String(ref reader, "'vietnamese': a string"); break;
                case "english": english = JsonFields.String(ref reader, "'english': a string"); break;
                case "figures": figures = RatingFigureJsonConverter.ReadList(ref reader, options); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        return new RuleViolation(
            ruleId ?? throw JsonFields.Missing("ruleId", Owner),
            vietnamese ?? throw JsonFields.Missing("vietnamese", Owner),
            english ?? throw JsonFields.Missing("english", Owner),
            figures ?? throw JsonFields.Missing("figures", Owner));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, RuleViolation value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("ruleId", value.RuleId);
        writer.WriteString("vietnamese", value.Vietnamese);
        writer.WriteString("english", value.English);
        RatingFigureJsonConverter.WriteList(writer, value.Figures, options);
        writer.WriteEndObject();
    }

    /// <summary>Reads an array of violations.</summary>
    /// <param name="reader">The reader, on the array.</param>
    /// <param name="property">The property, for example "'violations'".</param>
    /// <param name="options">The options.</param>
    /// <returns>The violations.</returns>
    /// <exception cref="JsonException">The value is not an array of rule violations.</exception>
    internal static List<RuleViolation> ReadList(ref Utf8JsonReader reader, string property, JsonSerializerOptions options) =>
        JsonFields.Array(ref reader, property + ": an array of rule violations", (ref Utf8JsonReader r) => Instance.Read(ref r, typeof(RuleViolation), options));

    /// <summary>Writes an array of violations.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name.</param>
    /// <param name="violations">The violations.</param>
    /// <param name="options">The options.</param>
    internal static void WriteList(Utf8JsonWriter writer, string name, IEnumerable<RuleViolation> violations, JsonSerializerOptions options) =>
        JsonFields.WriteArray(writer, name, violations, (w, v) => Instance.Write(w, v, options));
}

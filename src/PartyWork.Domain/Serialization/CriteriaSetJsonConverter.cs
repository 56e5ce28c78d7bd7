using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="CriteriaSet"/> as
/// <c>{"name":"Khung tiêu chí 100 điểm (Quy định 366-QĐ/TW)","ruleId":"R366-SCALE","criteria":[{"code":"1",…},…]}</c>,
/// each criterion as <see cref="CriterionJsonConverter"/> writes it. <c>"ruleId"</c> may be left out when reading
/// (<c>"R366-SCALE"</c>, the constructor's default); the others are required. Reading goes through the constructor:
/// at least one criterion, codes unique across the whole tree.
/// </summary>
/// <remarks>
/// The whole set is written, so a sheet on an agency's own set reads back without a catalog; a set equal to
/// <see cref="CriteriaSets.Regulation366"/> reads back equal to it (not the same instance).
/// </remarks>
public sealed class CriteriaSetJsonConverter : JsonConverter<CriteriaSet>
{
    private const string Owner = "a criteria set {\"name\",\"ruleId\",\"criteria\"}";

    /// <summary>Gets the shared instance, used by the converter of score sheets.</summary>
    /// <value>A stateless converter.</value>
    internal static CriteriaSetJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a property is missing or of the wrong type, or the constructor refuses the values.</exception>
    public override CriteriaSet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        string? setName = null, ruleId = null;
        IReadOnlyList<Criterion>? criteria = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "name": setName = JsonFields.String(ref reader, "'name': a non-blank string"); break;
                case "ruleId": ruleId = JsonFields.String(ref reader, "'ruleId': a non-blank string"); break;
                case "criteria": criteria = CriterionJsonConverter.ReadList(ref reader, "'criteria'", options); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        var n = setName ?? throw JsonFields.Missing("name", Owner);
        var top = criteria ?? throw JsonFields.Missing("criteria", Owner);
        try
        {
            return ruleId is null ? new CriteriaSet(n, top) : new CriteriaSet(n, top, ruleId);
        }
        catch (ArgumentException ex)
        {
            throw JsonFields.Invalid(Owner + " with non-blank texts, at least one criterion and unique codes", ex);
        }
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">A criterion nests deeper than the options' depth limit allows to read back.</exception>
    public override void Write(Utf8JsonWriter writer, CriteriaSet value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.WriteString("ruleId", value.RuleId);
        CriterionJsonConverter.WriteList(writer, "criteria", value.Criteria, options);
        writer.WriteEndObject();
    }
}

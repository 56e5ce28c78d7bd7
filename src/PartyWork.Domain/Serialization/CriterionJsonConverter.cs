using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="Criterion"/> as <c>{"code":"2","name":"Kết quả thực hiện chức trách, nhiệm vụ","maxPoints":70}</c>,
/// with <c>"subCriteria":[…]</c> (criteria of the same shape) after them when it has sub-criteria. Reading goes through
/// the constructor: texts must not be blank, the maximum must be above zero and the sub-criteria maxima must add up to it.
/// </summary>
/// <remarks>
/// A criterion nests as deep as its sub-criteria; the reader's depth limit (<see cref="JsonSerializerOptions.MaxDepth"/>,
/// 64 by default) bounds it, and a tree too deep to be read back is refused when written.
/// </remarks>
public sealed class CriterionJsonConverter : JsonConverter<Criterion>
{
    private const string Owner = "a criterion {\"code\",\"name\",\"maxPoints\",\"subCriteria\"}";
    private const int DefaultMaxDepth = 64;

    /// <summary>Gets the shared instance, used by the converter of criteria sets.</summary>
    /// <value>A stateless converter.</value>
    internal static CriterionJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a property is missing or of the wrong type, or the constructor refuses the values.</exception>
    public override Criterion Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        string? code = null, criterionName = null;
        decimal? maxPoints = null;
        IReadOnlyList<Criterion> subCriteria = [];
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "code": code = JsonFields.String(ref reader, "'code': a non-blank string"); break;
                case "name": criterionName = JsonFields.String(ref reader, "'name': a non-blank string"); break;
                case "maxPoints": maxPoints = JsonFields.Decimal(ref reader, "'maxPoints': a number above 0"); break;
                case "subCriteria": subCriteria = ReadList(ref reader, "'subCriteria'", options); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        var c = code ?? throw JsonFields.Missing("code", Owner);
        var n = criterionName ?? throw JsonFields.Missing("name", Owner);
        var max = maxPoints ?? throw JsonFields.Missing("maxPoints", Owner);
        try
        {
            return new Criterion(c, n, max, subCriteria);
        }
        catch (ArgumentException ex)
        {
            throw JsonFields.Invalid(Owner + " with non-blank texts, 'maxPoints' above 0 and sub-criteria maxima adding up to it", ex);
        }
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The criterion nests deeper than the options' depth limit allows to read back.</exception>
    public override void Write(Utf8JsonWriter writer, Criterion value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        var limit = options.MaxDepth == 0 ? DefaultMaxDepth : options.MaxDepth;
        if (writer.CurrentDepth >= limit)
        {
            throw new JsonException($"Cannot write the criterion \"{value.Code}\": its sub-criteria nest deeper than the depth limit of {limit}.");
        }

        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.WriteString("name", value.Name);
        writer.WriteNumber("maxPoints", value.MaxPoints);
        if (value.SubCriteria.Count > 0)
        {
            WriteList(writer, "subCriteria", value.SubCriteria, options);
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads an array of criteria.</summary>
    /// <param name="reader">The reader, on the array.</param>
    /// <param name="property">The property, for example "'criteria'".</param>
    /// <param name="options">The options.</param>
    /// <returns>The criteria.</returns>
    /// <exception cref="JsonException">The value is not an array of valid criteria.</exception>
    internal static IReadOnlyList<Criterion> ReadList(ref Utf8JsonReader reader, string property, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonFields.Unexpected(ref reader, property + ": an array of " + Owner);
        }

        var criteria = new List<Criterion>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            criteria.Add(Instance.Read(ref reader, typeof(Criterion), options));
        }

        return criteria;
    }

    /// <summary>Writes an array of criteria.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name.</param>
    /// <param name="criteria">The criteria.</param>
    /// <param name="options">The options.</param>
    internal static void WriteList(Utf8JsonWriter writer, string name, IReadOnlyList<Criterion> criteria, JsonSerializerOptions options)
    {
        writer.WriteStartArray(name);
        foreach (var criterion in criteria)
        {
            Instance.Write(writer, criterion, options);
        }

        writer.WriteEndArray();
    }
}

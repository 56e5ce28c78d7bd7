using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="QuotaGroup"/> as <c>{"name":"Chi bộ 3","tally":{…},"outstandingException":false}</c>;
/// <c>"outstandingException"</c> may be left out (false).
/// </summary>
public sealed class QuotaGroupJsonConverter : JsonConverter<QuotaGroup>
{
    private const string Owner = "a quota group {\"name\",\"tally\",\"outstandingException\"}";

    /// <summary>Gets the shared instance, used by the converter of quota excesses.</summary>
    /// <value>A stateless converter.</value>
    internal static QuotaGroupJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a property is missing, or the name is blank.</exception>
    public override QuotaGroup Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        string? groupName = null;
        RatingTally? tally = null;
        var outstanding = false;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "name": groupName = JsonFields.String(ref reader, "'name': a non-blank string"); break;
                case "tally": tally = RatingTallyJsonConverter.Instance.Read(ref reader, typeof(RatingTally), options); break;
                case "outstandingException": outstanding = JsonFields.Boolean(ref reader, "'outstandingException': true or false"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        var groupTally = tally ?? throw JsonFields.Missing("tally", Owner);
        try
        {
            return new QuotaGroup(groupName ?? throw JsonFields.Missing("name", Owner), groupTally, outstanding);
        }
        catch (ArgumentException ex)
        {
            throw JsonFields.Invalid(Owner + " with a non-blank 'name'", ex);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, QuotaGroup value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.WritePropertyName("tally");
        RatingTallyJsonConverter.Instance.Write(writer, value.Tally, options);
        writer.WriteBoolean("outstandingException", value.OutstandingException);
        writer.WriteEndObject();
    }
}

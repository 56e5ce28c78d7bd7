using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Reviews;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="RemediationFinding"/> as
/// <c>{"subject":{…review subject…},"cycleId":"C-2025","item":{…remediation item…}}</c>. All properties are required;
/// the cycle id must not be blank (as for <see cref="ReviewPlanned"/>).
/// </summary>
public sealed class RemediationFindingJsonConverter : JsonConverter<RemediationFinding>
{
    private const string Owner = "a remediation finding {\"subject\",\"cycleId\",\"item\"}";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, or a property is missing, blank or invalid.</exception>
    public override RemediationFinding Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        ReviewSubject? subject = null;
        string? cycleId = null;
        RemediationItem? item = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "subject": subject = ReviewSubjectJsonConverter.Instance.Read(ref reader, typeof(ReviewSubject), options); break;
                case "cycleId": cycleId = JsonFields.String(ref reader, "'cycleId': a non-blank string"); break;
                case "item": item = RemediationItemJsonConverter.Instance.Read(ref reader, typeof(RemediationItem), options); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        var who = subject ?? throw JsonFields.Missing("subject", Owner);
        var cycle = cycleId ?? throw JsonFields.Missing("cycleId", Owner);
        if (string.IsNullOrWhiteSpace(cycle))
        {
            throw new JsonException($"Expected {Owner} with a non-blank 'cycleId', but found \"{cycle}\".");
        }

        return new RemediationFinding(who, cycle, item ?? throw JsonFields.Missing("item", Owner));
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The subject is <c>default(ReviewSubject)</c>.</exception>
    public override void Write(Utf8JsonWriter writer, RemediationFinding value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WritePropertyName("subject");
        ReviewSubjectJsonConverter.Instance.Write(writer, value.Subject, options);
        writer.WriteString("cycleId", value.CycleId);
        writer.WritePropertyName("item");
        RemediationItemJsonConverter.Instance.Write(writer, value.Item, options);
        writer.WriteEndObject();
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;
using PartyWork.Domain.Reviews;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="ReviewDeadline"/> as
/// <c>{"subject":{"kind":"Member","organizationId":"D1","partyId":"p1"},"stage":"Conference","due":"2025-02-15"}</c>.
/// All properties are required; the stage must be one that has a deadline (not <see cref="ReviewStage.Planned"/>, as
/// for <see cref="DeadlineSet"/>).
/// </summary>
/// <remarks><c>default(ReviewDeadline)</c> (the default subject) cannot be written.</remarks>
public sealed class ReviewDeadlineJsonConverter : JsonConverter<ReviewDeadline>
{
    private const string Owner = "a review deadline {\"subject\",\"stage\",\"due\"}";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a property is missing or invalid, or the stage has no deadline.</exception>
    public override ReviewDeadline Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        ReviewSubject? subject = null;
        ReviewStage? stage = null;
        LocalDate? due = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "subject": subject = ReviewSubjectJsonConverter.Instance.Read(ref reader, typeof(ReviewSubject), options); break;
                case "stage": stage = JsonFields.Enum<ReviewStage>(ref reader, "'stage': a review stage"); break;
                case "due": due = JsonFields.Date(ref reader, "'due': an ISO date \"uuuu-MM-dd\""); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        var who = subject ?? throw JsonFields.Missing("subject", Owner);
        var which = stage ?? throw JsonFields.Missing("stage", Owner);
        var day = due ?? throw JsonFields.Missing("due", Owner);
        try
        {
            return new ReviewDeadline(who, Guard.Against.StageWithoutDeadline(which, "stage"), day);
        }
        catch (ArgumentException ex)
        {
            throw JsonFields.Invalid(Owner + " whose 'stage' has a deadline", ex);
        }
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The subject is <c>default(ReviewSubject)</c>, or the stage is not defined or has no deadline (<see cref="ReviewStage.Planned"/>).</exception>
    public override void Write(Utf8JsonWriter writer, ReviewDeadline value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var stage = JsonFields.EnumName(value.Stage);
        if (value.Stage == ReviewStage.Planned)
        {
            throw new JsonException("Cannot write a deadline for the stage Planned: that stage has no deadline, so it could not be read back.");
        }

        writer.WriteStartObject();
        writer.WritePropertyName("subject");
        ReviewSubjectJsonConverter.Instance.Write(writer, value.Subject, options);
        writer.WriteString("stage", stage);
        JsonFields.WriteDate(writer, "due", value.Due);
        writer.WriteEndObject();
    }
}

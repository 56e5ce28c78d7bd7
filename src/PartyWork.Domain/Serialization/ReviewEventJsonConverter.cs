using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Reviews;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="ReviewEvent"/> as one object whose first property <c>"type"</c> is the stable name of the event
/// (<c>"ReviewPlanned"</c>, <c>"FeedbackOpened"</c>, <c>"FeedbackReceived"</c>, <c>"SelfAssessmentSubmitted"</c>,
/// <c>"ConferenceHeld"</c>, <c>"RatingProposed"</c>, <c>"RatingDecided"</c>, <c>"ResultAnnounced"</c>,
/// <c>"RemediationPlanned"</c>, <c>"RemediationStatusChanged"</c>, <c>"ReviewClosed"</c>, <c>"DeadlineSet"</c>), then
/// <c>"subject"</c> and <c>"at"</c> (NodaTime extended ISO instant), then the event's own properties:
/// <c>{"type":"RatingDecided","subject":{"kind":"Member","organizationId":"D1","partyId":"p1"},"at":"2025-01-20T02:00:00Z","level":"Good","facts":{…}}</c>.
/// </summary>
/// <remarks>
/// The discriminator is found wherever it stands in the object (the reader looks ahead for it). <see cref="ReviewPlanned.Policy"/> is written as the
/// <see cref="RatingPolicy.Name"/> of a policy of <see cref="RatingPolicies.All"/> and read back as that same policy; a
/// custom policy cannot be written (<see cref="JsonException"/>). See docs/decisions/serialization-review-events.md.
/// </remarks>
public sealed class ReviewEventJsonConverter : JsonConverter<ReviewEvent>
{
    private const string Owner = "a review event {\"type\",\"subject\",\"at\",…}";

    private static readonly string[] TypeNames =
    [
        nameof(ReviewPlanned), nameof(FeedbackOpened), nameof(FeedbackReceived), nameof(SelfAssessmentSubmitted),
        nameof(ConferenceHeld), nameof(RatingProposed), nameof(RatingDecided), nameof(ResultAnnounced),
        nameof(RemediationPlanned), nameof(RemediationStatusChanged), nameof(ReviewClosed), nameof(DeadlineSet),
    ];

    /// <summary>Gets the shared instance, used by the converters of the event types.</summary>
    /// <value>A stateless converter.</value>
    internal static ReviewEventJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, the type is unknown, or a property is missing or invalid.</exception>
    public override ReviewEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        var type = FindType(reader);
        string? cycleId = null, policyName = null, itemId = null;
        ReviewSubject? subject = null;
        Instant? at = null;
        FeedbackItem? feedback = null;
        RemediationItem? remediation = null;
        RatingLevel? level = null;
        RatingFacts? facts = null;
        RemediationStatus? status = null;
        ReviewStage? stage = null;
        LocalDate? due = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "type": JsonFields.SkipValue(ref reader); break;
                case "subject": subject = ReviewSubjectJsonConverter.Instance.Read(ref reader, typeof(ReviewSubject), options); break;
                case "at": at = JsonFields.Instant(ref reader, "'at': an ISO instant \"uuuu-MM-ddTHH:mm:ss.FFFFFFFFFZ\""); break;
                case "cycleId": cycleId = JsonFields.String(ref reader, "'cycleId': a non-blank string"); break;
                case "policy": policyName = JsonFields.String(ref reader, "'policy': the name of a built-in rating policy"); break;
                case "item" when type == nameof(RemediationPlanned):
                    remediation = RemediationItemJsonConverter.Instance.Read(ref reader, typeof(RemediationItem), options);
                    break;
                case "item": feedback = FeedbackItemJsonConverter.Instance.Read(ref reader, typeof(FeedbackItem), options); break;
                case "level": level = JsonFields.Enum<RatingLevel>(ref reader, "'level': a rating level"); break;
                case "selfRating": level = JsonFields.Enum<RatingLevel>(ref reader, "'selfRating': a rating level"); break;
                case "facts":
                    facts = reader.TokenType == JsonTokenType.Null ? null : RatingFactsJsonConverter.Instance.Read(ref reader, typeof(RatingFacts), options);
                    break;
                case "itemId": itemId = JsonFields.String(ref reader, "'itemId': a non-blank string"); break;
                case "status": status = JsonFields.Enum<RemediationStatus>(ref reader, "'status'"); break;
                case "stage": stage = JsonFields.Enum<ReviewStage>(ref reader, "'stage'"); break;
                case "due": due = JsonFields.Date(ref reader, "'due': an ISO date \"uuuu-MM-dd\""); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        var eventType = type;
        var who = subject ?? throw JsonFields.Missing("subject", Owner);
        var when = at ?? throw JsonFields.Missing("at", Owner);
        try
        {
            return eventType switch
            {
                nameof(ReviewPlanned) => new ReviewPlanned(
                    who, when, cycleId ?? throw JsonFields.Missing("cycleId", Owner), RatingPolicyJsonConverter.Find(policyName ?? throw JsonFields.Missing("policy", Owner), "'policy'")),
                nameof(FeedbackOpened) => new FeedbackOpened(who, when),
                nameof(FeedbackReceived) => new FeedbackReceived(who, when, feedback ?? throw JsonFields.Missing("item", Owner)),
                nameof(SelfAssessmentSubmitted) => new SelfAssessmentSubmitted(who, when, level ?? throw JsonFields.Missing("selfRating", Owner)),
                nameof(ConferenceHeld) => new ConferenceHeld(who, when),
                nameof(RatingProposed) => new RatingProposed(who, when, level ?? throw JsonFields.Missing("level", Owner), facts),
                nameof(RatingDecided) => new RatingDecided(who, when, level ?? throw JsonFields.Missing("level", Owner), facts),
                nameof(ResultAnnounced) => new ResultAnnounced(who, when),
                nameof(RemediationPlanned) => new RemediationPlanned(who, when, remediation ?? throw JsonFields.Missing("item", Owner)),
                nameof(RemediationStatusChanged) => new RemediationStatusChanged(
                    who, when, itemId ?? throw JsonFields.Missing("itemId", Owner), status ?? throw JsonFields.Missing("status", Owner)),
                nameof(ReviewClosed) => new ReviewClosed(who, when),
                _ => new DeadlineSet(who, when, stage ?? throw JsonFields.Missing("stage", Owner), due ?? throw JsonFields.Missing("due", Owner)),
            };
        }
        catch (ArgumentException ex)
        {
            throw JsonFields.Invalid($"{Owner} of type {eventType} with valid properties", ex);
        }
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The event is of a type this contract does not know, or its policy is not built in.</exception>
    public override void Write(Utf8JsonWriter writer, ReviewEvent value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        var type = value.GetType().Name;
        if (Array.IndexOf(TypeNames, type) < 0 || value.GetType().Namespace != typeof(ReviewEvent).Namespace)
        {
            throw new JsonException($"Cannot write the review event type {value.GetType()}: it has no JSON contract.");
        }

        writer.WriteStartObject();
        writer.WriteString("type", type);
        writer.WritePropertyName("subject");
        ReviewSubjectJsonConverter.Instance.Write(writer, value.Subject, options);
        JsonFields.WriteInstant(writer, "at", value.At);
        switch (value)
        {
            case ReviewPlanned planned:
                writer.WriteString("cycleId", planned.CycleId);
                writer.WriteString("policy", RatingPolicyJsonConverter.NameOf(planned.Policy));
                break;
            case FeedbackReceived received:
                writer.WritePropertyName("item");
                FeedbackItemJsonConverter.Instance.Write(writer, received.Item, options);
                break;
            case SelfAssessmentSubmitted self:
                writer.WriteString("selfRating", JsonFields.EnumName(self.SelfRating));
                break;
            case RatingProposed proposed:
                writer.WriteString("level", JsonFields.EnumName(proposed.Level));
                writer.WritePropertyName("facts");
                RatingFactsJsonConverter.Instance.Write(writer, proposed.Facts, options);
                break;
            case RatingDecided decided:
                writer.WriteString("level", JsonFields.EnumName(decided.Level));
                writer.WritePropertyName("facts");
                RatingFactsJsonConverter.Instance.Write(writer, decided.Facts, options);
                break;
            case RemediationPlanned plannedItem:
                writer.WritePropertyName("item");
                RemediationItemJsonConverter.Instance.Write(writer, plannedItem.Item, options);
                break;
            case RemediationStatusChanged changed:
                writer.WriteString("itemId", changed.ItemId);
                writer.WriteString("status", JsonFields.EnumName(changed.Status));
                break;
            case DeadlineSet deadline:
                writer.WriteString("stage", JsonFields.EnumName(deadline.Stage));
                JsonFields.WriteDate(writer, "due", deadline.Due);
                break;
            default:
                break;
        }

        writer.WriteEndObject();
    }

    private static string FindType(Utf8JsonReader scan)
    {
        // A copy of the reader looks ahead for the discriminator, so "type" may stand anywhere in the object.
        while (JsonFields.NextProperty(ref scan, out var name))
        {
            if (name == "type")
            {
                return ReadType(ref scan);
            }

            JsonFields.SkipValue(ref scan);
        }

        throw JsonFields.Missing("type", Owner);
    }

    private static string ReadType(ref Utf8JsonReader reader)
    {
        var expected = $"'type': one of \"{string.Join("\", \"", TypeNames)}\"";
        var text = JsonFields.String(ref reader, expected);
        return Array.IndexOf(TypeNames, text) >= 0 ? text : throw JsonFields.Unexpected(ref reader, expected);
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes <see cref="RatingFacts"/> as an object with the camelCase name of each property:
/// <c>{"subject":"Individual","proposed":"Good","score":82.5,"targets":{"total":10,"done":9,"onTime":8,"exceeded":2},"forceMajeure":false,…}</c>.
/// Properties whose value is <see langword="null"/> are left out, and a missing property reads as its default; only
/// <c>"subject"</c> is required. Derived properties (<see cref="RatingFacts.Checked"/>, <see cref="RatingFacts.EffectiveScore"/>,
/// <see cref="RatingFacts.ScoreSheetViolations"/>) are not written.
/// </summary>
/// <remarks>
/// A <see cref="RatingFacts.ScoreSheet"/> is written whole (<see cref="ScoreSheetJsonConverter"/>, its criteria set
/// included) as <c>"scoreSheet"</c>, after <c>"score"</c>; reading it checks it again, so the sheet's violations and
/// score come back as they were. Targets and the discipline record have the shapes of
/// <see cref="TargetFiguresJsonConverter"/> and <see cref="DisciplineRecordJsonConverter"/>.
/// </remarks>
public sealed class RatingFactsJsonConverter : JsonConverter<RatingFacts>
{
    private const string Owner = "rating facts {\"subject\",…}";

    /// <summary>Gets the shared instance, used by the converter of review events.</summary>
    /// <value>A stateless converter.</value>
    internal static RatingFactsJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, the subject is missing, or a value is of the wrong type or out of range.</exception>
    public override RatingFacts Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        RatingSubjectKind? subject = null;
        RatingLevel? selfRating = null, proposed = null, ledUnitRating = null, civilServiceRating = null;
        decimal? score = null, lowConfidence = null;
        ScoreSheet? sheet = null;
        TargetFigures? targets = null, ledUnitTargets = null;
        CriterionGrade? taskGrade = null, lowestGrade = null;
        var discipline = DisciplineRecord.None;
        var memberDiscipline = Discipline.None;
        RatingTally? subUnits = null;
        long disciplined = 0, selfDetected = 0, handled = 0, corruption = 0;
        bool forceMajeure = false, memberSelfDetected = false, degradation = false, suspended = false;
        int? months = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "subject": subject = JsonFields.Enum<RatingSubjectKind>(ref reader, "'subject'"); break;
                case "selfRating": selfRating = NullableLevel(ref reader, "'selfRating'"); break;
                case "proposed": proposed = NullableLevel(ref reader, "'proposed'"); break;
                case "score": score = JsonFields.NullableDecimal(ref reader, "'score': a number"); break;
                case "scoreSheet":
                    sheet = reader.TokenType == JsonTokenType.Null ? null : ScoreSheetJsonConverter.Instance.Read(ref reader, typeof(ScoreSheet), options);
                    break;
                case "targets": targets = TargetFiguresJsonConverter.ReadNullable(ref reader, "'targets'"); break;
                case "ledUnitTargets": ledUnitTargets = TargetFiguresJsonConverter.ReadNullable(ref reader, "'ledUnitTargets'"); break;
                case "forceMajeure": forceMajeure = JsonFields.Boolean(ref reader, "'forceMajeure': true or false"); break;
                case "taskResultGrade": taskGrade = NullableGrade(ref reader, "'taskResultGrade'"); break;
                case "lowestOtherGrade": lowestGrade = NullableGrade(ref reader, "'lowestOtherGrade'"); break;
                case "discipline": discipline = DisciplineRecordJsonConverter.Instance.Read(ref reader, typeof(DisciplineRecord), options); break;
                case "leadershipMemberDiscipline": memberDiscipline = JsonFields.Enum<Discipline>(ref reader, "'leadershipMemberDiscipline'"); break;
                case "subUnits":
                    subUnits = reader.TokenType == JsonTokenType.Null ? null : RatingTallyJsonConverter.Instance.Read(ref reader, typeof(RatingTally), options);
                    break;
                case "disciplinedSubUnits": disciplined = JsonFields.Count(ref reader, "'disciplinedSubUnits'"); break;
                case "selfDetectedDisciplinedSubUnits": selfDetected = JsonFields.Count(ref reader, "'selfDetectedDisciplinedSubUnits'"); break;
                case "subUnitsHandledForViolations": handled = JsonFields.Count(ref reader, "'subUnitsHandledForViolations'"); break;
                case "subUnitsDisciplinedForCorruptionOrWaste": corruption = JsonFields.Count(ref reader, "'subUnitsDisciplinedForCorruptionOrWaste'"); break;
                case "leadershipMemberSelfDetected": memberSelfDetected = JsonFields.Boolean(ref reader, "'leadershipMemberSelfDetected': true or false"); break;
                case "ledUnitRating": ledUnitRating = NullableLevel(ref reader, "'ledUnitRating'"); break;
                case "lowConfidencePercent": lowConfidence = JsonFields.NullableDecimal(ref reader, "'lowConfidencePercent': a number"); break;
                case "degradationConcluded": degradation = JsonFields.Boolean(ref reader, "'degradationConcluded': true or false"); break;
                case "civilServiceRating": civilServiceRating = NullableLevel(ref reader, "'civilServiceRating'"); break;
                case "isSuspended": suspended = JsonFields.Boolean(ref reader, "'isSuspended': true or false"); break;
                case "monthsSinceAdmission": months = JsonFields.NullableInt32(ref reader, "'monthsSinceAdmission': an integer from 0"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        var kind = subject ?? throw JsonFields.Missing("subject", Owner);
        try
        {
            return new RatingFacts(kind)
            {
                SelfRating = selfRating,
                Proposed = proposed,
                Score = score,
                ScoreSheet = sheet,
                Targets = targets,
                LedUnitTargets = ledUnitTargets,
                ForceMajeure = forceMajeure,
                TaskResultGrade = taskGrade,
                LowestOtherGrade = lowestGrade,
                Discipline = discipline,
                LeadershipMemberDiscipline = memberDiscipline,
                SubUnits = subUnits,
                DisciplinedSubUnits = disciplined,
                SelfDetectedDisciplinedSubUnits = selfDetected,
                SubUnitsHandledForViolations = handled,
                SubUnitsDisciplinedForCorruptionOrWaste = corruption,
                LeadershipMemberSelfDetected = memberSelfDetected,
                LedUnitRating = ledUnitRating,
                LowConfidencePercent = lowConfidence,
                DegradationConcluded = degradation,
                CivilServiceRating = civilServiceRating,
                IsSuspended = suspended,
                MonthsSinceAdmission = months,
            };
        }
        catch (ArgumentException ex)
        {
            throw JsonFields.Invalid(Owner + " within range ('score' 0–100, 'lowConfidencePercent' 0–100, 'monthsSinceAdmission' from 0)", ex);
        }
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">An enumeration value is not defined, or the score sheet cannot be written.</exception>
    public override void Write(Utf8JsonWriter writer, RatingFacts value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("subject", JsonFields.EnumName(value.Subject));
        WriteLevel(writer, "selfRating", value.SelfRating);
        WriteLevel(writer, "proposed", value.Proposed);
        if (value.Score is { } score)
        {
            writer.WriteNumber("score", score);
        }

        if (value.ScoreSheet is { } scoreSheet)
        {
            writer.WritePropertyName("scoreSheet");
            ScoreSheetJsonConverter.Instance.Write(writer, scoreSheet, options);
        }

        WriteTargets(writer, "targets", value.Targets, options);
        WriteTargets(writer, "ledUnitTargets", value.LedUnitTargets, options);
        writer.WriteBoolean("forceMajeure", value.ForceMajeure);
        WriteGrade(writer, "taskResultGrade", value.TaskResultGrade);
        WriteGrade(writer, "lowestOtherGrade", value.LowestOtherGrade);
        writer.WritePropertyName("discipline");
        DisciplineRecordJsonConverter.Instance.Write(writer, value.Discipline, options);
        writer.WriteString("leadershipMemberDiscipline", JsonFields.EnumName(value.LeadershipMemberDiscipline));
        if (value.SubUnits is { } subUnits)
        {
            writer.WritePropertyName("subUnits");
            RatingTallyJsonConverter.Instance.Write(writer, subUnits, options);
        }

        writer.WriteNumber("disciplinedSubUnits", value.DisciplinedSubUnits);
        writer.WriteNumber("selfDetectedDisciplinedSubUnits", value.SelfDetectedDisciplinedSubUnits);
        writer.WriteNumber("subUnitsHandledForViolations", value.SubUnitsHandledForViolations);
        writer.WriteNumber("subUnitsDisciplinedForCorruptionOrWaste", value.SubUnitsDisciplinedForCorruptionOrWaste);
        writer.WriteBoolean("leadershipMemberSelfDetected", value.LeadershipMemberSelfDetected);
        WriteLevel(writer, "ledUnitRating", value.LedUnitRating);
        if (value.LowConfidencePercent is { } low)
        {
            writer.WriteNumber("lowConfidencePercent", low);
        }

        writer.WriteBoolean("degradationConcluded", value.DegradationConcluded);
        WriteLevel(writer, "civilServiceRating", value.CivilServiceRating);
        writer.WriteBoolean("isSuspended", value.IsSuspended);
        if (value.MonthsSinceAdmission is { } months)
        {
            writer.WriteNumber("monthsSinceAdmission", months);
        }

        writer.WriteEndObject();
    }

    private static RatingLevel? NullableLevel(ref Utf8JsonReader reader, string property) =>
        reader.TokenType == JsonTokenType.Null ? null : JsonFields.Enum<RatingLevel>(ref reader, property + ": a rating level");

    private static CriterionGrade? NullableGrade(ref Utf8JsonReader reader, string property) =>
        reader.TokenType == JsonTokenType.Null ? null : JsonFields.Enum<CriterionGrade>(ref reader, property + ": a criterion grade");

    private static void WriteLevel(Utf8JsonWriter writer, string name, RatingLevel? level)
    {
        if (level is { } value)
        {
            writer.WriteString(name, JsonFields.EnumName(value));
        }
    }

    private static void WriteGrade(Utf8JsonWriter writer, string name, CriterionGrade? grade)
    {
        if (grade is { } value)
        {
            writer.WriteString(name, JsonFields.EnumName(value));
        }
    }

    private static void WriteTargets(Utf8JsonWriter writer, string name, TargetFigures? targets, JsonSerializerOptions options)
    {
        if (targets is { } value)
        {
            writer.WritePropertyName(name);
            TargetFiguresJsonConverter.Instance.Write(writer, value, options);
        }
    }
}

using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Organizations;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Ratios;
using PartyWork.Domain.Reviews;
using PartyWork.Domain.Terms;
using PartyWork.Domain.Text;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// One converter for every PartyWork.Domain type with a JSON contract: it hands out the type's own converter
/// (<see cref="RatioJsonConverter"/>, <see cref="RatingTallyJsonConverter"/>, …). <see cref="PartyWorkJson.Configure"/>
/// registers it, and <see cref="PartyWorkJsonContext"/> attaches it; attach it to your own
/// <see cref="JsonSerializerContext"/> with <c>[JsonSourceGenerationOptions(Converters = [typeof(PartyWorkJsonConverterFactory)])]</c>.
/// </summary>
/// <remarks>
/// The list of converters is fixed when the class loads and never changes; the factory and the converters it returns are
/// stateless and safe to share between threads. No reflection is used: each converter is created directly. For the
/// same reason <see cref="RankedItem{T}"/>, generic over the caller's item type, is not handled here: attach a
/// <see cref="RankedItemJsonConverter{T}"/> per item type.
/// </remarks>
public sealed class PartyWorkJsonConverterFactory : JsonConverterFactory
{
    // Adding a type is one line here (and one [JsonSerializable] line on PartyWorkJsonContext).
    private static readonly FrozenDictionary<Type, JsonConverter> Converters = new JsonConverter[]
    {
        new RatioJsonConverter(),
        new TextPositionJsonConverter(),
        new ClaimCheckOptionsJsonConverter(),
        new PercentClaimCheckJsonConverter(),
        new SumClaimCheckJsonConverter(),
        new ReportClaimJsonConverter(),
        new ReviewPeriodJsonConverter(),
        new CongressTermJsonConverter(),
        new CentralCommitteeTermJsonConverter(),
        new PlenumJsonConverter(),
        new PlenumReferenceJsonConverter(),
        new DocumentSymbolJsonConverter(),
        new DocumentReferenceJsonConverter(),
        new RatingLevelJsonConverter(),
        new RatingTallyJsonConverter(),
        new RatingFigureJsonConverter(),
        new RatingShareJsonConverter(),
        new RatingCapJsonConverter(),
        new RuleViolationJsonConverter(),
        new QuotaGroupJsonConverter(),
        new QuotaExcessJsonConverter(),
        new ValidityPeriodJsonConverter(),
        new OrganizationRowJsonConverter(),
        new TenureJsonConverter(),
        new CellMembershipJsonConverter(),
        new OrganizationViolationJsonConverter(),
        new OrganizationTreeProblemJsonConverter(),
        new ReviewSubjectJsonConverter(),
        new FeedbackItemJsonConverter(),
        new RemediationItemJsonConverter(),
        new OrderViolationJsonConverter(),
        new ReviewRefusalJsonConverter(),
        new RatingFactsJsonConverter(),
        new TargetFiguresJsonConverter(),
        new DisciplineRecordJsonConverter(),
        new ScoreDeductionJsonConverter(),
        new CriterionJsonConverter(),
        new CriteriaSetJsonConverter(),
        new ScoreSheetJsonConverter(),
        new RatingPolicyJsonConverter(),
        new RatingDecisionJsonConverter(),
        new YearRatingJsonConverter(),
        new TermRatingResultJsonConverter(),
        new HistoryFlagJsonConverter(),
        new QuotaRuleJsonConverter(),
        new QuotaCandidateJsonConverter(),
        new QuotaAssignmentJsonConverter(),
        new QuotaSolutionJsonConverter(),
        new LegacyMappingJsonConverter(),
        new ReviewDeadlineJsonConverter(),
        new RemediationFindingJsonConverter(),
        new FeedbackCountsJsonConverter(),
        new ParsedNumberJsonConverter(),
        new ReviewEventJsonConverter(),
        new ReviewEventSubtypeJsonConverter<ReviewPlanned>(),
        new ReviewEventSubtypeJsonConverter<FeedbackOpened>(),
        new ReviewEventSubtypeJsonConverter<FeedbackReceived>(),
        new ReviewEventSubtypeJsonConverter<SelfAssessmentSubmitted>(),
        new ReviewEventSubtypeJsonConverter<ConferenceHeld>(),
        new ReviewEventSubtypeJsonConverter<RatingProposed>(),
        new ReviewEventSubtypeJsonConverter<RatingDecided>(),
        new ReviewEventSubtypeJsonConverter<ResultAnnounced>(),
        new ReviewEventSubtypeJsonConverter<RemediationPlanned>(),
        new ReviewEventSubtypeJsonConverter<RemediationStatusChanged>(),
        new ReviewEventSubtypeJsonConverter<ReviewClosed>(),
        new ReviewEventSubtypeJsonConverter<DeadlineSet>(),
        new EnumNameJsonConverter<ClaimVerdict>(),
        new EnumNameJsonConverter<ReportClaimKind>(),
        new EnumNameJsonConverter<ReviewPeriodKind>(),
        new EnumNameJsonConverter<PlenumReferenceKind>(),
        new EnumNameJsonConverter<OrganizationTreeProblemKind>(),
        new EnumNameJsonConverter<ReviewSubjectKind>(),
        new EnumNameJsonConverter<FeedbackSource>(),
        new EnumNameJsonConverter<RemediationStatus>(),
        new EnumNameJsonConverter<ReviewStage>(),
        new EnumNameJsonConverter<RatingSubjectKind>(),
        new EnumNameJsonConverter<CriterionGrade>(),
        new EnumNameJsonConverter<Discipline>(),
        new EnumNameJsonConverter<RegulationVersion>(),
        new EnumNameJsonConverter<LegacyRatingLevel>(),
        new EnumNameJsonConverter<NumberNotation>(),
        new EnumNameJsonConverter<CongressLevel>(),
        new EnumNameJsonConverter<LegacyScale>(),
        new EnumNameJsonConverter<LevelOrder>(),
        new EnumNameJsonConverter<OrdinalNotation>(),
        new EnumNameJsonConverter<RankingMethod>(),
        new EnumNameJsonConverter<ReviewCycleKind>(),
        new EnumNameJsonConverter<RomanNumeralStyle>(),
        new EnumNameJsonConverter<TonePlacement>(),
        new FlagsNameJsonConverter<RatingSubjects>(),
        new FlagsNameJsonConverter<HistoryRoles>(),
    }.ToFrozenDictionary(converter => converter.Type!);

    /// <summary>Gets the types this factory converts.</summary>
    /// <value>Each type with a JSON contract, once; <see cref="Nullable{T}"/> of the structs is handled by the serializer.</value>
    public static IReadOnlyCollection<Type> SupportedTypes => Converters.Keys;

    /// <summary>Tells whether the factory has a converter for <paramref name="typeToConvert"/>.</summary>
    /// <param name="typeToConvert">The type.</param>
    /// <returns><see langword="true"/> for a type in <see cref="SupportedTypes"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="typeToConvert"/> is <see langword="null"/>.</exception>
    public override bool CanConvert(Type typeToConvert)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return Converters.ContainsKey(typeToConvert);
    }

    /// <summary>Gets the converter of <paramref name="typeToConvert"/>.</summary>
    /// <param name="typeToConvert">A type in <see cref="SupportedTypes"/>.</param>
    /// <param name="options">Not used.</param>
    /// <returns>The shared converter of that type.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="typeToConvert"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="typeToConvert"/> is not a supported type.</exception>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return Converters.TryGetValue(typeToConvert, out var converter)
            ? converter
            : throw new ArgumentException($"PartyWork.Domain has no JSON converter for {typeToConvert}.", nameof(typeToConvert));
    }
}

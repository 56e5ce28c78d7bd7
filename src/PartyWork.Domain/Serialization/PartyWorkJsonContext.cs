using System.Text.Json.Serialization;
using NodaTime;
using PartyWork.Domain.Organizations;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Ratios;
using PartyWork.Domain.Reviews;
using PartyWork.Domain.Terms;
using PartyWork.Domain.Text;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Source-generated JSON metadata for every PartyWork.Domain type with a JSON contract (no reflection; trimming and
/// native AOT safe), with the same converters and the same JSON as <see cref="PartyWorkJson.Configure"/>.
/// </summary>
/// <remarks>
/// Use <c>JsonSerializer.Serialize(tally, PartyWorkJsonContext.Default.RatingTally)</c>, or combine it with your own
/// context through <c>JsonTypeInfoResolver.Combine</c>. NodaTime's <see cref="LocalDate"/>, <see cref="YearMonth"/> and
/// <see cref="Instant"/> and <see cref="DateInterval"/> are covered with NodaTime's ISO converters.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters = [typeof(PartyWorkJsonConverterFactory), typeof(NodaLocalDateJsonConverter), typeof(NodaYearMonthJsonConverter), typeof(NodaInstantJsonConverter), typeof(NodaDateIntervalJsonConverter)])]
[JsonSerializable(typeof(Ratio))]
[JsonSerializable(typeof(TextPosition))]
[JsonSerializable(typeof(ClaimCheckOptions))]
[JsonSerializable(typeof(PercentClaimCheck))]
[JsonSerializable(typeof(SumClaimCheck))]
[JsonSerializable(typeof(ReportClaim))]
[JsonSerializable(typeof(ReviewPeriod))]
[JsonSerializable(typeof(CongressTerm))]
[JsonSerializable(typeof(CentralCommitteeTerm))]
[JsonSerializable(typeof(Plenum))]
[JsonSerializable(typeof(PlenumReference))]
[JsonSerializable(typeof(DocumentSymbol))]
[JsonSerializable(typeof(DocumentReference))]
[JsonSerializable(typeof(RatingLevel))]
[JsonSerializable(typeof(RatingTally))]
[JsonSerializable(typeof(RatingFigure))]
[JsonSerializable(typeof(RatingShare))]
[JsonSerializable(typeof(RatingCap))]
[JsonSerializable(typeof(RuleViolation))]
[JsonSerializable(typeof(QuotaGroup))]
[JsonSerializable(typeof(QuotaExcess))]
[JsonSerializable(typeof(ValidityPeriod))]
[JsonSerializable(typeof(OrganizationRow))]
[JsonSerializable(typeof(Tenure))]
[JsonSerializable(typeof(CellMembership))]
[JsonSerializable(typeof(OrganizationViolation))]
[JsonSerializable(typeof(OrganizationTreeProblem))]
[JsonSerializable(typeof(ReviewSubject))]
[JsonSerializable(typeof(FeedbackItem))]
[JsonSerializable(typeof(RemediationItem))]
[JsonSerializable(typeof(OrderViolation))]
[JsonSerializable(typeof(ReviewRefusal))]
[JsonSerializable(typeof(RatingFacts))]
[JsonSerializable(typeof(TargetFigures))]
[JsonSerializable(typeof(DisciplineRecord))]
[JsonSerializable(typeof(ScoreDeduction))]
[JsonSerializable(typeof(Criterion))]
[JsonSerializable(typeof(CriteriaSet))]
[JsonSerializable(typeof(ScoreSheet))]
[JsonSerializable(typeof(RatingPolicy))]
[JsonSerializable(typeof(RatingDecision))]
[JsonSerializable(typeof(YearRating))]
[JsonSerializable(typeof(TermRatingResult))]
[JsonSerializable(typeof(HistoryFlag))]
[JsonSerializable(typeof(QuotaRule))]
[JsonSerializable(typeof(QuotaCandidate))]
[JsonSerializable(typeof(QuotaAssignment))]
[JsonSerializable(typeof(QuotaSolution))]
[JsonSerializable(typeof(LegacyMapping))]
[JsonSerializable(typeof(ReviewDeadline))]
[JsonSerializable(typeof(RemediationFinding))]
[JsonSerializable(typeof(FeedbackCounts))]
[JsonSerializable(typeof(ParsedNumber))]
[JsonSerializable(typeof(ReviewEvent))]
[JsonSerializable(typeof(ReviewPlanned))]
[JsonSerializable(typeof(FeedbackOpened))]
[JsonSerializable(typeof(FeedbackReceived))]
[JsonSerializable(typeof(SelfAssessmentSubmitted))]
[JsonSerializable(typeof(ConferenceHeld))]
[JsonSerializable(typeof(RatingProposed))]
[JsonSerializable(typeof(RatingDecided))]
[JsonSerializable(typeof(ResultAnnounced))]
[JsonSerializable(typeof(RemediationPlanned))]
[JsonSerializable(typeof(RemediationStatusChanged))]
[JsonSerializable(typeof(ReviewClosed))]
[JsonSerializable(typeof(DeadlineSet))]
[JsonSerializable(typeof(CongressLevel))]
[JsonSerializable(typeof(LegacyScale))]
[JsonSerializable(typeof(LevelOrder))]
[JsonSerializable(typeof(OrdinalNotation))]
[JsonSerializable(typeof(RankingMethod))]
[JsonSerializable(typeof(ReviewCycleKind))]
[JsonSerializable(typeof(RomanNumeralStyle))]
[JsonSerializable(typeof(TonePlacement))]
[JsonSerializable(typeof(HistoryRoles))]
[JsonSerializable(typeof(LocalDate))]
[JsonSerializable(typeof(YearMonth))]
[JsonSerializable(typeof(Instant))]
[JsonSerializable(typeof(DateInterval))]
public sealed partial class PartyWorkJsonContext : JsonSerializerContext;

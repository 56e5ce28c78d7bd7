using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Ratios;
using PartyWork.Domain.Reviews;
using PartyWork.Domain.Serialization;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Serialization;

/// <summary>Every type with a JSON contract round-trips through both the reflection and the source-generated path.</summary>
public sealed class JsonRoundTripTests
{
    private static readonly PartyWorkJsonContext Context = PartyWorkJsonContext.Default;

    [Property]
    public Property Ratio_AnyPartOfWhole_RoundTrips() =>
        Prop.ForAll(RatiosGenerators.Ratios(), ratio => JsonAssert.RoundTrips(ratio, Context.Ratio));

    [Property]
    public Property TextPosition_RoundTrips() =>
        Prop.ForAll(SerializationGenerators.Positions(), position => JsonAssert.RoundTrips(position, Context.TextPosition));

    [Property]
    public Property ClaimCheckOptions_RoundTrips() =>
        Prop.ForAll(SerializationGenerators.ClaimOptions(), options => JsonAssert.RoundTrips(options, Context.ClaimCheckOptions));

    [Property]
    public Property PercentClaimCheck_RoundTrips_WithItsDecimals() =>
        Prop.ForAll(SerializationGenerators.PercentChecks(), check =>
        {
            JsonAssert.RoundTrips(check, Context.PercentClaimCheck, (a, b) => a == b && a.Decimals == b.Decimals && a.Exact.Scale == b.Exact.Scale);
        });

    [Property]
    public Property SumClaimCheck_RoundTrips() =>
        Prop.ForAll(SerializationGenerators.SumChecks(), check =>
        {
            JsonAssert.RoundTrips(check, Context.SumClaimCheck, (a, b) => a == b && a.Difference == b.Difference);
        });

    [Property(MaxTest = 50)]
    public Property ReportClaim_RoundTrips() =>
        Prop.ForAll(SerializationGenerators.ScannedClaims(), claims =>
        {
            foreach (var claim in claims)
            {
                JsonAssert.RoundTrips(claim, Context.ReportClaim, SameClaim);
            }
        });

    [Property]
    public Property ReviewPeriod_RoundTrips() =>
        Prop.ForAll(TermsGenerators.PeriodArbitrary(), period => JsonAssert.RoundTrips(period, Context.ReviewPeriod));

    [Property]
    public Property CongressTerm_RoundTrips() =>
        Prop.ForAll(TermsGenerators.TermArbitrary(), term => JsonAssert.RoundTrips(term, Context.CongressTerm));

    [Property]
    public Property CentralCommitteeTerm_RoundTrips() =>
        Prop.ForAll(SerializationGenerators.CentralCommitteeTerms(), term => JsonAssert.RoundTrips(term, Context.CentralCommitteeTerm));

    [Property]
    public Property PlenumAndReference_RoundTrip() =>
        Prop.ForAll(TermsGenerators.PlenumReferences(), reference =>
        {
            JsonAssert.RoundTrips(reference, Context.PlenumReference);
            JsonAssert.RoundTrips(reference.Plenum, Context.Plenum);
        });

    [Property]
    public Property DocumentSymbol_RoundTrips() =>
        Prop.ForAll(TermsGenerators.Symbols(), symbol =>
        {
            JsonAssert.RoundTrips(symbol, Context.DocumentSymbol, (a, b) =>
                a.Equals(b) && a.TypeCode == b.TypeCode && a.IssuerCode == b.IssuerCode && a.IsKnownType == b.IsKnownType);
        });

    [Property]
    public Property DocumentReference_RoundTrips() =>
        Prop.ForAll(SerializationGenerators.DocumentReferences(), reference => JsonAssert.RoundTrips(reference, Context.DocumentReference));

    [Property]
    public Property RatingLevel_RoundTrips() =>
        Prop.ForAll(RatingsGenerators.Levels(), level => JsonAssert.RoundTrips(level, Context.RatingLevel));

    [Property]
    public Property RatingTally_RoundTrips() =>
        Prop.ForAll(RatingsGenerators.Tallies(), tally => JsonAssert.RoundTrips(tally, Context.RatingTally));

    [Property]
    public Property RatingFigure_RoundTrips_WithItsScale() =>
        Prop.ForAll(SerializationGenerators.Figures(), figure =>
        {
            JsonAssert.RoundTrips(figure, Context.RatingFigure, (a, b) => a == b && a.Value.Scale == b.Value.Scale);
        });

    [Property]
    public Property RatingShare_RoundTrips() =>
        Prop.ForAll(SerializationGenerators.Shares(), share =>
        {
            JsonAssert.RoundTrips(share, Context.RatingShare, (a, b) => a == b && a.Percent.Scale == b.Percent.Scale);
        });

    [Property(MaxTest = 50)]
    public Property RuleViolation_RoundTrips() =>
        Prop.ForAll(SerializationGenerators.Violations(), violation => JsonAssert.RoundTrips(violation, Context.RuleViolation, SameViolation));

    [Property(MaxTest = 50)]
    public Property RatingCap_RoundTrips() =>
        Prop.ForAll(SerializationGenerators.Caps(), cap =>
        {
            JsonAssert.RoundTrips(cap, Context.RatingCap, (a, b) =>
                a.RuleId == b.RuleId && a.Maximum == b.Maximum && a.Vietnamese == b.Vietnamese && a.English == b.English
                && a.Figures.SequenceEqual(b.Figures));
        });

    [Property]
    public Property QuotaGroup_RoundTrips() =>
        Prop.ForAll(SerializationGenerators.Groups(), group => JsonAssert.RoundTrips(group, Context.QuotaGroup));

    [Property]
    public Property QuotaExcess_RoundTrips() =>
        Prop.ForAll(SerializationGenerators.Excesses(), excess =>
        {
            JsonAssert.RoundTrips(excess, Context.QuotaExcess, (a, b) =>
                a.Group == b.Group && a.AllowedWithCurrentGood == b.AllowedWithCurrentGood
                && a.MinimumDemotions == b.MinimumDemotions && a.Excess == b.Excess && SameViolation(a.Violation, b.Violation));
        });

    [Property]
    public Property ValidityPeriod_RoundTrips() =>
        Prop.ForAll(SerializationGenerators.ValidityPeriods(), period => JsonAssert.RoundTrips(period, Context.ValidityPeriod));

    [Property]
    public Property OrganizationRow_RoundTrips() =>
        Prop.ForAll(SerializationGenerators.OrganizationRows(), row => JsonAssert.RoundTrips(row, Context.OrganizationRow));

    [Property]
    public Property Tenure_RoundTrips() =>
        Prop.ForAll(SerializationGenerators.Tenures(), tenure => JsonAssert.RoundTrips(tenure, Context.Tenure));

    [Property]
    public Property CellMembership_RoundTrips() =>
        Prop.ForAll(SerializationGenerators.Memberships(), membership => JsonAssert.RoundTrips(membership, Context.CellMembership));

    [Property(MaxTest = 50)]
    public Property OrganizationViolation_RoundTrips() =>
        Prop.ForAll(SerializationGenerators.OrganizationViolations(), violation => JsonAssert.RoundTrips(violation, Context.OrganizationViolation));

    [Property(MaxTest = 50)]
    public Property OrganizationTreeProblem_RoundTrips() =>
        Prop.ForAll(SerializationGenerators.TreeProblems(), problem => JsonAssert.RoundTrips(problem, Context.OrganizationTreeProblem));

    [Property]
    public Property ReviewSubject_RoundTrips() =>
        Prop.ForAll(SerializationGenerators.Subjects(), subject => JsonAssert.RoundTrips(subject, Context.ReviewSubject));

    [Property]
    public Property FeedbackAndRemediationItems_RoundTrip() =>
        Prop.ForAll(SerializationGenerators.FeedbackItems(), SerializationGenerators.RemediationItems(), (feedback, remediation) =>
        {
            JsonAssert.RoundTrips(feedback, Context.FeedbackItem);
            JsonAssert.RoundTrips(remediation, Context.RemediationItem);
        });

    [Property]
    public Property RatingFacts_RoundTrip() =>
        Prop.ForAll(SerializationGenerators.Facts(), facts => JsonAssert.RoundTrips(facts, Context.RatingFacts));

    [Property]
    public Property RatingFacts_WithAScoreSheet_RoundTrip_WithItsViolationsAndScore() =>
        Prop.ForAll(SerializationGenerators.Facts(), SerializationGenerators.Sheets(), (facts, sheet) =>
        {
            var withSheet = facts with { ScoreSheet = sheet };
            JsonAssert.RoundTrips(withSheet, Context.RatingFacts, (a, b) =>
                a == b && a.EffectiveScore == b.EffectiveScore && a.ScoreSheetViolations.Count == b.ScoreSheetViolations.Count
                && a.ScoreSheetViolations.Zip(b.ScoreSheetViolations).All(p => SameViolation(p.First, p.Second)));
        });

    [Property]
    public Property TargetFiguresAndDisciplineRecord_RoundTrip() =>
        Prop.ForAll(SerializationGenerators.TargetFigureValues(), SerializationGenerators.DisciplineRecords(), (targets, discipline) =>
        {
            JsonAssert.RoundTrips(targets, Context.TargetFigures, (a, b) => a == b && a.MainTotal == b.MainTotal && a.MainDone == b.MainDone);
            JsonAssert.RoundTrips(discipline, Context.DisciplineRecord);
        });

    [Property]
    public Property ScoreDeduction_RoundTrips_WithItsScale() =>
        Prop.ForAll(SerializationGenerators.Deductions(), deduction =>
        {
            JsonAssert.RoundTrips(deduction, Context.ScoreDeduction, (a, b) => a == b && a.Points.Scale == b.Points.Scale);
        });

    [Property]
    public Property CriterionAndCriteriaSet_RoundTrip_WithTheirSubCriteria() =>
        Prop.ForAll(SerializationGenerators.Criteria(), SerializationGenerators.Sets(), (criterion, set) =>
        {
            JsonAssert.RoundTrips(criterion, Context.Criterion);
            JsonAssert.RoundTrips(set, Context.CriteriaSet, (a, b) => a == b && a.MaxTotal == b.MaxTotal);
        });

    [Property]
    public Property ScoreSheet_RoundTrips_ValidOrNot() =>
        Prop.ForAll(SerializationGenerators.Sheets(), sheet =>
        {
            JsonAssert.RoundTrips(sheet, Context.ScoreSheet, (a, b) =>
                a == b && a.Validate().Count == b.Validate().Count
                && a.Validate().Zip(b.Validate()).All(p => SameViolation(p.First, p.Second)));
        });

    [Property]
    public Property RatingPolicy_BuiltIn_RoundTripsAsTheSameInstance() =>
        Prop.ForAll(RatingsGenerators.Policies(), policy =>
        {
            var json = JsonAssert.RoundTrips(policy, Context.RatingPolicy);
            Assert.Same(policy, System.Text.Json.JsonSerializer.Deserialize(json, Context.RatingPolicy));
        });

    [Property]
    public Property RatingDecision_RoundTrips_AsDecided() =>
        Prop.ForAll(SerializationGenerators.Decisions(), decision =>
        {
            JsonAssert.RoundTrips(decision, Context.RatingDecision, (a, b) =>
                ReferenceEquals(a.Policy, b.Policy) && a.Facts == b.Facts && a.HighestAllowed == b.HighestAllowed
                && a.IsExempt == b.IsExempt && a.Violations.Count == b.Violations.Count
                && a.Violations.Zip(b.Violations).All(p => SameViolation(p.First, p.Second))
                && a.ExplainCaps().SequenceEqual(b.ExplainCaps(), CapComparer.Instance));
        });

    [Property]
    public Property YearRating_RoundTrips() =>
        Prop.ForAll(SerializationGenerators.YearRatings(), rating => JsonAssert.RoundTrips(rating, Context.YearRating));

    [Property]
    public Property TermRatingResult_RoundTrips() =>
        Prop.ForAll(SerializationGenerators.TermRatings(), result =>
        {
            JsonAssert.RoundTrips(result, Context.TermRatingResult, (a, b) =>
                a.Level == b.Level && a.Yearly == b.Yearly && a.MissingYears.SequenceEqual(b.MissingYears)
                && a.Vietnamese == b.Vietnamese && a.English == b.English);
        });

    [Property(MaxTest = 50)]
    public Property HistoryFlag_RoundTrips() =>
        Prop.ForAll(SerializationGenerators.HistoryFlags(), flag =>
        {
            JsonAssert.RoundTrips(flag, Context.HistoryFlag, (a, b) =>
                a.RuleId == b.RuleId && a.Vietnamese == b.Vietnamese && a.English == b.English && a.Years.SequenceEqual(b.Years));
        });

    [Property]
    public Property QuotaRuleAndCandidate_RoundTrip_WithTheirScale() =>
        Prop.ForAll(SerializationGenerators.Quotas(), SerializationGenerators.QuotaCandidates(), (rule, candidate) =>
        {
            JsonAssert.RoundTrips(rule, Context.QuotaRule, (a, b) => a == b && a.MaxExcellentPercentOfGood.Scale == b.MaxExcellentPercentOfGood.Scale);
            JsonAssert.RoundTrips(candidate, Context.QuotaCandidate, (a, b) => a == b && a.Score.Scale == b.Score.Scale);
        });

    [Property]
    public Property QuotaSolutionAndAssignment_RoundTrip() =>
        Prop.ForAll(SerializationGenerators.Solutions(), SerializationGenerators.QuotaAssignments(), (solution, assignment) =>
        {
            JsonAssert.RoundTrips(solution, Context.QuotaSolution, (a, b) =>
                a.Rule == b.Rule && a.Pool == b.Pool && a.Eligible == b.Eligible && a.ExcellentCount == b.ExcellentCount
                && a.GoodCount == b.GoodCount && a.ExceptionApplied == b.ExceptionApplied
                && a.Assignments.SequenceEqual(b.Assignments) && a.TiedAtCut.SequenceEqual(b.TiedAtCut));
            JsonAssert.RoundTrips(assignment, Context.QuotaAssignment);
        });

    [Property]
    public Property RankedItem_RoundTrips_WithItsItemsOwnContract() =>
        Prop.ForAll(SerializationGenerators.Rankings(), ranking =>
        {
            foreach (var item in ranking)
            {
                JsonAssert.RoundTrips(item, RankedItemContext.Default.RankedItemQuotaGroup, RankedItemContext.ReflectionOptions);
            }
        });

    [Property]
    public Property LegacyMapping_RoundTrips() =>
        Prop.ForAll(SerializationGenerators.LegacyMappings(), mapping => JsonAssert.RoundTrips(mapping, Context.LegacyMapping));

    [Property(MaxTest = 50)]
    public Property ReviewDeadlineAndFinding_RoundTrip() =>
        Prop.ForAll(SerializationGenerators.Deadlines(), SerializationGenerators.Findings(), (deadline, finding) =>
        {
            JsonAssert.RoundTrips(deadline, Context.ReviewDeadline);
            JsonAssert.RoundTrips(finding, Context.RemediationFinding);
        });

    [Property]
    public Property FeedbackCounts_RoundTrip() =>
        Prop.ForAll(SerializationGenerators.FeedbackCountsOf(), counts => JsonAssert.RoundTrips(counts, Context.FeedbackCounts));

    [Property]
    public Property ParsedNumber_RoundTrips_WithItsDecimalPlaces() =>
        Prop.ForAll(SerializationGenerators.ParsedNumbers(), number =>
        {
            JsonAssert.RoundTrips(number, Context.ParsedNumber, (a, b) =>
                a == b && a.DecimalPlaces == b.DecimalPlaces && a.Alternative?.Scale == b.Alternative?.Scale);
        });

    [Property]
    public Property ReviewEvent_RoundTrips_UnderTheBaseAndItsOwnType() =>
        Prop.ForAll(SerializationGenerators.Events(), e =>
        {
            var json = JsonAssert.RoundTrips(e, Context.ReviewEvent);
            var own = e switch
            {
                ReviewPlanned x => JsonAssert.RoundTrips(x, Context.ReviewPlanned),
                FeedbackOpened x => JsonAssert.RoundTrips(x, Context.FeedbackOpened),
                FeedbackReceived x => JsonAssert.RoundTrips(x, Context.FeedbackReceived),
                SelfAssessmentSubmitted x => JsonAssert.RoundTrips(x, Context.SelfAssessmentSubmitted),
                ConferenceHeld x => JsonAssert.RoundTrips(x, Context.ConferenceHeld),
                RatingProposed x => JsonAssert.RoundTrips(x, Context.RatingProposed),
                RatingDecided x => JsonAssert.RoundTrips(x, Context.RatingDecided),
                ResultAnnounced x => JsonAssert.RoundTrips(x, Context.ResultAnnounced),
                RemediationPlanned x => JsonAssert.RoundTrips(x, Context.RemediationPlanned),
                RemediationStatusChanged x => JsonAssert.RoundTrips(x, Context.RemediationStatusChanged),
                ReviewClosed x => JsonAssert.RoundTrips(x, Context.ReviewClosed),
                DeadlineSet x => JsonAssert.RoundTrips(x, Context.DeadlineSet),
                _ => throw new InvalidOperationException(e.GetType().Name),
            };
            Assert.Equal(json, own);
        });

    [Property(MaxTest = 50)]
    public Property ReviewEvents_Replayed_GiveAnEqualReview() =>
        Prop.ForAll(SerializationGenerators.Reviews(), generated =>
        {
            var review = generated.Review;
            var json = System.Text.Json.JsonSerializer.Serialize(review.Events, JsonAssert.Options);
            var viaReflection = System.Text.Json.JsonSerializer.Deserialize<List<ReviewEvent>>(json, JsonAssert.Options)!;
            var viaContext = review.Events.Select(e =>
                System.Text.Json.JsonSerializer.Deserialize(System.Text.Json.JsonSerializer.Serialize(e, Context.ReviewEvent), Context.ReviewEvent)!);
            Assert.Equal(review, Review.Replay(viaReflection));
            Assert.Equal(review, Review.Replay(viaContext));
            Assert.Equal(review.Stage, Review.Replay(viaReflection).Stage);
        });

    [Property(MaxTest = 50)]
    public Property ReviewRefusal_RoundTrips() =>
        Prop.ForAll(SerializationGenerators.Refusals(), refusal =>
        {
            JsonAssert.RoundTrips(refusal, Context.ReviewRefusal, (a, b) =>
                a.RuleId == b.RuleId && a.Vietnamese == b.Vietnamese && a.English == b.English
                && a.Violations.Count == b.Violations.Count && a.Violations.Zip(b.Violations).All(p => SameViolation(p.First, p.Second)));
        });

    [Property(MaxTest = 50)]
    public Property OrderViolation_RoundTrips() =>
        Prop.ForAll(SerializationGenerators.OrderViolations(), violation => JsonAssert.RoundTrips(violation, Context.OrderViolation));

    [Property]
    public Property NullableStructs_RoundTrip_AsValueOrNull() =>
        Prop.ForAll(RatingsGenerators.Tallies(), Arb.From(Gen.Elements(true, false)), (tally, present) =>
        {
            RatingTally? value = present ? tally : null;
            var json = System.Text.Json.JsonSerializer.Serialize(value, JsonAssert.Options);
            Assert.Equal(value, System.Text.Json.JsonSerializer.Deserialize<RatingTally?>(json, JsonAssert.Options));
        });

    private static bool SameCap(RatingCap a, RatingCap b) =>
        a.RuleId == b.RuleId && a.Maximum == b.Maximum && a.Vietnamese == b.Vietnamese && a.English == b.English
        && a.Figures.SequenceEqual(b.Figures);

    private static bool SameViolation(RuleViolation a, RuleViolation b) =>
        a.RuleId == b.RuleId && a.Vietnamese == b.Vietnamese && a.English == b.English && a.Figures.SequenceEqual(b.Figures);

    private static bool SameClaim(ReportClaim a, ReportClaim b) =>
        a.Kind == b.Kind && a.Position == b.Position && a.Text == b.Text && a.Part == b.Part && a.Whole == b.Whole
        && a.PrintedPercent == b.PrintedPercent && a.Parts.SequenceEqual(b.Parts) && a.IsApproximate == b.IsApproximate
        && a.Verdict == b.Verdict && a.ExpectedPercent == b.ExpectedPercent && a.PercentCheck == b.PercentCheck
        && a.SumCheck == b.SumCheck && a.Sum == b.Sum && a.IsTruncated == b.IsTruncated
        && a.ReasonVietnamese == b.ReasonVietnamese && a.ReasonEnglish == b.ReasonEnglish;

    /// <summary>Caps compared by their contents (their figure lists are not compared by reference).</summary>
    private sealed class CapComparer : IEqualityComparer<RatingCap>
    {
        public static CapComparer Instance { get; } = new();

        public bool Equals(RatingCap? x, RatingCap? y) => x is not null && y is not null && SameCap(x, y);

        public int GetHashCode(RatingCap obj) => obj.RuleId.GetHashCode(StringComparison.Ordinal);
    }
}

using System.ComponentModel;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// What is known about one subject for one review: the kind of subject, its self-rating and the proposed rating, its
/// score, grades, targets, discipline, its sub-units' ratings and the rating of the unit it leads.
/// </summary>
/// <remarks>
/// <para>
/// Facts left unset are not checked: a rule whose figures are missing neither caps nor clears the subject (see
/// docs/decisions/ratings-missing-facts.md). Every value is checked when set, so a built instance is valid.
/// </para>
/// <para>Immutable; build with an object initializer and change with <c>with</c>.</para>
/// </remarks>
public sealed record RatingFacts
{
    private readonly RatingSubjectKind subject;
    private readonly RatingLevel? selfRating;
    private readonly RatingLevel? proposed;
    private readonly decimal? score;
    private readonly RatingLevel? ledUnitRating;
    private readonly RatingLevel? civilServiceRating;
    private readonly decimal? lowConfidencePercent;
    private readonly long disciplinedSubUnits;
    private readonly CriterionGrade? taskResultGrade;
    private readonly CriterionGrade? lowestOtherGrade;
    private readonly DisciplineRecord discipline;
    private readonly Discipline leadershipMemberDiscipline;
    private readonly long selfDetectedDisciplinedSubUnits;
    private readonly long subUnitsHandledForViolations;
    private readonly long subUnitsDisciplinedForCorruptionOrWaste;
    private readonly int? monthsSinceAdmission;
    private readonly SheetCheck? sheet;

    /// <summary>Creates the facts of a subject of the given kind.</summary>
    /// <param name="subject">The kind of subject.</param>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="subject"/> is not a defined kind.</exception>
    public RatingFacts(RatingSubjectKind subject) => Subject = subject;

    /// <summary>Gets the kind of subject.</summary>
    /// <value>A defined kind.</value>
    /// <exception cref="InvalidEnumArgumentException">Set to an undefined kind.</exception>
    public RatingSubjectKind Subject { get => subject; init => subject = Guard.Against.EnumOutOfRange(value, nameof(Subject)); }

    /// <summary>Gets the level the subject rated itself (step 1 of R132-STEPS / R124-STEPS).</summary>
    /// <value>A level, or <see langword="null"/> when not given.</value>
    /// <exception cref="InvalidEnumArgumentException">Set to an undefined level.</exception>
    public RatingLevel? SelfRating { get => selfRating; init => selfRating = Guard.Against.InvalidLevel(value, nameof(SelfRating)); }

    /// <summary>Gets the level proposed by the advisory body; the decision checks it (or the self-rating when absent).</summary>
    /// <value>A level, or <see langword="null"/> when not given.</value>
    /// <exception cref="InvalidEnumArgumentException">Set to an undefined level.</exception>
    public RatingLevel? Proposed { get => proposed; init => proposed = Guard.Against.InvalidLevel(value, nameof(Proposed)); }

    /// <summary>Gets the score on the 100-point scale (R366-SCALE), for policies with bands.</summary>
    /// <value>0 to 100, or <see langword="null"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0–100.</exception>
    public decimal? Score
    {
        get => score;
        init => score = value is { } s ? Guard.Against.OutOfRange(s, nameof(Score), 0m, ScoreBands.MaximumScore) : null;
    }

    /// <summary>
    /// Gets the score sheet the score comes from, when the caller has one instead of (or besides) a bare
    /// <see cref="Score"/>. It is validated when set: a valid sheet on a 100-point set whose total lies in 0–100 gives
    /// <see cref="EffectiveScore"/>; an invalid one, or one on a set whose maximum is not 100 points (the bands' scale;
    /// the score is not rescaled), gives no score and its violations (<see cref="ScoreSheetViolations"/>) are reported
    /// by the decision.
    /// </summary>
    /// <value>A sheet, or <see langword="null"/>.</value>
    public ScoreSheet? ScoreSheet
    {
        get => sheet?.Sheet;
        init => sheet = value is null ? null : new SheetCheck(value);
    }

    /// <summary>Gets what is wrong with <see cref="ScoreSheet"/> (R366-SCALE or the agency set's rule).</summary>
    /// <value>Empty when there is no sheet or it is valid.</value>
    public IReadOnlyList<RuleViolation> ScoreSheetViolations => sheet?.Violations ?? [];

    /// <summary>Gets the score the bands are applied to: <see cref="Score"/> when given, otherwise the valid sheet's total.</summary>
    /// <value>0 to 100, or <see langword="null"/>.</value>
    public decimal? EffectiveScore => score ?? sheet?.Score;

    /// <summary>Gets the subject's own targets and tasks.</summary>
    /// <value>The figures, or <see langword="null"/>.</value>
    public TargetFigures? Targets { get; init; }

    /// <summary>Gets the targets of the unit a leader or leadership collective leads.</summary>
    /// <value>The figures, or <see langword="null"/>.</value>
    public TargetFigures? LedUnitTargets { get; init; }

    /// <summary>Gets whether missed targets were due to force majeure (excepted by R132-K-ORG and R124-K).</summary>
    /// <value><see langword="false"/> by default.</value>
    public bool ForceMajeure { get; init; }

    /// <summary>Gets the grade of the task-results criterion.</summary>
    /// <value>A grade, or <see langword="null"/>.</value>
    /// <exception cref="InvalidEnumArgumentException">Set to an undefined grade.</exception>
    public CriterionGrade? TaskResultGrade
    {
        get => taskResultGrade;
        init => taskResultGrade = value is { } g ? Guard.Against.EnumOutOfRange(g, nameof(TaskResultGrade)) : null;
    }

    /// <summary>Gets the lowest grade among the other criteria.</summary>
    /// <value>A grade, or <see langword="null"/>.</value>
    /// <exception cref="InvalidEnumArgumentException">Set to an undefined grade.</exception>
    public CriterionGrade? LowestOtherGrade
    {
        get => lowestOtherGrade;
        init => lowestOtherGrade = value is { } g ? Guard.Against.EnumOutOfRange(g, nameof(LowestOtherGrade)) : null;
    }

    /// <summary>Gets the subject's own discipline in the rating year (for a collective: the collective's).</summary>
    /// <value><see cref="DisciplineRecord.None"/> by default.</value>
    /// <exception cref="InvalidEnumArgumentException">Set to a record whose form is not a defined <see cref="Ratings.Discipline"/>.</exception>
    public DisciplineRecord Discipline
    {
        get => discipline;
        init
        {
            Guard.Against.EnumOutOfRange(value.Form, nameof(Discipline));
            discipline = value;
        }
    }

    /// <summary>Gets the heaviest discipline of a member of the leadership (R21-LEADCOLL-K, R124-XS, R124-T, R124-HT, R366-XS-COND).</summary>
    /// <value><see cref="Ratings.Discipline.None"/> by default.</value>
    /// <exception cref="InvalidEnumArgumentException">Set to an undefined form.</exception>
    public Discipline LeadershipMemberDiscipline
    {
        get => leadershipMemberDiscipline;
        init => leadershipMemberDiscipline = Guard.Against.EnumOutOfRange(value, nameof(LeadershipMemberDiscipline));
    }

    /// <summary>Gets the ratings of the sub-units (for a party organization or a leader: the units in charge; for a cell: its members).</summary>
    /// <value>A tally, or <see langword="null"/>.</value>
    public RatingTally? SubUnits { get; init; }

    /// <summary>
    /// Gets how many sub-units were disciplined in the year (R132-K-ORG, R124-K, R124-XS, R124-T, R124-HT), not counting
    /// those disciplined for a violation they detected and remedied themselves (<see cref="SelfDetectedDisciplinedSubUnits"/>).
    /// </summary>
    /// <value>Zero or more.</value>
    /// <exception cref="ArgumentException">Set to a negative number.</exception>
    public long DisciplinedSubUnits { get => disciplinedSubUnits; init => disciplinedSubUnits = Guard.Against.Negative(value, nameof(DisciplinedSubUnits)); }

    /// <summary>
    /// Gets how many further sub-units were disciplined in the year for a violation they detected and remedied
    /// themselves: excepted by R124-T and R124-HT, still counted by the excellent clean record (R124-XS, R366-XS-COND)
    /// and by the share of disciplined sub-units (R132-K-ORG, R124-K).
    /// </summary>
    /// <value>Zero or more; not included in <see cref="DisciplinedSubUnits"/>.</value>
    /// <exception cref="ArgumentException">Set to a negative number.</exception>
    public long SelfDetectedDisciplinedSubUnits
    {
        get => selfDetectedDisciplinedSubUnits;
        init => selfDetectedDisciplinedSubUnits = Guard.Against.Negative(value, nameof(SelfDetectedDisciplinedSubUnits));
    }

    /// <summary>
    /// Gets how many sub-units had a violation handled in the year (R132-K-ORG: any one makes the organization K), not
    /// counting violations the sub-unit detected and remedied itself (excepted by the rule).
    /// </summary>
    /// <value>Zero or more; 0 by default (nothing known is nothing handled).</value>
    /// <exception cref="ArgumentException">Set to a negative number.</exception>
    public long SubUnitsHandledForViolations
    {
        get => subUnitsHandledForViolations;
        init => subUnitsHandledForViolations = Guard.Against.Negative(value, nameof(SubUnitsHandledForViolations));
    }

    /// <summary>
    /// Gets how many sub-units were disciplined in the year for corruption or waste (R124-K: any one makes the collective
    /// K), not counting violations the sub-unit detected and remedied itself (excepted by the rule).
    /// </summary>
    /// <value>Zero or more; 0 by default.</value>
    /// <exception cref="ArgumentException">Set to a negative number.</exception>
    public long SubUnitsDisciplinedForCorruptionOrWaste
    {
        get => subUnitsDisciplinedForCorruptionOrWaste;
        init => subUnitsDisciplinedForCorruptionOrWaste = Guard.Against.Negative(value, nameof(SubUnitsDisciplinedForCorruptionOrWaste));
    }

    /// <summary>Gets whether the leadership member's discipline (<see cref="LeadershipMemberDiscipline"/>) was for a violation the member detected and remedied (excepted by R124-T and R124-HT).</summary>
    /// <value><see langword="false"/> by default.</value>
    public bool LeadershipMemberSelfDetected { get; init; }

    /// <summary>Gets every disciplined sub-unit, self-detected or not, exactly (no overflow).</summary>
    internal decimal AllDisciplinedSubUnits => (decimal)disciplinedSubUnits + selfDetectedDisciplinedSubUnits;

    /// <summary>Gets the rating of the organization or collective the subject leads or heads (R21-CAP-COLL, R21-CAP-HEAD).</summary>
    /// <value>A level, or <see langword="null"/>.</value>
    /// <exception cref="InvalidEnumArgumentException">Set to an undefined level.</exception>
    public RatingLevel? LedUnitRating { get => ledUnitRating; init => ledUnitRating = Guard.Against.InvalidLevel(value, nameof(LedUnitRating)); }

    /// <summary>Gets the share of low-confidence votes in the year's confidence vote (R366-K-LEADER).</summary>
    /// <value>0 to 100, or <see langword="null"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0–100.</exception>
    public decimal? LowConfidencePercent
    {
        get => lowConfidencePercent;
        init => lowConfidencePercent = Guard.Against.InvalidPercent(value, nameof(LowConfidencePercent));
    }

    /// <summary>Gets whether degradation or a breach of Party prohibitions was concluded.</summary>
    /// <value><see langword="false"/> by default.</value>
    public bool DegradationConcluded { get; init; }

    /// <summary>Gets the member's rating as cadre or civil servant (R21-MEMBER-XS, R21-MEMBER-K).</summary>
    /// <value>A level, or <see langword="null"/> when the member is not one.</value>
    /// <exception cref="InvalidEnumArgumentException">Set to an undefined level.</exception>
    public RatingLevel? CivilServiceRating
    {
        get => civilServiceRating;
        init => civilServiceRating = Guard.Against.InvalidLevel(value, nameof(CivilServiceRating));
    }

    /// <summary>Gets whether the member is suspended (R124-EXEMPT).</summary>
    /// <value><see langword="false"/> by default.</value>
    public bool IsSuspended { get; init; }

    /// <summary>Gets the whole months since admission to the Party (R124-EXEMPT).</summary>
    /// <value>Zero or more, or <see langword="null"/> when not relevant.</value>
    /// <exception cref="ArgumentException">Set to a negative number.</exception>
    public int? MonthsSinceAdmission
    {
        get => monthsSinceAdmission;
        init => monthsSinceAdmission = value is { } m ? Guard.Against.Negative(m, nameof(MonthsSinceAdmission)) : null;
    }

    /// <summary>Gets the level the decision checks: <see cref="Proposed"/>, or <see cref="SelfRating"/> when none was proposed.</summary>
    /// <value>A level, or <see langword="null"/>.</value>
    public RatingLevel? Checked => proposed ?? selfRating;

    /// <summary>
    /// A score sheet with what its check found. Equal when the sheets are equal (the rest follows from the sheet), so
    /// facts compare their sheet by value.
    /// </summary>
    private sealed class SheetCheck : IEquatable<SheetCheck>
    {
        public SheetCheck(ScoreSheet sheet)
        {
            Sheet = sheet;
            var violations = sheet.Validate();
            if (violations.Count == 0 && sheet.Set.MaxTotal != ScoreBands.MaximumScore)
            {
                var max = sheet.Set.MaxTotal;
                violations =
                [
                    new RuleViolation(
                        sheet.Set.RuleId,
                        $"Bộ tiêu chí \"{sheet.Set.Name}\" có tổng điểm tối đa {RatingExplainer.Vi(max)}, không phải thang {RatingExplainer.Vi(ScoreBands.MaximumScore)} điểm của các khung xếp loại; điểm không được dùng để xếp loại.",
                        $"The criteria set \"{sheet.Set.Name}\" is out of {RatingExplainer.En(max)} points, not the {RatingExplainer.En(ScoreBands.MaximumScore)}-point scale of the bands; its score is not used.",
                        [new("maxTotal", max), new("scale", ScoreBands.MaximumScore)]),
                ];
            }

            Violations = violations;
            Score = violations.Count == 0 && sheet.Total is >= 0m and <= ScoreBands.MaximumScore ? sheet.Total : null;
        }

        public ScoreSheet Sheet { get; }

        public IReadOnlyList<RuleViolation> Violations { get; }

        public decimal? Score { get; }

        public bool Equals(SheetCheck? other) => other is not null && Sheet.Equals(other.Sheet);

        public override bool Equals(object? obj) => Equals(obj as SheetCheck);

        public override int GetHashCode() => Sheet.GetHashCode();
    }
}

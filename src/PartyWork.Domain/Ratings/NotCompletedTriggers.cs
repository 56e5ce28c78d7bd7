using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// The facts that make a subject "không hoàn thành nhiệm vụ" whatever its points or grades
/// (R21-MEMBER-K, R21-LEADCOLL-K, R132-K-ORG, R124-K, R366-K-LEADER; R366-OVERRIDE: K conditions apply regardless of
/// points). A trigger set to <see langword="null"/> or <see langword="false"/> is off.
/// </summary>
/// <remarks>Immutable; change a value with <c>with</c>. Percent values are checked when set.</remarks>
public sealed record NotCompletedTriggers
{
    private readonly string individualRuleId = string.Empty;
    private readonly string leaderRuleId = string.Empty;
    private readonly string leadershipCollectiveRuleId = string.Empty;
    private readonly string organizationRuleId = string.Empty;
    private readonly decimal? minTargetsDonePercent;
    private readonly decimal? minLedUnitTargetsDonePercent;
    private readonly decimal? maxSubUnitsNotCompletedPercent;
    private readonly decimal? maxLowConfidencePercent;
    private readonly decimal? maxDisciplinedSubUnitsPercent;

    /// <summary>Gets the rule id cited for individuals.</summary>
    /// <value>For example <c>"R21-MEMBER-K"</c> or <c>"R124-K"</c>.</value>
    /// <exception cref="ArgumentException">Set to a null, empty or white-space id (<see cref="ArgumentNullException"/> for null).</exception>
    public required string IndividualRuleId { get => individualRuleId; init => individualRuleId = Guard.Against.InvalidRuleId(value, nameof(IndividualRuleId)); }

    /// <summary>Gets the rule id cited for leaders.</summary>
    /// <value>For example <c>"R366-K-LEADER"</c>.</value>
    /// <exception cref="ArgumentException">Set to a null, empty or white-space id (<see cref="ArgumentNullException"/> for null).</exception>
    public required string LeaderRuleId { get => leaderRuleId; init => leaderRuleId = Guard.Against.InvalidRuleId(value, nameof(LeaderRuleId)); }

    /// <summary>Gets the rule id cited for leadership collectives.</summary>
    /// <value>For example <c>"R21-LEADCOLL-K"</c>.</value>
    /// <exception cref="ArgumentException">Set to a null, empty or white-space id (<see cref="ArgumentNullException"/> for null).</exception>
    public required string LeadershipCollectiveRuleId { get => leadershipCollectiveRuleId; init => leadershipCollectiveRuleId = Guard.Against.InvalidRuleId(value, nameof(LeadershipCollectiveRuleId)); }

    /// <summary>Gets the rule id cited for party organizations.</summary>
    /// <value>For example <c>"R132-K-ORG"</c>.</value>
    /// <exception cref="ArgumentException">Set to a null, empty or white-space id (<see cref="ArgumentNullException"/> for null).</exception>
    public required string OrganizationRuleId { get => organizationRuleId; init => organizationRuleId = Guard.Against.InvalidRuleId(value, nameof(OrganizationRuleId)); }

    /// <summary>Gets the share of own targets done below which the subject is K (force majeure excepted for <see cref="ForceMajeureSubjects"/>).</summary>
    /// <value>50 under 132 and 124; <see langword="null"/> when off.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0–100.</exception>
    public decimal? MinTargetsDonePercent
    {
        get => minTargetsDonePercent;
        init => minTargetsDonePercent = Guard.Against.InvalidPercent(value, nameof(MinTargetsDonePercent));
    }

    /// <summary>
    /// Gets the share of the led unit's targets done below which a subject of <see cref="LedUnitSubjects"/> is K.
    /// </summary>
    /// <value>50 under 132 (R21-LEADCOLL-K) and 124 (R124-K), 70 under 366 (R366-K-LEADER); <see langword="null"/> when off.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0–100.</exception>
    public decimal? MinLedUnitTargetsDonePercent
    {
        get => minLedUnitTargetsDonePercent;
        init => minLedUnitTargetsDonePercent = Guard.Against.InvalidPercent(value, nameof(MinLedUnitTargetsDonePercent));
    }

    /// <summary>
    /// Gets the kinds of subject the led-unit trigger (<see cref="MinLedUnitTargetsDonePercent"/>) applies to: under 132
    /// it is a leadership-collective rule (R21-LEADCOLL-K; R21-MEMBER-K has none), under 124 and 366 a leader rule
    /// (R124-K, R366-K-LEADER).
    /// </summary>
    /// <value>
    /// <see cref="RatingSubjects.Leader"/> by default; <see cref="RatingSubjects.LeadershipCollective"/> under 132.
    /// Kinds other than leaders and leadership collectives lead no unit and are ignored.
    /// </value>
    public RatingSubjects LedUnitSubjects { get; init; } = RatingSubjects.Leader;

    /// <summary>
    /// Gets the kinds of subject whose targets-based triggers (<see cref="MinTargetsDonePercent"/>,
    /// <see cref="MinLedUnitTargetsDonePercent"/>) are excepted when <see cref="RatingFacts.ForceMajeure"/> is set: the
    /// exception is written only in the collective clauses of R132-K-ORG and R124-K.
    /// </summary>
    /// <value>
    /// <see cref="RatingSubjects.None"/> by default (no exception); <see cref="RatingSubjects.PartyOrganization"/> under
    /// 132 (R132-K-ORG), <see cref="RatingSubjects.Collectives"/> under 124 (R124-K) [I].
    /// </value>
    public RatingSubjects ForceMajeureSubjects { get; init; }

    /// <summary>
    /// Gets the kinds of subject made K when a sub-unit had a violation handled in the year, unless the sub-unit detected
    /// and remedied it itself (<see cref="RatingFacts.SubUnitsHandledForViolations"/>; R132-K-ORG).
    /// </summary>
    /// <value>
    /// <see cref="RatingSubjects.None"/> (off) by default; <see cref="RatingSubjects.PartyOrganization"/> under 132
    /// (R132-K-ORG is the organizations' rule; R21-LEADCOLL-K has no such clause).
    /// </value>
    public RatingSubjects SubUnitViolationHandledSubjects { get; init; }

    /// <summary>
    /// Gets the kinds of subject made K when a sub-unit was disciplined for corruption or waste in the year, unless the
    /// sub-unit detected and remedied it itself (<see cref="RatingFacts.SubUnitsDisciplinedForCorruptionOrWaste"/>; R124-K).
    /// </summary>
    /// <value>
    /// <see cref="RatingSubjects.None"/> (off) by default; <see cref="RatingSubjects.Collectives"/> under 124 (R124-K's
    /// collective clause; leadership collectives included [I], as for <see cref="ForceMajeureSubjects"/>). Off under 366,
    /// whose brief has no such trigger.
    /// </value>
    public RatingSubjects SubUnitCorruptionOrWasteSubjects { get; init; }

    /// <summary>
    /// Gets the kinds of subject whose targets-based triggers (<see cref="MinTargetsDonePercent"/>,
    /// <see cref="MinLedUnitTargetsDonePercent"/>) also need the main targets missed — "&lt; 50% of targets with main
    /// targets below 100%" (R132-K-ORG, R21-LEADCOLL-K, R124-K's collective clause). The second half is checked only
    /// when the figures carry main targets (<see cref="TargetFigures.MainTotal"/>); without them the share alone
    /// decides, as before.
    /// </summary>
    /// <value>
    /// <see cref="RatingSubjects.None"/> by default; <see cref="RatingSubjects.Collectives"/> under 132 and 124. Off under
    /// 366 (R366-K-LEADER: led units &lt; 70% of tasks, no main-target clause) and for persons (R21-MEMBER-K: &lt; 50% alone).
    /// </value>
    public RatingSubjects MainTargetsSubjects { get; init; }

    /// <summary>Gets the share of sub-units rated K above which a leader is K.</summary>
    /// <value>50 under 366 (R366-K-LEADER); <see langword="null"/> when off.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0–100.</exception>
    public decimal? MaxSubUnitsNotCompletedPercent
    {
        get => maxSubUnitsNotCompletedPercent;
        init => maxSubUnitsNotCompletedPercent = Guard.Against.InvalidPercent(value, nameof(MaxSubUnitsNotCompletedPercent));
    }

    /// <summary>Gets the share of low-confidence votes above which a leader is K.</summary>
    /// <value>50 under 366 (R366-K-LEADER); <see langword="null"/> when off.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0–100.</exception>
    public decimal? MaxLowConfidencePercent
    {
        get => maxLowConfidencePercent;
        init => maxLowConfidencePercent = Guard.Against.InvalidPercent(value, nameof(MaxLowConfidencePercent));
    }

    /// <summary>Gets the share of disciplined sub-units above which a collective is K.</summary>
    /// <value>20 under 132 and 124 (R132-K-ORG, R124-K); <see langword="null"/> when off.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0–100.</exception>
    public decimal? MaxDisciplinedSubUnitsPercent
    {
        get => maxDisciplinedSubUnitsPercent;
        init => maxDisciplinedSubUnitsPercent = Guard.Against.InvalidPercent(value, nameof(MaxDisciplinedSubUnitsPercent));
    }

    /// <summary>Gets the lightest discipline of one member of a leadership collective that makes the collective K.</summary>
    /// <value><see cref="Discipline.Warning"/> under R21-LEADCOLL-K; <see cref="Discipline.None"/> when off.</value>
    public Discipline LeadershipMemberDisciplineFrom { get; init; }

    /// <summary>Gets whether a criterion graded "Kém" makes the subject K (R132-K-ORG, R124-K).</summary>
    /// <value><see langword="true"/> under 132 and 124.</value>
    public bool PoorCriterion { get; init; }

    /// <summary>Gets whether a concluded degradation (or breach of Party prohibitions) makes the subject K.</summary>
    /// <value><see langword="true"/> under every version since 2018.</value>
    public bool Degradation { get; init; }

    /// <summary>Gets whether a K rating as cadre or civil servant makes the member K (R21-MEMBER-K).</summary>
    /// <value><see langword="true"/> under 132.</value>
    public bool CivilServiceNotCompleted { get; init; }

    /// <summary>The rule id cited for a kind of subject.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The id.</returns>
    public string RuleIdFor(RatingSubjectKind kind) => kind switch
    {
        RatingSubjectKind.Leader => LeaderRuleId,
        RatingSubjectKind.LeadershipCollective => LeadershipCollectiveRuleId,
        RatingSubjectKind.PartyOrganization => OrganizationRuleId,
        _ => IndividualRuleId,
    };
}

using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// Discipline in the rating year makes the subject "không hoàn thành nhiệm vụ" (R48-DISCIPLINE; R21-MEMBER-K,
/// R124-K for members; R21-LEADCOLL-K and R124-K for a disciplined collective; R366-K-LEADER: duty-related discipline
/// of <i>khiển trách</i> or heavier). A violation already used for a K rating is not counted again, and Party and
/// administrative discipline for one act count once (the caller passes one <see cref="DisciplineRecord"/> per act).
/// </summary>
/// <remarks>Immutable; change a value with <c>with</c>.</remarks>
public sealed record DisciplineRule
{
    private readonly string ruleId = "R48-DISCIPLINE";
    private readonly string? leadershipCollectiveRuleId;
    private readonly string? organizationRuleId;

    /// <summary>Gets the rule id cited.</summary>
    /// <value><c>"R48-DISCIPLINE"</c> by default.</value>
    /// <exception cref="ArgumentException">Set to a null, empty or white-space id (<see cref="ArgumentNullException"/> for null).</exception>
    public string RuleId { get => ruleId; init => ruleId = Guard.Against.InvalidRuleId(value, nameof(RuleId)); }

    /// <summary>Gets the rule id cited for a disciplined leadership collective, when it differs from <see cref="RuleId"/>.</summary>
    /// <value><c>"R21-LEADCOLL-K"</c> under 132; <see langword="null"/> (use <see cref="RuleId"/>) by default.</value>
    /// <exception cref="ArgumentException">Set to an empty or white-space id.</exception>
    public string? LeadershipCollectiveRuleId
    {
        get => leadershipCollectiveRuleId;
        init => leadershipCollectiveRuleId = value is null ? null : Guard.Against.InvalidRuleId(value, nameof(LeadershipCollectiveRuleId));
    }

    /// <summary>Gets the rule id cited for a disciplined party organization, when it differs from <see cref="RuleId"/>.</summary>
    /// <value><c>"R132-K-ORG"</c> under 132; <see langword="null"/> (use <see cref="RuleId"/>) by default.</value>
    /// <exception cref="ArgumentException">Set to an empty or white-space id.</exception>
    public string? OrganizationRuleId
    {
        get => organizationRuleId;
        init => organizationRuleId = value is null ? null : Guard.Against.InvalidRuleId(value, nameof(OrganizationRuleId));
    }

    /// <summary>Gets the kinds of subject the rule applies to.</summary>
    /// <value>All kinds by default.</value>
    public RatingSubjects Subjects { get; init; } = RatingSubjects.All;

    /// <summary>Gets the lightest form that counts.</summary>
    /// <value><see cref="Discipline.Reprimand"/> (khiển trách) by default.</value>
    public Discipline Minimum { get; init; } = Discipline.Reprimand;

    /// <summary>Gets whether a violation the subject detected and remedied itself is excepted (R124-K).</summary>
    /// <value><see langword="true"/> under 124; <see langword="false"/> otherwise.</value>
    public bool SelfDetectedExcepted { get; init; }

    /// <summary>Gets whether only discipline related to the subject's duties counts (R366-K-LEADER's wording).</summary>
    /// <value>
    /// <see langword="false"/> by default and under every built-in policy, 366 included [I]: 366's discipline rule is
    /// R48-DISCIPLINE for every kind (any discipline from khiển trách), which covers R366-K-LEADER's duty-related case
    /// (docs/decisions/ratings-discipline-duty.md).
    /// </value>
    public bool DutyRelatedOnly { get; init; }

    /// <summary>Whether a record makes the subject K under this rule.</summary>
    /// <param name="record">The discipline record.</param>
    /// <returns><see langword="true"/> when the record counts.</returns>
    public bool Counts(DisciplineRecord record) =>
        record.Form != Discipline.None
        && record.Form >= Minimum
        && !record.AlreadyCounted
        && !(SelfDetectedExcepted && record.SelfDetectedAndRemedied)
        && !(DutyRelatedOnly && !record.DutyRelated);

    /// <summary>The rule id cited for a kind of subject.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see cref="LeadershipCollectiveRuleId"/> or <see cref="OrganizationRuleId"/> when set for the kind, otherwise <see cref="RuleId"/>.</returns>
    public string RuleIdFor(RatingSubjectKind kind) => kind switch
    {
        RatingSubjectKind.LeadershipCollective => leadershipCollectiveRuleId ?? ruleId,
        RatingSubjectKind.PartyOrganization => organizationRuleId ?? ruleId,
        _ => ruleId,
    };
}

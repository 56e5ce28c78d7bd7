using System.ComponentModel;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// The rules of one regulation version for the yearly quality rating: score bands, the conditions each level needs
/// on top of its band, the "not completed" triggers, discipline, caps, exemptions and quotas. Pick one with
/// <see cref="RatingPolicies.ForReviewYear(int)"/> (R-POLICY-SELECT) and decide a subject with
/// <see cref="Decide(RatingFacts)"/>.
/// </summary>
/// <remarks>
/// <para>
/// An immutable record: inspect any rule, or replace one with <c>with</c>, for example
/// <c>RatingPolicies.Qd366Hd43 with { OrganizationQuota = new QuotaRule("R366-QUOTA") { MaxExcellentPercentOfGood = 15 } }</c>.
/// A component set to <see langword="null"/> is a rule switched off.
/// </para>
/// <para>Thread safe: deciding reads the policy and the facts and writes nothing shared.</para>
/// </remarks>
public sealed partial record RatingPolicy
{
    /// <summary>Gets the regulation version the policy implements.</summary>
    /// <value>A defined version.</value>
    public required RegulationVersion Version { get; init; }

    /// <summary>Gets the documents the policy implements, as Vietnamese reports cite them.</summary>
    /// <value>For example <c>"Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW"</c>.</value>
    public required string Name { get; init; }

    /// <summary>Gets the score bands (R366-BANDS), or <see langword="null"/> for versions without a point scale.</summary>
    /// <value>The bands or <see langword="null"/>.</value>
    public ScoreBands? Bands { get; init; }

    /// <summary>Gets the target condition for excellent (R124-XS, R366-XS-COND).</summary>
    /// <value>The condition or <see langword="null"/>.</value>
    public TargetCondition? ExcellentTargets { get; init; }

    /// <summary>Gets the target condition for good (R366-T-COND).</summary>
    /// <value>The condition or <see langword="null"/>.</value>
    public TargetCondition? GoodTargets { get; init; }

    /// <summary>Gets the target condition for completed (R366-HT-COND).</summary>
    /// <value>The condition or <see langword="null"/>.</value>
    public TargetCondition? CompletedTargets { get; init; }

    /// <summary>
    /// Gets the condition an excellent leader's led unit must meet (R366-XS-COND: led units 100% done, ≥ 30% exceeded).
    /// Checked only for leaders with <see cref="RatingFacts.LedUnitTargets"/>.
    /// </summary>
    /// <value>The condition or <see langword="null"/>; <see langword="null"/> under 124, whose leader part is truncated [U].</value>
    public TargetCondition? ExcellentLedUnitTargets { get; init; }

    /// <summary>
    /// Gets the condition a good leader's led unit must meet (R366-T-COND: led units 100% on time).
    /// Checked only for leaders with <see cref="RatingFacts.LedUnitTargets"/>.
    /// </summary>
    /// <value>The condition or <see langword="null"/>; <see langword="null"/> under 132 and 124.</value>
    public TargetCondition? GoodLedUnitTargets { get; init; }

    /// <summary>Gets the grade condition for excellent (R21-MEMBER-XS, R21-ORG-XS, R124-XS).</summary>
    /// <value>The condition or <see langword="null"/>.</value>
    public GradeCondition? ExcellentGrades { get; init; }

    /// <summary>Gets the grade condition for good (R124-T).</summary>
    /// <value>The condition or <see langword="null"/>.</value>
    public GradeCondition? GoodGrades { get; init; }

    /// <summary>Gets the grade condition for completed (R124-HT).</summary>
    /// <value>The condition or <see langword="null"/>.</value>
    public GradeCondition? CompletedGrades { get; init; }

    /// <summary>Gets the sub-unit condition for an excellent collective (R21-ORG-XS).</summary>
    /// <value>The condition or <see langword="null"/>.</value>
    public SubUnitCondition? ExcellentSubUnits { get; init; }

    /// <summary>Gets the clean-record condition for an excellent collective (R124-XS, R366-XS-COND).</summary>
    /// <value>The condition or <see langword="null"/>.</value>
    public CleanRecordCondition? ExcellentCleanRecord { get; init; }

    /// <summary>Gets the clean-record condition for a good collective (R124-T: self-detected and remedied excepted).</summary>
    /// <value>The condition or <see langword="null"/>.</value>
    public CleanRecordCondition? GoodCleanRecord { get; init; }

    /// <summary>Gets the clean-record condition for a completed collective (R124-HT: the same rule as R124-T); failing it makes the collective K.</summary>
    /// <value>The condition or <see langword="null"/>.</value>
    public CleanRecordCondition? CompletedCleanRecord { get; init; }

    /// <summary>Gets the link to the cadre / civil-servant rating (R21-MEMBER-XS).</summary>
    /// <value>The link or <see langword="null"/>.</value>
    public CivilServiceLink? CivilService { get; init; }

    /// <summary>Gets the "not completed" triggers.</summary>
    /// <value>The triggers.</value>
    public required NotCompletedTriggers NotCompleted { get; init; }

    /// <summary>Gets the discipline rule (R48-DISCIPLINE).</summary>
    /// <value>The rule or <see langword="null"/>.</value>
    public DisciplineRule? Discipline { get; init; }

    /// <summary>Gets the caps by the led unit (R21-CAP-COLL, R21-CAP-HEAD, R124-HEAD-TIE).</summary>
    /// <value>The caps; both on by default.</value>
    public CapRules Caps { get; init; } = new();

    /// <summary>Gets who is not rated (R124-EXEMPT).</summary>
    /// <value>The rule or <see langword="null"/>.</value>
    public ExemptionRule? Exemption { get; init; }

    /// <summary>Gets the excellent quota for individuals (R21-QUOTA-MEMBER, R124-QUOTA [I], R366-QUOTA [U]).</summary>
    /// <value>The quota or <see langword="null"/>.</value>
    public QuotaRule? IndividualQuota { get; init; }

    /// <summary>Gets the excellent quota for leaders (R21-QUOTA-LEADER, R124-QUOTA [I], R366-QUOTA [U]).</summary>
    /// <value>The quota or <see langword="null"/>.</value>
    public QuotaRule? LeaderQuota { get; init; }

    /// <summary>Gets the excellent quota for leadership collectives (R21-QUOTA-LEADCOLL, R124-QUOTA, R366-QUOTA [U]).</summary>
    /// <value>The quota or <see langword="null"/>.</value>
    public QuotaRule? LeadershipCollectiveQuota { get; init; }

    /// <summary>Gets the excellent quota for party organizations (R124-QUOTA, R366-QUOTA [U]).</summary>
    /// <value>The quota or <see langword="null"/>.</value>
    public QuotaRule? OrganizationQuota { get; init; }

    /// <summary>The quota for a kind of subject.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The quota, or <see langword="null"/> when this version sets none for the kind.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="kind"/> is not a defined kind.</exception>
    public QuotaRule? QuotaFor(RatingSubjectKind kind) => Guard.Against.EnumOutOfRange(kind) switch
    {
        RatingSubjectKind.Individual => IndividualQuota,
        RatingSubjectKind.Leader => LeaderQuota,
        RatingSubjectKind.LeadershipCollective => LeadershipCollectiveQuota,
        _ => OrganizationQuota,
    };

    /// <summary>Writes the policy's name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;
}

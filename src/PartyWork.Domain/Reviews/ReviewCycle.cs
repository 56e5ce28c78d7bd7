using System.ComponentModel;
using Ardalis.GuardClauses;
using NodaTime;
using PartyWork.Domain.Organizations;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Terms;

namespace PartyWork.Domain.Reviews;

/// <summary>
/// One review cycle: a kind (term, annual, quarterly, monthly, ad hoc), the period under review, a scope (the subtree
/// of an organization tree under a root organization), the rating policy in force for the period, the default
/// deadlines and the order rules.
/// </summary>
/// <remarks>
/// <para>
/// The rating policy defaults to <see cref="RatingPolicies.ForPeriod(DateInterval)"/> (R-POLICY-SELECT, by the year the
/// period ends in); a caller may pass its own. The kind must match the period: term ↔ <see cref="ReviewPeriodKind.Term"/>,
/// annual ↔ <see cref="ReviewPeriodKind.Year"/>, quarterly ↔ <see cref="ReviewPeriodKind.Quarter"/>, monthly ↔
/// <see cref="ReviewPeriodKind.Month"/>; an ad hoc cycle takes any period.
/// </para>
/// <para>Immutable and safe to share between threads.</para>
/// </remarks>
public sealed class ReviewCycle
{
    /// <summary>Creates a cycle.</summary>
    /// <param name="id">The cycle's id, for example <c>"2025-annual-Q-BT"</c>.</param>
    /// <param name="kind">The kind of cycle.</param>
    /// <param name="period">The period under review, of the kind's period kind.</param>
    /// <param name="tree">The organization tree.</param>
    /// <param name="scopeRootId">The id of the organization whose subtree is in scope.</param>
    /// <param name="policy">The rating policy; <see langword="null"/> for the policy of the period (R-POLICY-SELECT).</param>
    /// <param name="schedule">The default deadlines; <see langword="null"/> for <see cref="ReviewSchedule.Default"/>.</param>
    /// <param name="order">The order rules; <see langword="null"/> for <see cref="ReviewOrderPolicy.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="tree"/> or <paramref name="scopeRootId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or white space; the period's kind does not match <paramref name="kind"/>; <paramref name="scopeRootId"/> is not in the tree.</exception>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="kind"/> is not a defined kind.</exception>
        /// <exception cref="ArgumentOutOfRangeException">No policy is given and the period ends outside 1930–9999.</exception>
    public ReviewCycle(
        string id,
        ReviewCycleKind kind,
        ReviewPeriod period,
        OrganizationTree tree,
        string scopeRootId,
        RatingPolicy? policy = null,
        ReviewSchedule? schedule = null,
        ReviewOrderPolicy? order = null)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Kind = Guard.Against.EnumOutOfRange(kind);
        var expected = ExpectedPeriodKind(kind);
        if (expected is { } periodKind && period.Kind != periodKind)
        {
            throw new ArgumentException(
                $"A {kind} cycle reviews a period of kind {periodKind}; got {period.Kind} ({period}).", nameof(period));
        }

        Period = period;
        Tree = Guard.Against.Null(tree);
        Guard.Against.Null(scopeRootId);
        ScopeRootIndex = tree.GetIndex(scopeRootId);
        ScopeRootId = tree.Ids[ScopeRootIndex];
        Policy = policy ?? RatingPolicies.ForPeriod(period.Dates);
        Schedule = schedule ?? ReviewSchedule.Default;
        Order = order ?? ReviewOrderPolicy.Default;
    }

    /// <summary>Gets the cycle's id.</summary>
    /// <value>Not empty.</value>
    public string Id { get; }

    /// <summary>Gets the kind of cycle.</summary>
    /// <value>A defined kind.</value>
    public ReviewCycleKind Kind { get; }

    /// <summary>Gets the period under review.</summary>
    /// <value>The period.</value>
    public ReviewPeriod Period { get; }

    /// <summary>Gets the organization tree.</summary>
    /// <value>The tree.</value>
    public OrganizationTree Tree { get; }

    /// <summary>Gets the id of the scope's root organization.</summary>
    /// <value>An id of <see cref="Tree"/>.</value>
    public string ScopeRootId { get; }

    /// <summary>Gets the index of the scope's root in <see cref="Tree"/>; the scope is [root, <c>Tree.SubtreeEnd[root]</c>).</summary>
    /// <value>A node index.</value>
    public int ScopeRootIndex { get; }

    /// <summary>Gets the rating policy in force for the period.</summary>
    /// <value>The policy.</value>
    public RatingPolicy Policy { get; }

    /// <summary>Gets the default deadlines.</summary>
    /// <value>The schedule.</value>
    public ReviewSchedule Schedule { get; }

    /// <summary>Gets the order rules of the cycle's plans.</summary>
    /// <value>The order policy.</value>
    public ReviewOrderPolicy Order { get; }

    /// <summary>Gets the day the cycle opens (see <see cref="ReviewSchedule.OpeningDate(ReviewPeriod)"/>).</summary>
    /// <value>A day inside the period.</value>
    public LocalDate OpensOn => Schedule.OpeningDate(Period);

    /// <summary>The period kind a cycle kind reviews, or <see langword="null"/> for ad hoc cycles (any period).</summary>
    /// <param name="kind">The cycle kind.</param>
    /// <returns>The period kind, or <see langword="null"/>.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="kind"/> is not a defined kind.</exception>
    public static ReviewPeriodKind? ExpectedPeriodKind(ReviewCycleKind kind) => Guard.Against.EnumOutOfRange(kind) switch
    {
        ReviewCycleKind.Term => ReviewPeriodKind.Term,
        ReviewCycleKind.Annual => ReviewPeriodKind.Year,
        ReviewCycleKind.Quarterly => ReviewPeriodKind.Quarter,
        ReviewCycleKind.Monthly => ReviewPeriodKind.Month,
        _ => null,
    };

    /// <summary>Tells whether an organization is in the cycle's scope.</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <returns><see langword="true"/> when it is in the tree and under (or is) the scope's root; <see langword="false"/> for <see langword="null"/>.</returns>
    public bool IsInScope(string? organizationId) =>
        Tree.TryGetIndex(organizationId, out var index) && index >= ScopeRootIndex && index < Tree.SubtreeEnd[ScopeRootIndex];

    /// <summary>Tells whether a subject's organization is in the cycle's scope.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns><see langword="true"/> when in scope; <see langword="false"/> for <c>default(ReviewSubject)</c>.</returns>
    public bool IsInScope(ReviewSubject subject) => !subject.IsDefault && IsInScope(subject.OrganizationId);

    /// <summary>The default deadline of a stage in this cycle.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The day, or <see langword="null"/> when the schedule sets none.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="stage"/> is not a defined stage.</exception>
    public LocalDate? DueDate(ReviewStage stage) => Schedule.DueDate(stage, Period);

    /// <summary>Builds the ordering plan of the given subjects under the cycle's order rules.</summary>
    /// <param name="subjects">The subjects in scope.</param>
    /// <returns>The plan; see <see cref="ReviewOrder.Plan"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subjects"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A subject is the default value, listed twice, or out of scope.</exception>
    public IReadOnlyList<ReviewSubject> BuildPlan(IEnumerable<ReviewSubject> subjects) =>
        ReviewOrder.Plan(Tree, ScopeRootId, subjects, Order);

    /// <summary>Checks a plan against the cycle's order rules.</summary>
    /// <param name="plan">The subjects in review order.</param>
    /// <returns>Every broken rule; empty when the plan is valid. See <see cref="ReviewOrder.Validate"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A subject is the default value.</exception>
    public IReadOnlyList<OrderViolation> ValidatePlan(IEnumerable<ReviewSubject> plan) =>
        ReviewOrder.Validate(Tree, ScopeRootId, plan, Order);

    /// <summary>Writes the id, kind, period and scope.</summary>
    /// <returns>For example <c>"2025-annual (Annual, năm 2025, scope Q-BT)"</c>.</returns>
    public override string ToString() => $"{Id} ({Kind}, {Period}, scope {ScopeRootId})";
}

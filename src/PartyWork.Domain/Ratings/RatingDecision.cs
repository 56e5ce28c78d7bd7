namespace PartyWork.Domain.Ratings;

/// <summary>
/// The outcome of <see cref="RatingPolicy.Decide(RatingFacts)"/> for one subject: the highest level the rules allow,
/// whether the checked level (proposed, or self-rating) is allowed, the violations and, on demand, every cap explained.
/// </summary>
/// <remarks>
/// <para>
/// A small struct that references the policy and the facts. When the checked level is allowed, building it allocates
/// nothing; <see cref="ExplainCaps"/> re-runs the same rules to list each cap with its rule id, messages and figures.
/// </para>
/// <para><c>default(RatingDecision)</c> has no policy; the library never returns it.</para>
/// </remarks>
public readonly record struct RatingDecision
{
    private readonly IReadOnlyList<RuleViolation>? violations;

    internal RatingDecision(RatingPolicy policy, RatingFacts facts, RatingLevel? highestAllowed, IReadOnlyList<RuleViolation> violations)
    {
        Policy = policy;
        Facts = facts;
        HighestAllowed = highestAllowed;
        this.violations = violations;
    }

    /// <summary>Gets the policy applied.</summary>
    /// <value>The policy.</value>
    public RatingPolicy Policy { get; }

    /// <summary>Gets the facts decided on.</summary>
    /// <value>The facts.</value>
    public RatingFacts Facts { get; }

    /// <summary>Gets the highest level the rules allow, or <see langword="null"/> when the subject is exempt (R124-EXEMPT).</summary>
    /// <value>A level or <see langword="null"/>.</value>
    public RatingLevel? HighestAllowed { get; }

    /// <summary>Gets whether the subject is not rated this year (R124-EXEMPT).</summary>
    /// <value><see langword="true"/> when exempt.</value>
    public bool IsExempt => HighestAllowed is null;

    /// <summary>
    /// Gets the rule violations: those of an invalid score sheet first, then those of the checked level (none when it
    /// is allowed or nothing was proposed).
    /// </summary>
    /// <value>The violations, each with its rule id, messages and figures; empty on <c>default(RatingDecision)</c>.</value>
    public IReadOnlyList<RuleViolation> Violations => violations ?? [];

    /// <summary>Gets whether the checked level breaks a rule.</summary>
    /// <value><see langword="true"/> when <see cref="Violations"/> is not empty.</value>
    public bool HasViolations => Violations.Count > 0;

    /// <summary>Lists every cap on the subject, in the order the rules apply (levels, triggers, caps by the led unit).</summary>
    /// <returns>The caps; empty when the subject may be excellent or is exempt.</returns>
    public IReadOnlyList<RatingCap> ExplainCaps() =>
        Policy is null || IsExempt ? [] : RatingExplainer.Explain(Policy, Facts);
}

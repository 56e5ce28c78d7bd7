using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// The excellent quota of a group: excellent at most <see cref="MaxExcellentPercentOfGood"/>% of good
/// (R21-QUOTA-MEMBER, R21-QUOTA-LEADCOLL, R21-QUOTA-LEADER, R124-QUOTA, R335-QUOTA; R366-QUOTA is [U] and defaults to
/// 20% as a parameter).
/// </summary>
/// <remarks>Immutable; change a value with <c>with</c>.</remarks>
public sealed partial record QuotaRule
{
    private readonly decimal maxExcellentPercentOfGood = 20m;

    /// <summary>Creates a quota rule.</summary>
    /// <param name="ruleId">The rule it implements.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is empty or white space.</exception>
    public QuotaRule(string ruleId) => RuleId = Guard.Against.NullOrWhiteSpace(ruleId);

    /// <summary>Gets the state civil-servant quota of Nghị định 335/2025 (R335-QUOTA), from 2026.</summary>
    /// <value>20% of good, per agency and per group with similar tasks.</value>
    public static QuotaRule Decree335 { get; } = new("R335-QUOTA");

    /// <summary>Gets the rule id cited.</summary>
    /// <value>A rule id from REGULATIONS.md.</value>
    public string RuleId { get; }

    /// <summary>Gets the most excellent subjects allowed, as a percentage of the good ones in the same group.</summary>
    /// <value>20 by default.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0–100.</exception>
    public decimal MaxExcellentPercentOfGood
    {
        get => maxExcellentPercentOfGood;
        init => maxExcellentPercentOfGood = Guard.Against.InvalidPercent(value, nameof(MaxExcellentPercentOfGood));
    }

    /// <summary>Whether <paramref name="excellent"/> excellent subjects fit the quota next to <paramref name="good"/> good ones (exact).</summary>
    /// <param name="excellent">Excellent count.</param>
    /// <param name="good">Good count.</param>
    /// <returns><see langword="true"/> when <c>100 × excellent ≤ percent × good</c>.</returns>
    /// <exception cref="ArgumentException">A count is negative.</exception>
    public bool Allows(long excellent, long good)
    {
        Guard.Against.Negative(excellent);
        Guard.Against.Negative(good);
        return excellent * 100m <= maxExcellentPercentOfGood * good;
    }
}

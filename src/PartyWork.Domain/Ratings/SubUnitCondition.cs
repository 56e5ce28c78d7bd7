using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// What a collective's sub-units (or a cell's members) must reach for the collective to be excellent
/// (R21-ORG-XS: 100% at least completed and at least 80% good or better).
/// </summary>
/// <remarks>Immutable; change a value with <c>with</c>. Shares are compared exactly on the counts.</remarks>
public sealed record SubUnitCondition
{
    private readonly string ruleId = "R21-ORG-XS";

    private readonly decimal minAtLeastCompletedPercent = 100m;
    private readonly decimal minAtLeastGoodPercent = 80m;

    /// <summary>Gets the rule it implements.</summary>
    /// <value><c>"R21-ORG-XS"</c> by default.</value>
    /// <exception cref="ArgumentException">Set to a null, empty or white-space id (<see cref="ArgumentNullException"/> for null).</exception>
    public string RuleId { get => ruleId; init => ruleId = Guard.Against.InvalidRuleId(value, nameof(RuleId)); }

    /// <summary>Gets the kinds of subject it applies to.</summary>
    /// <value>Party organizations by default.</value>
    public RatingSubjects Subjects { get; init; } = RatingSubjects.PartyOrganization;

    /// <summary>Gets the least share of sub-units rated completed or better, in percent.</summary>
    /// <value>100 by default (R21-ORG-XS).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0–100.</exception>
    public decimal MinAtLeastCompletedPercent
    {
        get => minAtLeastCompletedPercent;
        init => minAtLeastCompletedPercent = Guard.Against.InvalidPercent(value, nameof(MinAtLeastCompletedPercent));
    }

    /// <summary>Gets the least share of sub-units rated good or better, in percent.</summary>
    /// <value>80 by default (R21-ORG-XS).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0–100.</exception>
    public decimal MinAtLeastGoodPercent
    {
        get => minAtLeastGoodPercent;
        init => minAtLeastGoodPercent = Guard.Against.InvalidPercent(value, nameof(MinAtLeastGoodPercent));
    }

    /// <summary>Whether a sub-unit tally meets the condition; an empty tally meets it. Exact, whatever the counts (no overflow).</summary>
    /// <param name="subUnits">The ratings of the sub-units.</param>
    /// <returns><see langword="true"/> when both shares reach their minimum.</returns>
    public bool IsMetBy(RatingTally subUnits)
    {
        var total = subUnits.ExactTotal;
        return total == 0m
            || (subUnits.ExactAtLeast(RatingLevel.Completed) * 100m >= minAtLeastCompletedPercent * total
                && subUnits.ExactAtLeast(RatingLevel.Good) * 100m >= minAtLeastGoodPercent * total);
    }
}

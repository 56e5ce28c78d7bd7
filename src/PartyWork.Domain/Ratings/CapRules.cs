using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// The caps tying a leadership collective and a head to the unit they lead (R21-CAP-COLL, R21-CAP-HEAD,
/// R124-HEAD-TIE). Both are switches: the explicit head cap after 2023 is [U] in the brief, so it stays configurable.
/// </summary>
/// <remarks>Immutable; change a value with <c>with</c>.</remarks>
public sealed record CapRules
{
    private readonly string headRuleId = "R21-CAP-HEAD";

    private readonly string leadershipCollectiveRuleId = "R21-CAP-COLL";

    /// <summary>Gets whether a leadership collective is capped at the rating of the organization it leads.</summary>
    /// <value><see langword="true"/> by default (R21-CAP-COLL).</value>
    public bool CapLeadershipCollective { get; init; } = true;

    /// <summary>Gets the rule id cited for the collective cap.</summary>
    /// <value><c>"R21-CAP-COLL"</c> by default.</value>
    /// <exception cref="ArgumentException">Set to a null, empty or white-space id (<see cref="ArgumentNullException"/> for null).</exception>
    public string LeadershipCollectiveRuleId { get => leadershipCollectiveRuleId; init => leadershipCollectiveRuleId = Guard.Against.InvalidRuleId(value, nameof(LeadershipCollectiveRuleId)); }

    /// <summary>Gets whether a head (leader) is capped at the rating of the collective or organization they head.</summary>
    /// <value><see langword="true"/> by default (R21-CAP-HEAD; under 124 and 366 the R124-HEAD-TIE principle, [U] as an explicit cap).</value>
    public bool CapHead { get; init; } = true;

    /// <summary>Gets the rule id cited for the head cap.</summary>
    /// <value><c>"R21-CAP-HEAD"</c> under 132; <c>"R124-HEAD-TIE"</c> under 124 and 366.</value>
    /// <exception cref="ArgumentException">Set to a null, empty or white-space id (<see cref="ArgumentNullException"/> for null).</exception>
    public string HeadRuleId { get => headRuleId; init => headRuleId = Guard.Against.InvalidRuleId(value, nameof(HeadRuleId)); }
}

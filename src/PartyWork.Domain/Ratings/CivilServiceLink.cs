using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// How a member's rating as cadre or civil servant bounds the Party rating: excellent needs excellent in that capacity
/// (R21-MEMBER-XS), K in that capacity makes the member K (R21-MEMBER-K, through <see cref="NotCompletedTriggers.CivilServiceNotCompleted"/>).
/// </summary>
/// <remarks>Immutable; change a value with <c>with</c>.</remarks>
public sealed record CivilServiceLink
{
    private readonly string ruleId = "R21-MEMBER-XS";

    /// <summary>Gets the rule id cited.</summary>
    /// <value><c>"R21-MEMBER-XS"</c> by default.</value>
    /// <exception cref="ArgumentException">Set to a null, empty or white-space id (<see cref="ArgumentNullException"/> for null).</exception>
    public string RuleId { get => ruleId; init => ruleId = Guard.Against.InvalidRuleId(value, nameof(RuleId)); }

    /// <summary>Gets the kinds of subject it applies to.</summary>
    /// <value>Individuals and leaders.</value>
    public RatingSubjects Subjects { get; init; } = RatingSubjects.Persons;
}

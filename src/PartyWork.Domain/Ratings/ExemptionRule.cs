using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>Who is not rated at all (R124-EXEMPT: suspended members and members admitted less than 6 months ago).</summary>
/// <remarks>Immutable; change a value with <c>with</c>.</remarks>
public sealed record ExemptionRule
{
    private readonly string ruleId = "R124-EXEMPT";

    private readonly int minMonthsSinceAdmission = 6;

    /// <summary>Gets the rule id cited.</summary>
    /// <value><c>"R124-EXEMPT"</c> by default.</value>
    /// <exception cref="ArgumentException">Set to a null, empty or white-space id (<see cref="ArgumentNullException"/> for null).</exception>
    public string RuleId { get => ruleId; init => ruleId = Guard.Against.InvalidRuleId(value, nameof(RuleId)); }

    /// <summary>Gets whether suspended members (đang bị đình chỉ sinh hoạt) are not rated.</summary>
    /// <value><see langword="true"/> by default.</value>
    public bool ExemptSuspended { get; init; } = true;

    /// <summary>Gets the months of membership below which a member is not rated.</summary>
    /// <value>6 by default; 0 turns the exemption off.</value>
    /// <exception cref="ArgumentException">Set to a negative number.</exception>
    public int MinMonthsSinceAdmission
    {
        get => minMonthsSinceAdmission;
        init => minMonthsSinceAdmission = Guard.Against.Negative(value, nameof(MinMonthsSinceAdmission));
    }
}

using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// How a leader's term rating follows from the yearly ratings (R89-TERM, QĐ 89-QĐ/TW 2017 [V-tr]; whether it still
/// applies under 366 is [U]): K with at least 2 K years; excellent with at least 4 excellent years; good with at least
/// 3 years good or better and no K; completed with at least 3 years completed or better.
/// </summary>
/// <remarks>
/// Immutable; change a count with <c>with</c>. Counting "good or better" for the good level (and "completed or better"
/// for completed) is an inference [I] from the translated wording; see docs/decisions/ratings-term-rating.md.
/// </remarks>
public sealed record TermRatingRule
{
    private readonly int notCompletedYears = 2;
    private readonly int excellentYears = 4;
    private readonly int goodYears = 3;
    private readonly int completedYears = 3;

    /// <summary>Gets the rule as QĐ 89 states it.</summary>
    /// <value>2 / 4 / 3 / 3.</value>
    public static TermRatingRule Regulation89 { get; } = new();

    /// <summary>Gets the rule id cited.</summary>
    /// <value><c>"R89-TERM"</c> by default.</value>
    public string RuleId { get; init; } = "R89-TERM";

    /// <summary>Gets the K years that make the term K.</summary>
    /// <value>2 by default; at least 1.</value>
    /// <exception cref="ArgumentException">Set below 1.</exception>
    public int NotCompletedYears { get => notCompletedYears; init => notCompletedYears = Guard.Against.NegativeOrZero(value, nameof(NotCompletedYears)); }

    /// <summary>Gets the excellent years an excellent term needs.</summary>
    /// <value>4 by default; at least 1.</value>
    /// <exception cref="ArgumentException">Set below 1.</exception>
    public int ExcellentYears { get => excellentYears; init => excellentYears = Guard.Against.NegativeOrZero(value, nameof(ExcellentYears)); }

    /// <summary>Gets the years good or better a good term needs (with no K year).</summary>
    /// <value>3 by default; at least 1.</value>
    /// <exception cref="ArgumentException">Set below 1.</exception>
    public int GoodYears { get => goodYears; init => goodYears = Guard.Against.NegativeOrZero(value, nameof(GoodYears)); }

    /// <summary>Gets the years completed or better a completed term needs.</summary>
    /// <value>3 by default; at least 1.</value>
    /// <exception cref="ArgumentException">Set below 1.</exception>
    public int CompletedYears { get => completedYears; init => completedYears = Guard.Against.NegativeOrZero(value, nameof(CompletedYears)); }
}

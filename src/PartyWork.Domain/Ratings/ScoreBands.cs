using System.ComponentModel;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// The score bands of a 100-point policy (R366-BANDS: excellent ≥ 90, good 70–&lt;90, completed 50–&lt;70,
/// not completed &lt; 50). The four bands partition 0–100 with no gap and no overlap.
/// </summary>
/// <remarks>
/// The thresholds are checked when the value is built (0 &lt; completed &lt; good &lt; excellent ≤ 100), so every
/// instance is a partition. Immutable and thread safe.
/// </remarks>
public sealed record ScoreBands
{
    /// <summary>The highest score of the scale.</summary>
    public const decimal MaximumScore = 100m;

    /// <summary>Creates bands from their lower thresholds.</summary>
    /// <param name="excellentFrom">Lowest excellent score (90 under R366-BANDS).</param>
    /// <param name="goodFrom">Lowest good score (70).</param>
    /// <param name="completedFrom">Lowest completed score (50).</param>
    /// <param name="ruleId">The rule the bands implement; <c>"R366-BANDS"</c> by default.</param>
    /// <exception cref="ArgumentOutOfRangeException">The thresholds are not 0 &lt; completed &lt; good &lt; excellent ≤ 100.</exception>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is <see langword="null"/>.</exception>
    public ScoreBands(decimal excellentFrom, decimal goodFrom, decimal completedFrom, string ruleId = "R366-BANDS")
    {
        if (!(completedFrom > 0m && goodFrom > completedFrom && excellentFrom > goodFrom && excellentFrom <= MaximumScore))
        {
            throw new ArgumentOutOfRangeException(
                nameof(excellentFrom),
                $"Band thresholds must satisfy 0 < completed < good < excellent <= 100; got completed {completedFrom}, good {goodFrom}, excellent {excellentFrom}.");
        }

        CompletedFrom = completedFrom;
        GoodFrom = goodFrom;
        ExcellentFrom = excellentFrom;
        RuleId = Guard.Against.NullOrWhiteSpace(ruleId);
    }

    /// <summary>Gets the bands of 366-QĐ/TW with Hướng dẫn 43 (R366-BANDS): 90 / 70 / 50.</summary>
    /// <value>The standard bands.</value>
    public static ScoreBands Regulation366 { get; } = new(90m, 70m, 50m);

    /// <summary>Gets the lowest excellent score.</summary>
    /// <value>90 under R366-BANDS.</value>
    public decimal ExcellentFrom { get; }

    /// <summary>Gets the lowest good score.</summary>
    /// <value>70 under R366-BANDS.</value>
    public decimal GoodFrom { get; }

    /// <summary>Gets the lowest completed score; below it is not completed.</summary>
    /// <value>50 under R366-BANDS.</value>
    public decimal CompletedFrom { get; }

    /// <summary>Gets the rule these bands implement.</summary>
    /// <value><c>"R366-BANDS"</c> unless an agency supplied its own.</value>
    public string RuleId { get; }

    /// <summary>Gets the four bands from the highest to the lowest.</summary>
    /// <value>Excellent [E, 100], good [G, E), completed [C, G), not completed [0, C).</value>
    public IReadOnlyList<ScoreBand> All =>
    [
        new(RatingLevel.Excellent, ExcellentFrom, MaximumScore, true),
        new(RatingLevel.Good, GoodFrom, ExcellentFrom, false),
        new(RatingLevel.Completed, CompletedFrom, GoodFrom, false),
        new(RatingLevel.NotCompleted, 0m, CompletedFrom, false),
    ];

    /// <summary>The lowest score of a level's band.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The threshold; 0 for <see cref="RatingLevel.NotCompleted"/>.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="level"/> is not a defined level.</exception>
    public decimal LowerBound(RatingLevel level) => Guard.Against.EnumOutOfRange(level) switch
    {
        RatingLevel.Excellent => ExcellentFrom,
        RatingLevel.Good => GoodFrom,
        RatingLevel.Completed => CompletedFrom,
        _ => 0m,
    };

    /// <summary>The level whose band holds <paramref name="score"/> (points only; conditions are the policy's job).</summary>
    /// <param name="score">A score from 0 to 100.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is outside 0–100.</exception>
    public RatingLevel LevelFor(decimal score)
    {
        Guard.Against.OutOfRange(score, nameof(score), 0m, MaximumScore);
        return score >= ExcellentFrom ? RatingLevel.Excellent
            : score >= GoodFrom ? RatingLevel.Good
            : score >= CompletedFrom ? RatingLevel.Completed
            : RatingLevel.NotCompleted;
    }
}

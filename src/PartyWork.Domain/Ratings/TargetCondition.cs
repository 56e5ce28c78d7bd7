using System.ComponentModel;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// A condition a level needs on top of its band: shares of the targets done, done on time and exceeded
/// (R124-XS: 100% on time, ≥ 50% exceeded; R366-XS-COND: ≥ 30% exceeded; R366-T-COND: 100% on time;
/// R366-HT-COND: late ≤ 20%). A leader's led unit has its own conditions (<see cref="RatingPolicy.ExcellentLedUnitTargets"/>,
/// <see cref="RatingPolicy.GoodLedUnitTargets"/>).
/// </summary>
/// <remarks>Immutable; change a value with <c>with</c>. Each value is checked when set.</remarks>
public sealed record TargetCondition
{
    private readonly decimal minDonePercent = 100m;
    private readonly decimal minOnTimePercent;
    private readonly decimal minExceededPercent;

    /// <summary>Creates a condition.</summary>
    /// <param name="ruleId">The rule it implements, for example <c>"R366-XS-COND"</c>.</param>
    /// <param name="subjects">The kinds of subject it applies to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is empty or white space.</exception>
    public TargetCondition(string ruleId, RatingSubjects subjects)
    {
        RuleId = Guard.Against.NullOrWhiteSpace(ruleId);
        Subjects = subjects;
    }

    /// <summary>Gets the rule this condition implements.</summary>
    /// <value>A rule id from REGULATIONS.md.</value>
    public string RuleId { get; }

    /// <summary>Gets the kinds of subject the condition applies to.</summary>
    /// <value>A set of kinds.</value>
    public RatingSubjects Subjects { get; init; }

    /// <summary>Gets the least share of targets done, in percent.</summary>
    /// <value>0 to 100; 100 by default.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0–100.</exception>
    public decimal MinDonePercent { get => minDonePercent; init => minDonePercent = Guard.Against.InvalidPercent(value, nameof(MinDonePercent)); }

    /// <summary>Gets the least share of targets done on time, in percent.</summary>
    /// <value>0 to 100; 0 by default.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0–100.</exception>
    public decimal MinOnTimePercent { get => minOnTimePercent; init => minOnTimePercent = Guard.Against.InvalidPercent(value, nameof(MinOnTimePercent)); }

    /// <summary>Gets the least share of targets exceeded, in percent.</summary>
    /// <value>0 to 100; 0 by default.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0–100.</exception>
    public decimal MinExceededPercent { get => minExceededPercent; init => minExceededPercent = Guard.Against.InvalidPercent(value, nameof(MinExceededPercent)); }

    /// <summary>Whether the condition covers <paramref name="kind"/>.</summary>
    /// <param name="kind">A subject kind.</param>
    /// <returns><see langword="true"/> when <see cref="Subjects"/> includes it.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="kind"/> is not a defined kind.</exception>
    public bool AppliesTo(RatingSubjectKind kind) => Subjects.Includes(Guard.Against.EnumOutOfRange(kind));

    /// <summary>Whether <paramref name="figures"/> meet the condition (exact integer-and-decimal comparison).</summary>
    /// <param name="figures">The figures.</param>
    /// <returns><see langword="true"/> when every share reaches its minimum (vacuously with no targets).</returns>
    public bool IsMetBy(TargetFigures figures) =>
        figures.AtLeast(figures.Done, minDonePercent)
        && figures.AtLeast(figures.OnTime, minOnTimePercent)
        && figures.AtLeast(figures.Exceeded, minExceededPercent);
}

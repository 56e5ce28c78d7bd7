using System.ComponentModel;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// Excellent needs a clean record: no sub-unit and no member of the leadership disciplined in the year
/// (R124-XS, R366-XS-COND for collectives).
/// </summary>
/// <param name="RuleId">The rule it implements.</param>
/// <param name="Subjects">The kinds of subject it applies to.</param>
/// <remarks>Immutable; change a value with <c>with</c>.</remarks>
public sealed record CleanRecordCondition(string RuleId, RatingSubjects Subjects)
{
    /// <summary>Whether the condition covers <paramref name="kind"/>.</summary>
    /// <param name="kind">A subject kind.</param>
    /// <returns><see langword="true"/> when <see cref="Subjects"/> includes it.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="kind"/> is not a defined kind.</exception>
    public bool AppliesTo(RatingSubjectKind kind) => Subjects.Includes(Guard.Against.EnumOutOfRange(kind));
}

using System.ComponentModel;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// The criterion grades a level needs (R21-MEMBER-XS, R21-ORG-XS: task results "Xuất sắc", the rest at least "Tốt";
/// R124-XS / R124-T / R124-HT for the later levels).
/// </summary>
/// <param name="RuleId">The rule it implements.</param>
/// <param name="Subjects">The kinds of subject it applies to.</param>
/// <param name="MinTaskResult">The least grade of the task-results criterion.</param>
/// <param name="MinOther">The least grade of every other criterion.</param>
/// <remarks>Immutable; change a value with <c>with</c>.</remarks>
public sealed record GradeCondition(string RuleId, RatingSubjects Subjects, CriterionGrade MinTaskResult, CriterionGrade MinOther)
{
    /// <summary>Gets the rule id cited for collectives when it differs from <see cref="RuleId"/> (R21-ORG-XS next to R21-MEMBER-XS).</summary>
    /// <value>An id, or <see langword="null"/> to cite <see cref="RuleId"/> for everyone.</value>
    public string? CollectiveRuleId { get; init; }

    /// <summary>The rule id cited for a kind of subject.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see cref="CollectiveRuleId"/> for collectives when set, otherwise <see cref="RuleId"/>.</returns>
    public string RuleIdFor(RatingSubjectKind kind) =>
        kind is RatingSubjectKind.LeadershipCollective or RatingSubjectKind.PartyOrganization && CollectiveRuleId is { } id ? id : RuleId;

    /// <summary>Whether the grades meet the condition; grades not given are not checked.</summary>
    /// <param name="taskResult">The task-results grade, if known.</param>
    /// <param name="lowestOther">The lowest grade among the other criteria, if known.</param>
    /// <returns><see langword="true"/> when every known grade reaches its minimum.</returns>
    public bool IsMetBy(CriterionGrade? taskResult, CriterionGrade? lowestOther) =>
        (taskResult is not { } t || t >= MinTaskResult) && (lowestOther is not { } o || o >= MinOther);

    /// <summary>Whether the condition covers <paramref name="kind"/>.</summary>
    /// <param name="kind">A subject kind.</param>
    /// <returns><see langword="true"/> when <see cref="Subjects"/> includes it.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="kind"/> is not a defined kind.</exception>
    public bool AppliesTo(RatingSubjectKind kind) => Subjects.Includes(Guard.Against.EnumOutOfRange(kind));
}

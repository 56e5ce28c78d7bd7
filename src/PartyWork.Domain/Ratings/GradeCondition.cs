using System.ComponentModel;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// The criterion grades a level needs (R21-MEMBER-XS, R21-ORG-XS: task results "Xuất sắc", the rest at least "Tốt";
/// R124-XS / R124-T / R124-HT for the later levels).
/// </summary>
/// <remarks>Immutable; change a value with <c>with</c>. Each value is checked when set.</remarks>
public sealed record GradeCondition
{
    private readonly string ruleId;
    private readonly CriterionGrade minTaskResult;
    private readonly CriterionGrade minOther;

    /// <summary>Creates a condition.</summary>
    /// <param name="ruleId">The rule it implements.</param>
    /// <param name="subjects">The kinds of subject it applies to.</param>
    /// <param name="minTaskResult">The least grade of the task-results criterion.</param>
    /// <param name="minOther">The least grade of every other criterion.</param>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is null, empty or white space.</exception>
    /// <exception cref="InvalidEnumArgumentException">A grade is not defined.</exception>
    public GradeCondition(string ruleId, RatingSubjects subjects, CriterionGrade minTaskResult, CriterionGrade minOther)
    {
        this.ruleId = Guard.Against.InvalidRuleId(ruleId, nameof(ruleId));
        Subjects = subjects;
        this.minTaskResult = Guard.Against.EnumOutOfRange(minTaskResult);
        this.minOther = Guard.Against.EnumOutOfRange(minOther);
    }

    /// <summary>Gets the rule it implements.</summary>
    /// <value>A rule id.</value>
    /// <exception cref="ArgumentException">Set to a null, empty or white-space id.</exception>
    public string RuleId { get => ruleId; init => ruleId = Guard.Against.InvalidRuleId(value, nameof(RuleId)); }

    /// <summary>Gets the kinds of subject it applies to.</summary>
    /// <value>A set of kinds.</value>
    public RatingSubjects Subjects { get; init; }

    /// <summary>Gets the least grade of the task-results criterion.</summary>
    /// <value>A defined grade.</value>
    /// <exception cref="InvalidEnumArgumentException">Set to an undefined grade.</exception>
    public CriterionGrade MinTaskResult { get => minTaskResult; init => minTaskResult = Guard.Against.EnumOutOfRange(value, nameof(MinTaskResult)); }

    /// <summary>Gets the least grade of every other criterion.</summary>
    /// <value>A defined grade.</value>
    /// <exception cref="InvalidEnumArgumentException">Set to an undefined grade.</exception>
    public CriterionGrade MinOther { get => minOther; init => minOther = Guard.Against.EnumOutOfRange(value, nameof(MinOther)); }

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
        (taskResult is not { } t || t >= minTaskResult) && (lowestOther is not { } o || o >= minOther);

    /// <summary>Whether the condition covers <paramref name="kind"/>.</summary>
    /// <param name="kind">A subject kind.</param>
    /// <returns><see langword="true"/> when <see cref="Subjects"/> includes it.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="kind"/> is not a defined kind.</exception>
    public bool AppliesTo(RatingSubjectKind kind) => Subjects.Includes(Guard.Against.EnumOutOfRange(kind));
}

using System.ComponentModel;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// A level needs a clean record: no sub-unit and no member of the leadership disciplined in the year (excellent:
/// R124-XS, R366-XS-COND for collectives; good and completed: R124-T, R124-HT, where discipline for a violation the
/// sub-unit or member detected and remedied itself is excepted).
/// </summary>
/// <remarks>Immutable; change a value with <c>with</c>.</remarks>
public sealed record CleanRecordCondition
{
    private readonly string ruleId;

    /// <summary>Creates a condition.</summary>
    /// <param name="ruleId">The rule it implements.</param>
    /// <param name="subjects">The kinds of subject it applies to.</param>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is null, empty or white space.</exception>
    public CleanRecordCondition(string ruleId, RatingSubjects subjects)
    {
        this.ruleId = Guard.Against.InvalidRuleId(ruleId, nameof(ruleId));
        Subjects = subjects;
    }

    /// <summary>Gets the rule it implements.</summary>
    /// <value>A rule id.</value>
    /// <exception cref="ArgumentException">Set to a null, empty or white-space id.</exception>
    public string RuleId { get => ruleId; init => ruleId = Guard.Against.InvalidRuleId(value, nameof(RuleId)); }

    /// <summary>Gets the kinds of subject it applies to.</summary>
    /// <value>A set of kinds.</value>
    public RatingSubjects Subjects { get; init; }

    /// <summary>Gets whether discipline for violations detected and remedied by the disciplined sub-unit or member itself is excepted (R124-T, R124-HT).</summary>
    /// <value><see langword="false"/> by default (R124-XS, R366-XS-COND: no one disciplined at all).</value>
    public bool SelfDetectedExcepted { get; init; }

    /// <summary>Whether the condition covers <paramref name="kind"/>.</summary>
    /// <param name="kind">A subject kind.</param>
    /// <returns><see langword="true"/> when <see cref="Subjects"/> includes it.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="kind"/> is not a defined kind.</exception>
    public bool AppliesTo(RatingSubjectKind kind) => Subjects.Includes(Guard.Against.EnumOutOfRange(kind));

    /// <summary>Whether the facts meet the condition.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns><see langword="true"/> when no sub-unit and no leadership member counts as disciplined.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is <see langword="null"/>.</exception>
    public bool IsMetBy(RatingFacts facts)
    {
        Guard.Against.Null(facts);
        var subUnits = SelfDetectedExcepted ? facts.DisciplinedSubUnits > 0 : facts.AllDisciplinedSubUnits > 0m;
        var member = facts.LeadershipMemberDiscipline != Discipline.None && !(SelfDetectedExcepted && facts.LeadershipMemberSelfDetected);
        return !subUnits && !member;
    }
}

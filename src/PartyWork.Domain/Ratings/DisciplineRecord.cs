namespace PartyWork.Domain.Ratings;

/// <summary>The heaviest discipline a subject received in the rating year, with the facts the rules look at.</summary>
/// <param name="Form">The discipline form; <see cref="Discipline.None"/> when not disciplined.</param>
/// <param name="NotDutyRelated">
/// Whether it was for a violation outside the subject's duties (R366-K-LEADER counts duty-related discipline only when
/// <see cref="DisciplineRule.DutyRelatedOnly"/> is set). <see langword="false"/> by default, the safe reading: every
/// record counts unless the caller says it was not duty related.
/// </param>
/// <param name="SelfDetectedAndRemedied">Whether the subject detected and remedied the violation itself (R124-K exception).</param>
/// <param name="AlreadyCounted">Whether the violation already led to a K rating in an earlier year (R48-DISCIPLINE: counted once).</param>
/// <remarks>
/// <c>default(DisciplineRecord)</c> is "not disciplined". Every flag defaults to <see langword="false"/> however the
/// record is built (positional constructor, object initializer or <c>default</c>), so the three agree.
/// </remarks>
public readonly record struct DisciplineRecord(
    Discipline Form,
    bool NotDutyRelated = false,
    bool SelfDetectedAndRemedied = false,
    bool AlreadyCounted = false)
{
    /// <summary>Gets the record of a subject who was not disciplined.</summary>
    /// <value><c>default(DisciplineRecord)</c>.</value>
    public static DisciplineRecord None => default;

    /// <summary>Gets whether it was for a violation in the subject's duties: the negation of <see cref="NotDutyRelated"/>.</summary>
    /// <value><see langword="true"/> unless <see cref="NotDutyRelated"/> is set.</value>
    public bool DutyRelated => !NotDutyRelated;
}

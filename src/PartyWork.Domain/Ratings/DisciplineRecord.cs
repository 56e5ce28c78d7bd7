namespace PartyWork.Domain.Ratings;

/// <summary>The heaviest discipline a subject received in the rating year, with the facts the rules look at.</summary>
/// <param name="Form">The discipline form; <see cref="Discipline.None"/> when not disciplined.</param>
/// <param name="DutyRelated">Whether it was for a violation in the subject's duties (R366-K-LEADER).</param>
/// <param name="SelfDetectedAndRemedied">Whether the subject detected and remedied the violation itself (R124-K exception).</param>
/// <param name="AlreadyCounted">Whether the violation already led to a K rating in an earlier year (R48-DISCIPLINE: counted once).</param>
/// <remarks><c>default(DisciplineRecord)</c> is "not disciplined".</remarks>
public readonly record struct DisciplineRecord(
    Discipline Form,
    bool DutyRelated = true,
    bool SelfDetectedAndRemedied = false,
    bool AlreadyCounted = false)
{
    /// <summary>Gets the record of a subject who was not disciplined.</summary>
    /// <value><c>default(DisciplineRecord)</c>.</value>
    public static DisciplineRecord None => default;
}

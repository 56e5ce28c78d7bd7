namespace PartyWork.Domain.Ratings;

/// <summary>How many of a group may be excellent under the quota, and who, in score order.</summary>
/// <param name="Rule">The quota applied.</param>
/// <param name="Pool">Candidates allowed good or better: the excellent and good counts together.</param>
/// <param name="Eligible">Candidates whose own rules allow excellent.</param>
/// <param name="ExcellentCount">How many are given excellent.</param>
/// <param name="ExceptionApplied">Whether the outstanding-unit exception lifted the quota.</param>
/// <param name="Assignments">The level of every candidate, in the order given.</param>
/// <param name="TiedAtCut">Ids of eligible candidates sharing the score at the cut, some in and some out: the competent level must decide between them (empty when the cut is clean).</param>
/// <remarks>Immutable.</remarks>
public sealed record QuotaSolution(
    QuotaRule Rule,
    long Pool,
    long Eligible,
    long ExcellentCount,
    bool ExceptionApplied,
    IReadOnlyList<QuotaAssignment> Assignments,
    IReadOnlyList<string> TiedAtCut)
{
    /// <summary>Gets how many are given good.</summary>
    /// <value><c>Pool − ExcellentCount</c>.</value>
    public long GoodCount => Pool - ExcellentCount;
}

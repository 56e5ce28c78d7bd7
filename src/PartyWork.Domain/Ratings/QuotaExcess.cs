namespace PartyWork.Domain.Ratings;

/// <summary>A group whose excellent count breaks the quota, by how many, and the violation to report.</summary>
/// <param name="Group">The group.</param>
/// <param name="AllowedWithCurrentGood">The most excellent subjects the current good count allows (⌊percent × good / 100⌋).</param>
/// <param name="MinimumDemotions">The fewest excellent subjects to move down to good to meet the quota (each move also adds one good).</param>
/// <param name="Violation">The rule violation, with messages and figures.</param>
/// <remarks>Immutable.</remarks>
public sealed record QuotaExcess(QuotaGroup Group, long AllowedWithCurrentGood, long MinimumDemotions, RuleViolation Violation)
{
    /// <summary>Gets how many excellent subjects are over the number the current good count allows.</summary>
    /// <value><c>Excellent − AllowedWithCurrentGood</c>, one or more.</value>
    public long Excess => Group.Tally.Excellent - AllowedWithCurrentGood;
}

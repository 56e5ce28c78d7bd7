namespace PartyWork.Domain.Ratings;

/// <summary>How ties share a rank.</summary>
/// <remarks><c>default(RankingMethod)</c> (0) is not a method.</remarks>
public enum RankingMethod
{
    /// <summary>Standard competition ranking: 1, 2, 2, 4 (the next rank skips the tied places).</summary>
    Competition = 1,

    /// <summary>Dense ranking: 1, 2, 2, 3 (no gaps).</summary>
    Dense = 2,
}

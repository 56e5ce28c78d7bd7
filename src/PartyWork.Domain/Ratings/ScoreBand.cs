namespace PartyWork.Domain.Ratings;

/// <summary>One level's slice of the 100-point scale: from <see cref="From"/> (inclusive) up to <see cref="To"/>.</summary>
/// <param name="Level">The level the slice gives.</param>
/// <param name="From">The lowest score in the slice (inclusive).</param>
/// <param name="To">The upper end: exclusive, except for the top slice where it is 100 inclusive.</param>
/// <param name="ToInclusive">Whether <paramref name="To"/> itself belongs to the slice.</param>
/// <remarks><c>default(ScoreBand)</c> is an empty slice at 0 with no level; the library never returns it.</remarks>
public readonly record struct ScoreBand(RatingLevel Level, decimal From, decimal To, bool ToInclusive)
{
    /// <summary>Whether <paramref name="score"/> falls in this slice.</summary>
    /// <param name="score">A score.</param>
    /// <returns><see langword="true"/> when <c>From ≤ score &lt; To</c> (or <c>≤ To</c> for the top slice).</returns>
    public bool Contains(decimal score) => score >= From && (ToInclusive ? score <= To : score < To);
}

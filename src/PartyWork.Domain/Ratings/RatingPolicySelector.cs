using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// Which policy a review uses, by the year under review (R-POLICY-SELECT [I]): a list of boundaries, each the first
/// review year of a policy, in ascending order. <see cref="Default"/> holds the brief's reading (≤ 2017 legacy; 2018 →
/// 132 + HD16; 2019–2022 → 132 + HD21; 2023–2024 → 124 + HD25; ≥ 2025 → 366 + HD43); an agency that dates the change
/// of regulation otherwise builds its own.
/// </summary>
/// <remarks>
/// Immutable and thread safe. Equal when the boundaries are equal, in order. There is no <c>default</c> instance to
/// observe: it is a class built only through the constructor, which validates the list.
/// </remarks>
public sealed record RatingPolicySelector
{
    /// <summary>The earliest review year the library handles.</summary>
    public const int MinYear = 1930;

    /// <summary>The latest review year the library handles.</summary>
    public const int MaxYear = 9999;

    private readonly RatingPolicyBoundary[] boundaries;

    /// <summary>Creates a selector.</summary>
    /// <param name="boundaries">The boundaries: at least one, first review years strictly ascending, each in 1930–9999, none without a policy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="boundaries"/> is <see langword="null"/>, or an entry has no policy.</exception>
    /// <exception cref="ArgumentException">The list is empty, or the years are not strictly ascending.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A first review year is outside 1930–9999.</exception>
    public RatingPolicySelector(IEnumerable<RatingPolicyBoundary> boundaries)
    {
        Guard.Against.Null(boundaries);
        var list = boundaries.ToArray();
        Guard.Against.Zero(list.Length, nameof(boundaries));
        for (var i = 0; i < list.Length; i++)
        {
            Guard.Against.Null(list[i].Policy, nameof(boundaries), $"The boundary at index {i} has no policy.");
            Guard.Against.OutOfRange(list[i].FirstReviewYear, nameof(boundaries), MinYear, MaxYear, $"The first review year {list[i].FirstReviewYear} at index {i} is outside {MinYear}–{MaxYear}.");
            if (i > 0 && list[i].FirstReviewYear <= list[i - 1].FirstReviewYear)
            {
                throw new ArgumentException(
                    $"First review years must be strictly ascending; {list[i].FirstReviewYear} at index {i} follows {list[i - 1].FirstReviewYear}.",
                    nameof(boundaries));
            }
        }

        this.boundaries = list;
    }

    /// <summary>Gets the brief's selection (R-POLICY-SELECT [I]).</summary>
    /// <value>
    /// 1930 → <see cref="RatingPolicies.Legacy"/>, <see cref="RatingPolicies.FirstYearOf132"/> (2018) →
    /// <see cref="RatingPolicies.Qd132Hd16"/>, <see cref="RatingPolicies.FirstYearOfHd21"/> (2019) →
    /// <see cref="RatingPolicies.Qd132Hd21"/>, <see cref="RatingPolicies.FirstYearOf124"/> (2023) →
    /// <see cref="RatingPolicies.Qd124Hd25"/>, <see cref="RatingPolicies.FirstYearOf366"/> (2025) →
    /// <see cref="RatingPolicies.Qd366Hd43"/>.
    /// </value>
    public static RatingPolicySelector Default { get; } = new(
    [
        new(MinYear, RatingPolicies.Legacy),
        new(RatingPolicies.FirstYearOf132, RatingPolicies.Qd132Hd16),
        new(RatingPolicies.FirstYearOfHd21, RatingPolicies.Qd132Hd21),
        new(RatingPolicies.FirstYearOf124, RatingPolicies.Qd124Hd25),
        new(RatingPolicies.FirstYearOf366, RatingPolicies.Qd366Hd43),
    ]);

    /// <summary>Gets the boundaries, first review years ascending.</summary>
    /// <value>At least one entry.</value>
    public IReadOnlyList<RatingPolicyBoundary> Boundaries => Array.AsReadOnly(boundaries);

    /// <summary>The policy for a review year: the one of the last boundary at or before <paramref name="year"/>.</summary>
    /// <param name="year">The year under review, 1930 to 9999.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="year"/> is outside 1930–9999, or before the first boundary (no policy covers it).
    /// </exception>
    public RatingPolicy ForReviewYear(int year)
    {
        Guard.Against.OutOfRange(year, nameof(year), MinYear, MaxYear);
        for (var i = boundaries.Length - 1; i >= 0; i--)
        {
            if (boundaries[i].FirstReviewYear <= year)
            {
                return boundaries[i].Policy;
            }
        }

        throw new ArgumentOutOfRangeException(
            nameof(year), year, $"No policy covers {year}: the first boundary is {boundaries[0].FirstReviewYear}.");
    }

    /// <summary>The policy for a period under review, by the year it ends in [I] (a review is held at the period's end).</summary>
    /// <param name="period">The period (a year, a quarter, a term…).</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period ends outside 1930–9999 or before the first boundary.</exception>
    public RatingPolicy ForPeriod(DateInterval period)
    {
        Guard.Against.Null(period);
        return ForReviewYear(period.End.Year);
    }

    /// <summary>Whether <paramref name="other"/> has the same boundaries in the same order.</summary>
    /// <param name="other">The other selector.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(RatingPolicySelector? other) =>
        other is not null && boundaries.AsSpan().SequenceEqual(other.boundaries);

    /// <summary>A hash of the boundaries.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var b in boundaries)
        {
            hash.Add(b);
        }

        return hash.ToHashCode();
    }
}

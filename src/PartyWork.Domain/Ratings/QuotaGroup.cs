using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// A group of similar subjects the quota is applied to (per grassroots organization, per kind of collective, per
/// equivalent title: R21-QUOTA-*, R124-QUOTA, R335-QUOTA), with its tally and the outstanding-unit exception.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed record QuotaGroup
{
    /// <summary>Creates a group.</summary>
    /// <param name="name">The group's name as the report shows it.</param>
    /// <param name="tally">The ratings in the group.</param>
    /// <param name="outstandingException">Whether the competent level granted the outstanding-unit exception, lifting the quota for this group ([U]: the exception's wording is truncated in the sources, so it is an explicit input).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public QuotaGroup(string name, RatingTally tally, bool outstandingException = false)
    {
        Name = Guard.Against.NullOrWhiteSpace(name);
        Tally = tally;
        OutstandingException = outstandingException;
    }

    /// <summary>Gets the group's name.</summary>
    /// <value>Not empty.</value>
    public string Name { get; }

    /// <summary>Gets the ratings in the group.</summary>
    /// <value>The tally.</value>
    public RatingTally Tally { get; }

    /// <summary>Gets whether the outstanding-unit exception lifts the quota for this group.</summary>
    /// <value><see langword="false"/> by default.</value>
    public bool OutstandingException { get; }
}

using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Organizations;

/// <summary>A party member's membership of a cell (chi bộ) over a run of days; a transfer ends one and starts the next.</summary>
public sealed record CellMembership
{
    /// <summary>Creates a membership from a first day and an optional last day (both inclusive).</summary>
    /// <param name="memberId">The member's id.</param>
    /// <param name="cellId">The cell's organization id.</param>
    /// <param name="start">The first day in the cell.</param>
    /// <param name="end">The last day in the cell, or <see langword="null"/> while still there.</param>
    /// <exception cref="ArgumentNullException">An id is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public CellMembership(string memberId, string cellId, LocalDate start, LocalDate? end = null)
        : this(memberId, cellId, new ValidityPeriod(start, end))
    {
    }

    /// <summary>Creates a membership over a period.</summary>
    /// <param name="memberId">The member's id.</param>
    /// <param name="cellId">The cell's organization id.</param>
    /// <param name="period">The days in the cell.</param>
    /// <exception cref="ArgumentNullException">An id is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id is empty or white space.</exception>
    public CellMembership(string memberId, string cellId, ValidityPeriod period)
    {
        MemberId = Guard.Against.NullOrWhiteSpace(memberId);
        CellId = Guard.Against.NullOrWhiteSpace(cellId);
        Period = period;
    }

    /// <summary>Gets the member's id.</summary>
    /// <value>A non-blank id.</value>
    public string MemberId { get; }

    /// <summary>Gets the cell's organization id.</summary>
    /// <value>An organization id.</value>
    public string CellId { get; }

    /// <summary>Gets the days in the cell.</summary>
    /// <value>The period; open-ended while still there.</value>
    public ValidityPeriod Period { get; }

    /// <summary>Gets the membership as "member in cell, period".</summary>
    /// <returns>The fields in one line.</returns>
    public override string ToString() => $"{MemberId} in {CellId}, {Period}";
}

using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Organizations;

/// <summary>A person in a position of an organization over a run of days (open-ended while still in office).</summary>
public sealed record Tenure
{
    /// <summary>Creates a tenure from a first day and an optional last day (both inclusive).</summary>
    /// <param name="personId">The person's id.</param>
    /// <param name="positionId">The position id (a <see cref="Position.Id"/>).</param>
    /// <param name="organizationId">The organization id.</param>
    /// <param name="start">The first day in office.</param>
    /// <param name="end">The last day in office, or <see langword="null"/> while still in office.</param>
    /// <exception cref="ArgumentNullException">An id is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public Tenure(string personId, string positionId, string organizationId, LocalDate start, LocalDate? end = null)
        : this(personId, positionId, organizationId, new ValidityPeriod(start, end))
    {
    }

    /// <summary>Creates a closed tenure from a NodaTime interval.</summary>
    /// <param name="personId">The person's id.</param>
    /// <param name="positionId">The position id.</param>
    /// <param name="organizationId">The organization id.</param>
    /// <param name="interval">The days in office.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id is empty or white space.</exception>
    public Tenure(string personId, string positionId, string organizationId, DateInterval interval)
        : this(personId, positionId, organizationId, ValidityPeriod.FromInterval(Guard.Against.Null(interval)))
    {
    }

    /// <summary>Creates a tenure over a period.</summary>
    /// <param name="personId">The person's id.</param>
    /// <param name="positionId">The position id.</param>
    /// <param name="organizationId">The organization id.</param>
    /// <param name="period">The days in office.</param>
    /// <exception cref="ArgumentNullException">An id is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id is empty or white space.</exception>
    public Tenure(string personId, string positionId, string organizationId, ValidityPeriod period)
    {
        PersonId = Guard.Against.NullOrWhiteSpace(personId);
        PositionId = Guard.Against.NullOrWhiteSpace(positionId);
        OrganizationId = Guard.Against.NullOrWhiteSpace(organizationId);
        Period = period;
    }

    /// <summary>Gets the person's id.</summary>
    /// <value>A non-blank id.</value>
    public string PersonId { get; }

    /// <summary>Gets the position id.</summary>
    /// <value>A <see cref="Position.Id"/>.</value>
    public string PositionId { get; }

    /// <summary>Gets the organization id.</summary>
    /// <value>An organization id as used in <see cref="OrganizationRow.Id"/>.</value>
    public string OrganizationId { get; }

    /// <summary>Gets the days in office.</summary>
    /// <value>The period; open-ended while still in office.</value>
    public ValidityPeriod Period { get; }

    /// <summary>Tells whether the person held the position on <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when the period contains the day.</returns>
    public bool IsActiveOn(LocalDate date) => Period.Contains(date);

    /// <summary>Gets the tenure as "person: position at organization, period".</summary>
    /// <returns>The fields in one line.</returns>
    public override string ToString() => $"{PersonId}: {PositionId} at {OrganizationId}, {Period}";
}

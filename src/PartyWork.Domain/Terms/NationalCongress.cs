using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Terms;

/// <summary>
/// A national congress as a <see cref="CentralCommitteeCatalog"/> stores it: the days it met and the day the Central
/// Committee it elected took office (R-TERM-SPAN).
/// </summary>
/// <remarks>
/// <para>
/// R-TERM-SPAN: a committee term runs from the day after its congress closes to the closing day of the next congress, or
/// from its first plenum when that plenum is held during the congress. <see cref="NationalCongress(DateInterval)"/>
/// uses the day after the congress closes; <see cref="NationalCongress(DateInterval, LocalDate)"/> takes the first
/// plenum (or any other day the caller's rule gives) when it falls within the congress. The congress days before
/// <see cref="TakesOffice"/> belong to the outgoing term. See docs/decisions/terms-central-committee-span.md.
/// </para>
/// <para>Equality compares <see cref="Days"/> and <see cref="TakesOffice"/>. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class NationalCongress : IEquatable<NationalCongress>
{
    /// <summary>Creates a congress whose Central Committee takes office the day after the congress closes (R-TERM-SPAN).</summary>
    /// <param name="days">The days the congress met, in the ISO calendar, ending before <see cref="LocalDate.MaxIsoValue"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is not in the ISO calendar, or ends on <see cref="LocalDate.MaxIsoValue"/>.</exception>
    public NationalCongress(DateInterval days)
    {
        Guard.Against.Null(days);
        CheckIso(days);
        Days = days;
        TakesOffice = days.End.PlusDays(1);
    }

    /// <summary>Creates a congress whose Central Committee takes office on a given day of the congress (its first plenum, R-TERM-SPAN).</summary>
    /// <param name="days">The days the congress met, in the ISO calendar, ending before <see cref="LocalDate.MaxIsoValue"/>.</param>
    /// <param name="takesOffice">
    /// The day the new Central Committee takes office: a day of the congress (the first plenum when it is held during the
    /// congress) or the day after it closes.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="days"/> is not in the ISO calendar or ends on <see cref="LocalDate.MaxIsoValue"/>, or
    /// <paramref name="takesOffice"/> is not in the ISO calendar or is neither a congress day nor the day after it closes.
    /// </exception>
    public NationalCongress(DateInterval days, LocalDate takesOffice)
        : this(days)
    {
        if (takesOffice.Calendar != CalendarSystem.Iso || takesOffice < days.Start || takesOffice > TakesOffice)
        {
            throw new ArgumentOutOfRangeException(nameof(takesOffice), takesOffice,
                $"The new Central Committee takes office on a congress day ({TermsText.Date(days.Start)} to {TermsText.Date(days.End)}) " +
                $"or the day after it closes ({TermsText.Date(TakesOffice)}) (R-TERM-SPAN).");
        }

        TakesOffice = takesOffice;
    }

    /// <summary>Gets the days the congress met.</summary>
    /// <value>For congress XIV, 19/01/2026 to 23/01/2026.</value>
    public DateInterval Days { get; }

    /// <summary>Gets the day the Central Committee elected by this congress took office (R-TERM-SPAN).</summary>
    /// <value>The day after the congress closes unless a congress day was given; 23/01/2026 (first plenum) for congress XIV.</value>
    public LocalDate TakesOffice { get; }

    /// <inheritdoc/>
    public bool Equals(NationalCongress? other) =>
        other is not null && Days.Equals(other.Days) && TakesOffice == other.TakesOffice;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as NationalCongress);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Days, TakesOffice);

    /// <summary>Writes the congress days and the day the committee took office.</summary>
    /// <returns>For example <c>"19/01/2026–23/01/2026, takes office 23/01/2026"</c>.</returns>
    public override string ToString() =>
        $"{TermsText.Date(Days.Start)}–{TermsText.Date(Days.End)}, takes office {TermsText.Date(TakesOffice)}";

    /// <summary>Tells whether two congresses are equal.</summary>
    /// <param name="left">The first congress.</param>
    /// <param name="right">The second congress.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(NationalCongress? left, NationalCongress? right) => left?.Equals(right) ?? right is null;

    /// <summary>Tells whether two congresses differ.</summary>
    /// <param name="left">The first congress.</param>
    /// <param name="right">The second congress.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(NationalCongress? left, NationalCongress? right) => !(left == right);

    private static void CheckIso(DateInterval days)
    {
        if (days.Start.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, "Congress days must be in the ISO calendar.");
        }

        if (days.End == LocalDate.MaxIsoValue)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, "A congress must close before the last ISO date, so that its committee can take office.");
        }
    }
}

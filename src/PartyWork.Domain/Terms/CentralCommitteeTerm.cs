using NodaTime;

namespace PartyWork.Domain.Terms;

/// <summary>
/// One term (khóa) of the Central Committee of the Communist Party of Vietnam: khóa I (1935) to khóa XIV (2026–).
/// </summary>
/// <remarks>
/// <para>
/// Terms come from a <see cref="CentralCommitteeCatalog"/> (<see cref="CentralCommitteeCatalog.Default"/> holds the
/// congresses of REGULATIONS.md §4). Following R-TERM-SPAN, khóa N covers every day from the day its committee takes
/// office (the day after congress N closes, or its first plenum when held during the congress) to the day before khóa
/// N + 1 takes office; congress days before that belong to the outgoing term. The last term of a catalog is
/// open-ended. See docs/decisions/terms-central-committee-span.md.
/// </para>
/// <para>
/// Equality compares the number, the congress (with the day its committee took office) and the end; ordering is by number. Instances are immutable and
/// thread-safe.
/// </para>
/// </remarks>
public sealed class CentralCommitteeTerm : IEquatable<CentralCommitteeTerm>, IComparable<CentralCommitteeTerm>, IComparable, IFormattable
{
    internal CentralCommitteeTerm(int number, NationalCongress electedBy, LocalDate? end)
    {
        Number = number;
        ElectedBy = electedBy;
        End = end;
    }

    /// <summary>Gets the number of the term.</summary>
    /// <value>1 for khóa I, 12 for khóa XII.</value>
    public int Number { get; }

    /// <summary>Gets the number as a Roman numeral.</summary>
    /// <value>For example <c>"XII"</c>.</value>
    public string Numeral => RomanNumeral.Format(Number);

    /// <summary>Gets the days of the national congress that elected this Central Committee.</summary>
    /// <value>For khóa XII, 20/01/2016 to 28/01/2016.</value>
    public DateInterval Congress => ElectedBy.Days;

    /// <summary>Gets the congress that elected this Central Committee, with the day the committee took office.</summary>
    /// <value>The item of the catalog's data for this term.</value>
    public NationalCongress ElectedBy { get; }

    /// <summary>Gets the first day of the term: the day its committee took office (R-TERM-SPAN).</summary>
    /// <value>For khóa XII, 29/01/2016 (the day after its congress closed); for khóa XIV, 23/01/2026 (its first plenum).</value>
    public LocalDate Start => ElectedBy.TakesOffice;

    /// <summary>Gets the last day of the term: the day before the next committee takes office (R-TERM-SPAN).</summary>
    /// <value><see langword="null"/> for the current, open-ended term.</value>
    public LocalDate? End { get; }

    /// <summary>Gets a value indicating whether the term is open-ended (no later congress is known).</summary>
    /// <value><see langword="true"/> for the last term of its catalog.</value>
    public bool IsCurrent => End is null;

    /// <summary>Reads a Central Committee term from <see cref="CentralCommitteeCatalog.Default"/>.</summary>
    /// <param name="text">For example <c>"khóa XII"</c>, <c>"khoá 12"</c>, <c>"(Khóa XII)"</c> or <c>"khoa xii"</c>.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a khóa phrase, or names a term that is not in the catalog (<c>"khóa XX"</c>).</exception>
    public static CentralCommitteeTerm Parse(string text) => CentralCommitteeCatalog.Default.Parse(text);

    /// <summary>Tries to read a Central Committee term from <see cref="CentralCommitteeCatalog.Default"/>.</summary>
    /// <param name="text">The phrase; <see langword="null"/> gives <see langword="false"/>.</param>
    /// <param name="term">The term when the method returns <see langword="true"/>; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> names a term of the default catalog.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CentralCommitteeTerm? term) =>
        CentralCommitteeCatalog.Default.TryParse(text, out term);

    /// <summary>Tells whether <paramref name="date"/> falls in this term.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when the date is on or after <see cref="Start"/> and not after <see cref="End"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool Contains(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"Dates must be in the ISO calendar; got the {date.Calendar.Id} calendar.");
        }

        return date >= Start && (End is not { } end || date <= end);
    }

    /// <summary>Creates the plenum with the given number in this term.</summary>
    /// <param name="number">The plenum number, from 1; numbers restart in every term (R-PLENUM).</param>
    /// <returns>The plenum.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 1 to <see cref="Plenum.MaxNumber"/>.</exception>
    public Plenum Plenum(int number) => new(Number, number);

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)"/>
    public override string ToString() => ToString(null, null);

    /// <summary>Writes the term.</summary>
    /// <param name="format">
    /// <c>"G"</c> or <see langword="null"/>: <c>"khóa XII"</c> (old tone placement); <c>"N"</c>: <c>"khoá XII"</c> (new tone
    /// placement); <c>"A"</c>: <c>"khóa 12"</c>; <c>"E"</c>: <c>"12th Central Committee"</c>.
    /// </param>
    /// <param name="formatProvider">Not used: the output does not depend on culture.</param>
    /// <returns>The formatted term.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => TermsText.FormatLetter(format, 'G') switch
    {
        'G' => "khóa " + Numeral,
        'N' => "khoá " + Numeral,
        'A' => "khóa " + TermsText.Invariant(Number),
        'E' => TermsText.EnglishOrdinal(Number) + " Central Committee",
        _ => throw new FormatException($"Unknown format '{format}' for a Central Committee term; use G, N, A or E."),
    };

    /// <inheritdoc/>
    public bool Equals(CentralCommitteeTerm? other) =>
        other is not null && Number == other.Number && ElectedBy.Equals(other.ElectedBy) && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CentralCommitteeTerm);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Number, ElectedBy, End);

    /// <summary>Compares by number, then start, then end (an open end sorts last).</summary>
    /// <param name="other">The other term; <see langword="null"/> sorts first.</param>
    /// <returns>A negative number, zero or a positive number as this term sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(CentralCommitteeTerm? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byNumber = Number.CompareTo(other.Number);
        if (byNumber != 0)
        {
            return byNumber;
        }

        return OpenEndedDates.Compare(Start, End, other.Start, other.End);
    }

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        CentralCommitteeTerm other => CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(CentralCommitteeTerm)}.", nameof(obj)),
    };

    /// <summary>Tells whether two terms are equal.</summary>
    /// <param name="left">The first term.</param>
    /// <param name="right">The second term.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(CentralCommitteeTerm? left, CentralCommitteeTerm? right) => left?.Equals(right) ?? right is null;

    /// <summary>Tells whether two terms differ.</summary>
    /// <param name="left">The first term.</param>
    /// <param name="right">The second term.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(CentralCommitteeTerm? left, CentralCommitteeTerm? right) => !(left == right);

    /// <summary>Tells whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first term.</param>
    /// <param name="right">The second term.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(CentralCommitteeTerm? left, CentralCommitteeTerm? right) => Compare(left, right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first term.</param>
    /// <param name="right">The second term.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(CentralCommitteeTerm? left, CentralCommitteeTerm? right) => Compare(left, right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first term.</param>
    /// <param name="right">The second term.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(CentralCommitteeTerm? left, CentralCommitteeTerm? right) => Compare(left, right) > 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first term.</param>
    /// <param name="right">The second term.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(CentralCommitteeTerm? left, CentralCommitteeTerm? right) => Compare(left, right) >= 0;

    private static int Compare(CentralCommitteeTerm? left, CentralCommitteeTerm? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}

using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Terms;

/// <summary>
/// A plenum of the Central Committee (Hội nghị Trung ương lần thứ n): a term number and a plenum number, which restarts
/// at 1 in every term (R-PLENUM).
/// </summary>
/// <remarks>
/// <para>
/// <c>default(Plenum)</c> is the 1st plenum of khóa I, a real value. Equality and ordering compare the term number, then
/// the plenum number. A plenum does not check that its term exists: parsing checks the term against a
/// <see cref="CentralCommitteeCatalog"/>, and <see cref="GetTerm(CentralCommitteeCatalog)"/> looks it up.
/// </para>
/// <para>The canonical text is <c>"Hội nghị Trung ương 4 (khóa XII)"</c>; it parses back to the same value.</para>
/// </remarks>
public readonly struct Plenum : IEquatable<Plenum>, IComparable<Plenum>, IComparable, ISpanFormattable, ISpanParsable<Plenum>
{
    /// <summary>The largest plenum number accepted.</summary>
    public const int MaxNumber = 99;

    private readonly short _termIndex;
    private readonly short _numberIndex;

    /// <summary>Creates a plenum.</summary>
    /// <param name="termNumber">The Central Committee term, from 1 (khóa I) to 3999.</param>
    /// <param name="number">The plenum number within the term, from 1 to <see cref="MaxNumber"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is outside its range.</exception>
    public Plenum(int termNumber, int number)
    {
        Guard.Against.OutOfRange(termNumber, nameof(termNumber), 1, RomanNumeral.MaxValue,
            $"A Central Committee term number is 1 to {RomanNumeral.MaxValue}; {termNumber} is outside that range.");
        Guard.Against.OutOfRange(number, nameof(number), 1, MaxNumber,
            $"A plenum number is 1 to {MaxNumber}; {number} is outside that range.");
        _termIndex = checked((short)(termNumber - 1));
        _numberIndex = checked((short)(number - 1));
    }

    /// <summary>Gets the number of the Central Committee term.</summary>
    /// <value>12 for khóa XII.</value>
    public int TermNumber => _termIndex + 1;

    /// <summary>Gets the plenum number within the term.</summary>
    /// <value>4 for the 4th plenum.</value>
    public int Number => _numberIndex + 1;

    /// <summary>Looks up the term of this plenum.</summary>
    /// <param name="catalog">The catalog to look in.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The catalog does not hold the term.</exception>
    public CentralCommitteeTerm GetTerm(CentralCommitteeCatalog catalog)
    {
        Guard.Against.Null(catalog);
        return catalog.Get(TermNumber);
    }

    /// <summary>Reads a plenum phrase, checking its term against <see cref="CentralCommitteeCatalog.Default"/>.</summary>
    /// <param name="text">Any form <see cref="PlenumReference.Parse(string)"/> accepts, for example <c>"Hội nghị Trung ương 13 khóa 13"</c>.</param>
    /// <returns>The plenum.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a plenum phrase or names an unknown term.</exception>
    public static Plenum Parse(string text) => PlenumReference.Parse(text).Plenum;

    /// <summary>Reads a plenum phrase, checking its term against <paramref name="catalog"/>.</summary>
    /// <param name="text">The phrase.</param>
    /// <param name="catalog">The catalog of terms.</param>
    /// <returns>The plenum.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a plenum phrase or names a term not in the catalog.</exception>
    public static Plenum Parse(string text, CentralCommitteeCatalog catalog) => PlenumReference.Parse(text, catalog).Plenum;

    /// <summary>Tries to read a plenum phrase against <see cref="CentralCommitteeCatalog.Default"/>.</summary>
    /// <param name="text">The phrase; <see langword="null"/> gives <see langword="false"/>.</param>
    /// <param name="result">The plenum when the method returns <see langword="true"/>; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a plenum phrase of a known term.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Plenum result)
    {
        var ok = PlenumReference.TryParse(text, out var reference);
        result = reference.Plenum;
        return ok;
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The phrase.</param>
    /// <param name="provider">Not used.</param>
    static Plenum IParsable<Plenum>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string?, out Plenum)"/>
    /// <param name="s">The phrase.</param>
    /// <param name="provider">Not used.</param>
    /// <param name="result">The plenum.</param>
    static bool IParsable<Plenum>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Plenum result) => TryParse(s, out result);

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The phrase.</param>
    /// <param name="provider">Not used.</param>
    static Plenum ISpanParsable<Plenum>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    /// <inheritdoc cref="TryParse(string?, out Plenum)"/>
    /// <param name="s">The phrase.</param>
    /// <param name="provider">Not used.</param>
    /// <param name="result">The plenum.</param>
    static bool ISpanParsable<Plenum>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Plenum result) => TryParse(s.ToString(), out result);

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)"/>
    public override string ToString() => ToString(null, null);

    /// <summary>Writes the plenum.</summary>
    /// <param name="format">
    /// <c>"G"</c> or <see langword="null"/>: <c>"Hội nghị Trung ương 4 (khóa XII)"</c>; <c>"N"</c>: the same with the new tone
    /// placement <c>"khoá"</c>; <c>"E"</c>: <c>"4th Plenum of the 12th Central Committee"</c>.
    /// </param>
    /// <param name="formatProvider">Not used: the output does not depend on culture.</param>
    /// <returns>The formatted plenum.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => TermsText.FormatLetter(format, 'G') switch
    {
        'G' => $"Hội nghị Trung ương {TermsText.Invariant(Number)} (khóa {RomanNumeral.Format(TermNumber)})",
        'N' => $"Hội nghị Trung ương {TermsText.Invariant(Number)} (khoá {RomanNumeral.Format(TermNumber)})",
        'E' => $"{TermsText.EnglishOrdinal(Number)} Plenum of the {TermsText.EnglishOrdinal(TermNumber)} Central Committee",
        _ => throw new FormatException($"Unknown format '{format}' for a plenum; use G, N or E."),
    };

    /// <summary>Writes the plenum into a span.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">As in <see cref="ToString(string?, IFormatProvider?)"/>.</param>
    /// <param name="provider">Not used.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a known format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TermsText.TryCopy(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);

    /// <inheritdoc/>
    public bool Equals(Plenum other) => _termIndex == other._termIndex && _numberIndex == other._numberIndex;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Plenum other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_termIndex, _numberIndex);

    /// <summary>Compares by term number, then plenum number.</summary>
    /// <param name="other">The other plenum.</param>
    /// <returns>A negative number, zero or a positive number as this plenum comes before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(Plenum other)
    {
        var byTerm = _termIndex.CompareTo(other._termIndex);
        return byTerm != 0 ? byTerm : _numberIndex.CompareTo(other._numberIndex);
    }

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Plenum other => CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(Plenum)}.", nameof(obj)),
    };

    /// <summary>Tells whether two plenums are equal.</summary>
    /// <param name="left">The first plenum.</param>
    /// <param name="right">The second plenum.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Plenum left, Plenum right) => left.Equals(right);

    /// <summary>Tells whether two plenums differ.</summary>
    /// <param name="left">The first plenum.</param>
    /// <param name="right">The second plenum.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(Plenum left, Plenum right) => !left.Equals(right);

    /// <summary>Tells whether <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    /// <param name="left">The first plenum.</param>
    /// <param name="right">The second plenum.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(Plenum left, Plenum right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> comes before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first plenum.</param>
    /// <param name="right">The second plenum.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(Plenum left, Plenum right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    /// <param name="left">The first plenum.</param>
    /// <param name="right">The second plenum.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(Plenum left, Plenum right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> comes after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first plenum.</param>
    /// <param name="right">The second plenum.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(Plenum left, Plenum right) => left.CompareTo(right) >= 0;
}

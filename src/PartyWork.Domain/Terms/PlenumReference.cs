using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Terms;

/// <summary>
/// A reference to a plenum or to its resolution, as reports write it: <c>"Nghị quyết Trung ương 4 (khóa XII)"</c>,
/// <c>"Hội nghị Trung ương 13 khóa 13"</c>, <c>"Nghị quyết T.Ư 4 (khoá XII)"</c>.
/// </summary>
/// <remarks>
/// <para>
/// Parsing folds the text (either tone placement, any case, diacritics optional) and accepts: an optional
/// <c>"Nghị quyết"</c> / <c>"NQ"</c> (which makes it a <see cref="PlenumReferenceKind.Resolution"/>), an optional
/// <c>"Hội nghị"</c>, then <c>"Trung ương"</c>, <c>"T.Ư"</c> or <c>"TW"</c> with the plenum number (digits, Roman, or
/// <c>"lần thứ …"</c>), or <c>"lần thứ n Ban Chấp hành Trung ương (Đảng)"</c>; then the term as <c>"khóa XII"</c>,
/// <c>"(khóa 12)"</c> or <c>", khóa XII"</c>. The term must be in the catalog used (R-PLENUM).
/// </para>
/// <para><c>default(PlenumReference)</c> is the 1st plenum of khóa I as a <see cref="PlenumReferenceKind.Conference"/>.</para>
/// </remarks>
public readonly partial struct PlenumReference : IEquatable<PlenumReference>, IComparable<PlenumReference>, IComparable, ISpanFormattable, ISpanParsable<PlenumReference>
{
    /// <summary>Creates a reference.</summary>
    /// <param name="plenum">The plenum.</param>
    /// <param name="kind">Whether the plenum or its resolution is meant.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="kind"/> is not defined.</exception>
    public PlenumReference(Plenum plenum, PlenumReferenceKind kind)
    {
        Plenum = plenum;
        Kind = Guard.Against.EnumOutOfRange(kind);
    }

    /// <summary>Gets the plenum referred to.</summary>
    /// <value>For <c>"Nghị quyết Trung ương 4 (khóa XII)"</c>, the 4th plenum of khóa XII.</value>
    public Plenum Plenum { get; }

    /// <summary>Gets whether the plenum or its resolution is meant.</summary>
    /// <value><see cref="PlenumReferenceKind.Resolution"/> for a phrase starting with <c>"Nghị quyết"</c>.</value>
    public PlenumReferenceKind Kind { get; }

    /// <summary>Reads a plenum reference, checking its term against <see cref="CentralCommitteeCatalog.Default"/>.</summary>
    /// <param name="text">
    /// The phrase, for example <c>"Nghị quyết T.Ư 4 (khoá XII)"</c>, <c>"Nghị quyết TƯ 4 khóa XII"</c>,
    /// <c>"Hội nghị Ban Chấp hành Trung ương lần thứ 4 khóa XII"</c> or <c>"Hội nghị BCH Trung ương 4 khóa XII"</c>.
    /// </param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a plenum phrase, lacks the term, or names a term not in the catalog.</exception>
    public static PlenumReference Parse(string text) => Parse(text, CentralCommitteeCatalog.Default);

    /// <summary>Reads a plenum reference, checking its term against <paramref name="catalog"/>.</summary>
    /// <param name="text">The phrase.</param>
    /// <param name="catalog">The catalog of terms.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a plenum phrase, lacks the term, or names a term not in the catalog.</exception>
    public static PlenumReference Parse(string text, CentralCommitteeCatalog catalog)
    {
        Guard.Against.Null(text);
        Guard.Against.Null(catalog);
        var error = TryParseCore(text, catalog, out var result);
        return error is null ? result : throw TermsText.Error("plenum reference", text, error);
    }

    /// <summary>Tries to read a plenum reference against <see cref="CentralCommitteeCatalog.Default"/>.</summary>
    /// <param name="text">The phrase; <see langword="null"/> gives <see langword="false"/>.</param>
    /// <param name="result">The reference when the method returns <see langword="true"/>; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a plenum phrase of a known term.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PlenumReference result) =>
        TryParse(text, CentralCommitteeCatalog.Default, out result);

    /// <summary>Tries to read a plenum reference against <paramref name="catalog"/>.</summary>
    /// <param name="text">The phrase; <see langword="null"/> gives <see langword="false"/>.</param>
    /// <param name="catalog">The catalog of terms.</param>
    /// <param name="result">The reference when the method returns <see langword="true"/>; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a plenum phrase of a term in the catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    public static bool TryParse([NotNullWhen(true)] string? text, CentralCommitteeCatalog catalog, out PlenumReference result)
    {
        Guard.Against.Null(catalog);
        result = default;
        return text is not null && TryParseCore(text, catalog, out result) is null;
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The phrase.</param>
    /// <param name="provider">Not used.</param>
    static PlenumReference IParsable<PlenumReference>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string?, out PlenumReference)"/>
    /// <param name="s">The phrase.</param>
    /// <param name="provider">Not used.</param>
    /// <param name="result">The reference.</param>
    static bool IParsable<PlenumReference>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PlenumReference result) => TryParse(s, out result);

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The phrase.</param>
    /// <param name="provider">Not used.</param>
    static PlenumReference ISpanParsable<PlenumReference>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    /// <inheritdoc cref="TryParse(string?, out PlenumReference)"/>
    /// <param name="s">The phrase.</param>
    /// <param name="provider">Not used.</param>
    /// <param name="result">The reference.</param>
    static bool ISpanParsable<PlenumReference>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PlenumReference result) => TryParse(s.ToString(), out result);

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)"/>
    public override string ToString() => ToString(null, null);

    /// <summary>Writes the reference.</summary>
    /// <param name="format">
    /// <c>"G"</c> or <see langword="null"/>: <c>"Nghị quyết Trung ương 4 (khóa XII)"</c> or <c>"Hội nghị Trung ương 4 (khóa XII)"</c>;
    /// <c>"N"</c>: the same with <c>"khoá"</c>; <c>"E"</c>: <c>"Resolution of the 4th Plenum of the 12th Central Committee"</c>.
    /// </param>
    /// <param name="formatProvider">Not used: the output does not depend on culture.</param>
    /// <returns>The formatted reference.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var letter = TermsText.FormatLetter(format, 'G');
        var plenum = Plenum.ToString(letter.ToString(), formatProvider);
        return (letter, Kind) switch
        {
            ('E', PlenumReferenceKind.Resolution) => "Resolution of the " + plenum,
            ('E', _) => plenum,
            (_, PlenumReferenceKind.Resolution) => string.Concat("Nghị quyết ", plenum.AsSpan("Hội nghị ".Length)),
            _ => plenum,
        };
    }

    /// <summary>Writes the reference into a span.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">As in <see cref="ToString(string?, IFormatProvider?)"/>.</param>
    /// <param name="provider">Not used.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a known format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TermsText.TryCopy(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);

    /// <inheritdoc/>
    public bool Equals(PlenumReference other) => Plenum == other.Plenum && Kind == other.Kind;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PlenumReference other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Plenum, Kind);

    /// <summary>Compares by plenum, then kind (the conference before its resolution).</summary>
    /// <param name="other">The other reference.</param>
    /// <returns>A negative number, zero or a positive number as this reference sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(PlenumReference other)
    {
        var byPlenum = Plenum.CompareTo(other.Plenum);
        return byPlenum != 0 ? byPlenum : Kind.CompareTo(other.Kind);
    }

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        PlenumReference other => CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(PlenumReference)}.", nameof(obj)),
    };

    /// <summary>Tells whether two references are equal.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(PlenumReference left, PlenumReference right) => left.Equals(right);

    /// <summary>Tells whether two references differ.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(PlenumReference left, PlenumReference right) => !left.Equals(right);

    /// <summary>Tells whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(PlenumReference left, PlenumReference right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(PlenumReference left, PlenumReference right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(PlenumReference left, PlenumReference right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(PlenumReference left, PlenumReference right) => left.CompareTo(right) >= 0;

    private static string? TryParseCore(string text, CentralCommitteeCatalog catalog, out PlenumReference result)
    {
        result = default;
        var match = ReferencePattern().Match(TermsText.Fold(text));
        if (!match.Success)
        {
            return "expected a phrase such as 'Nghị quyết Trung ương 4 (khóa XII)' or 'Hội nghị Trung ương 13 khóa 13'";
        }

        if (!OrdinalPhrase.TryReadFoldedNumber(match.Groups["n"].ValueSpan, out var number) || number > Plenum.MaxNumber)
        {
            return $"'{match.Groups["n"].Value}' is not a plenum number from 1 to {Plenum.MaxNumber}";
        }

        var error = catalog.TryResolve(match.Groups["khoa"].ValueSpan, out var term);
        if (error is not null)
        {
            return error;
        }

        var kind = match.Groups["res"].Success ? PlenumReferenceKind.Resolution : PlenumReferenceKind.Conference;
        result = new PlenumReference(new Plenum(term!.Number, number), kind);
        return null;
    }

    [GeneratedRegex(
        @"^(?:(?<res>nghi quyet|nq) ?)?(?:hoi nghi )?" +
        @"(?:(?:(?:ban chap hanh|bch) )?(?:trung uong|t\.u\.?|tu|tw) ?(?:dang )?(?:lan thu )?(?<n>[0-9]+|[a-z]+)|lan thu (?<n>[0-9]+|[a-z]+) (?:(?:ban chap hanh|bch) )?trung uong(?: dang)?)" +
        @",? ?-? ?\(?" + CentralCommitteeCatalog.FoldedKhoaPattern + @"\)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ReferencePattern();
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Terms;

/// <summary>
/// The number and symbol of a Party document, <c>"số-LOẠI/CƠ QUAN"</c> (R36-FORMAT): <c>"05-CT/TW"</c>,
/// <c>"01-CTr/QU"</c>, <c>"366-QĐ/TW"</c>, <c>"16-HD/BTCTW"</c>, <c>"09-KH/ĐU"</c>.
/// </summary>
/// <remarks>
/// <para>
/// Codes are matched against a <see cref="DocumentSymbolCatalog"/> ignoring case. Folding goes one way only: a code
/// written without Đ may stand for a catalog code with Đ (<c>"366-QD/TW"</c> reads as <c>"366-QĐ/TW"</c>), but an
/// explicitly written Đ never becomes D (<c>"12-HĐ/TU"</c> is not <c>"HD"</c>, hướng dẫn). A known code is stored in its
/// catalog spelling; an unknown code is kept exactly as written and flagged by <see cref="IsKnownType"/> /
/// <see cref="IsKnownIssuer"/> — never dropped. The dash may be any of - ‐ ‑ ‒ – — −.
/// </para>
/// <para>
/// The number is written with at least two digits (numbering starts at 01, R36-SEQ), so <c>"5-CT/TW"</c> formats as
/// <c>"05-CT/TW"</c>. Equality compares the number and the codes, not the flags: a known code by its catalog spelling
/// (so <c>"QD"</c> equals <c>"QĐ"</c>), an unknown code exactly as written (ordinal: <c>"ĐA"</c> differs from
/// <c>"DA"</c> and from <c>"đa"</c>). Immutable.
/// </para>
/// </remarks>
public sealed partial class DocumentSymbol : IEquatable<DocumentSymbol>, IComparable<DocumentSymbol>, IComparable, ISpanFormattable, ISpanParsable<DocumentSymbol>
{
    /// <summary>The largest document number accepted.</summary>
    public const int MaxNumber = 99999;

    private readonly string _typeKey;
    private readonly string _issuerKey;

    /// <summary>Creates a symbol, recognising its codes with <see cref="DocumentSymbolCatalog.Default"/>.</summary>
    /// <param name="number">The document number, 1 to 99999.</param>
    /// <param name="typeCode">The document type code, 1 to 12 letters (A–Z, Đ).</param>
    /// <param name="issuerCode">The issuer code, 1 to 12 letters (A–Z, Đ).</param>
    /// <exception cref="ArgumentNullException">A code is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A code is empty or has characters other than letters A–Z and Đ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 1 to 99999.</exception>
    public DocumentSymbol(int number, string typeCode, string issuerCode)
        : this(number, typeCode, issuerCode, DocumentSymbolCatalog.Default)
    {
    }

    /// <summary>Creates a symbol, recognising its codes with <paramref name="catalog"/>.</summary>
    /// <param name="number">The document number, 1 to 99999.</param>
    /// <param name="typeCode">The document type code.</param>
    /// <param name="issuerCode">The issuer code.</param>
    /// <param name="catalog">The catalog of known codes.</param>
    /// <exception cref="ArgumentNullException">A code or <paramref name="catalog"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A code is empty or has characters other than letters A–Z and Đ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 1 to 99999.</exception>
    public DocumentSymbol(int number, string typeCode, string issuerCode, DocumentSymbolCatalog catalog)
    {
        Number = Guard.Against.OutOfRange(number, nameof(number), 1, MaxNumber, $"A document number is 1 to {MaxNumber}; got {number}.");
        CheckCode(typeCode, nameof(typeCode));
        CheckCode(issuerCode, nameof(issuerCode));
        Guard.Against.Null(catalog);
        IsKnownType = catalog.TryFindType(typeCode, out var type);
        IsKnownIssuer = catalog.TryFindIssuer(issuerCode, out var issuer);
        Type = type;
        Issuer = issuer;
        TypeCode = type?.Code ?? typeCode;
        IssuerCode = issuer?.Code ?? issuerCode;
        _typeKey = type is null ? typeCode : CodeKey(type.Code);
        _issuerKey = issuer is null ? issuerCode : CodeKey(issuer.Code);
    }

    /// <summary>Gets the document number.</summary>
    /// <value>5 for <c>"05-CT/TW"</c>.</value>
    public int Number { get; }

    /// <summary>Gets the document type code: the catalog spelling when known, else as written.</summary>
    /// <value><c>"CT"</c> for <c>"05-CT/TW"</c>; <c>"QĐ"</c> for <c>"366-QD/TW"</c>.</value>
    public string TypeCode { get; }

    /// <summary>Gets the issuer code: the catalog spelling when known, else as written.</summary>
    /// <value><c>"TW"</c> for <c>"05-CT/TW"</c>.</value>
    public string IssuerCode { get; }

    /// <summary>Gets a value indicating whether the type code was in the catalog used.</summary>
    /// <value><see langword="false"/> for a code the catalog does not hold; the code is still kept in <see cref="TypeCode"/>.</value>
    public bool IsKnownType { get; }

    /// <summary>Gets a value indicating whether the issuer code was in the catalog used.</summary>
    /// <value><see langword="false"/> for a code the catalog does not hold; the code is still kept in <see cref="IssuerCode"/>.</value>
    public bool IsKnownIssuer { get; }

    /// <summary>Gets the document type from the catalog.</summary>
    /// <value><see langword="null"/> when <see cref="IsKnownType"/> is <see langword="false"/>.</value>
    public DocumentType? Type { get; }

    /// <summary>Gets the issuer from the catalog.</summary>
    /// <value><see langword="null"/> when <see cref="IsKnownIssuer"/> is <see langword="false"/>.</value>
    public DocumentIssuer? Issuer { get; }

    /// <summary>Reads a symbol, recognising its codes with <see cref="DocumentSymbolCatalog.Default"/>.</summary>
    /// <param name="text">The symbol, optionally after <c>"số"</c>: <c>"05-CT/TW"</c>, <c>"Số 366-QĐ/TW"</c>, <c>"366-QD/TW"</c>.</param>
    /// <returns>The symbol.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a symbol of the form number-TYPE/ISSUER.</exception>
    public static DocumentSymbol Parse(string text) => Parse(text, DocumentSymbolCatalog.Default);

    /// <summary>Reads a symbol, recognising its codes with <paramref name="catalog"/>.</summary>
    /// <param name="text">The symbol.</param>
    /// <param name="catalog">The catalog of known codes.</param>
    /// <returns>The symbol.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a symbol of the form number-TYPE/ISSUER.</exception>
    public static DocumentSymbol Parse(string text, DocumentSymbolCatalog catalog)
    {
        Guard.Against.Null(text);
        Guard.Against.Null(catalog);
        return TryParse(text, catalog, out var symbol)
            ? symbol
            : throw TermsText.Error("document symbol", text, "expected number-TYPE/ISSUER such as '05-CT/TW' or '366-QĐ/TW', with a number from 1 to 99999");
    }

    /// <summary>Tries to read a symbol with <see cref="DocumentSymbolCatalog.Default"/>.</summary>
    /// <param name="text">The symbol; <see langword="null"/> gives <see langword="false"/>.</param>
    /// <param name="symbol">The symbol when the method returns <see langword="true"/>; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the text is a symbol.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out DocumentSymbol? symbol) =>
        TryParse(text, DocumentSymbolCatalog.Default, out symbol);

    /// <summary>Tries to read a symbol with <paramref name="catalog"/>.</summary>
    /// <param name="text">The symbol; <see langword="null"/> gives <see langword="false"/>.</param>
    /// <param name="catalog">The catalog of known codes.</param>
    /// <param name="symbol">The symbol when the method returns <see langword="true"/>; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the text is a symbol.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    public static bool TryParse([NotNullWhen(true)] string? text, DocumentSymbolCatalog catalog, [NotNullWhen(true)] out DocumentSymbol? symbol)
    {
        Guard.Against.Null(catalog);
        symbol = null;
        if (text is null)
        {
            return false;
        }

        var match = SymbolPattern().Match(text);
        if (!match.Success || !string.IsNullOrWhiteSpace(text[(match.Index + match.Length)..]) || !IsNumberPrefix(text.AsSpan(0, match.Index)))
        {
            return false;
        }

        symbol = FromMatch(match, catalog);
        return symbol is not null;
    }

    /// <summary>Finds every document symbol in a text, recognising codes with <see cref="DocumentSymbolCatalog.Default"/>.</summary>
    /// <param name="text">Any text, for example a report paragraph.</param>
    /// <returns>The symbols in the order they appear (repeats included).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<DocumentSymbol> FindAll(string text) => FindAll(text, DocumentSymbolCatalog.Default);

    /// <summary>Finds every document symbol in a text.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="catalog">The catalog of known codes.</param>
    /// <returns>The symbols in the order they appear (repeats included).</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<DocumentSymbol> FindAll(string text, DocumentSymbolCatalog catalog)
    {
        Guard.Against.Null(text);
        Guard.Against.Null(catalog);
        var result = new List<DocumentSymbol>();
        foreach (Match match in SymbolPattern().Matches(text))
        {
            if (FromMatch(match, catalog) is { } symbol)
            {
                result.Add(symbol);
            }
        }

        return result.AsReadOnly();
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The symbol.</param>
    /// <param name="provider">Not used.</param>
    static DocumentSymbol IParsable<DocumentSymbol>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string?, out DocumentSymbol?)"/>
    /// <param name="s">The symbol.</param>
    /// <param name="provider">Not used.</param>
    /// <param name="result">The symbol.</param>
    static bool IParsable<DocumentSymbol>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out DocumentSymbol result) =>
        TryParse(s, out result);

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The symbol.</param>
    /// <param name="provider">Not used.</param>
    static DocumentSymbol ISpanParsable<DocumentSymbol>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    /// <inheritdoc cref="TryParse(string?, out DocumentSymbol?)"/>
    /// <param name="s">The symbol.</param>
    /// <param name="provider">Not used.</param>
    /// <param name="result">The symbol.</param>
    static bool ISpanParsable<DocumentSymbol>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out DocumentSymbol result) =>
        TryParse(s.ToString(), out result);

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)"/>
    public override string ToString() => ToString(null, null);

    /// <summary>Writes the symbol.</summary>
    /// <param name="format"><c>"G"</c> or <see langword="null"/>: <c>"05-CT/TW"</c> (the only format).</param>
    /// <param name="formatProvider">Not used.</param>
    /// <returns>The symbol; it parses back to an equal symbol.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not G.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => TermsText.FormatLetter(format, 'G') switch
    {
        'G' => string.Concat(Number.ToString("00", CultureInfo.InvariantCulture), "-", TypeCode, "/", IssuerCode),
        _ => throw new FormatException($"Unknown format '{format}' for a document symbol; use G."),
    };

    /// <summary>Writes the symbol into a span.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">As in <see cref="ToString(string?, IFormatProvider?)"/>.</param>
    /// <param name="provider">Not used.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a known format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TermsText.TryCopy(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);

    /// <inheritdoc/>
    public bool Equals(DocumentSymbol? other) =>
        other is not null && Number == other.Number &&
        string.Equals(_typeKey, other._typeKey, StringComparison.Ordinal) &&
        string.Equals(_issuerKey, other._issuerKey, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DocumentSymbol);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Number, StringComparer.Ordinal.GetHashCode(_typeKey), StringComparer.Ordinal.GetHashCode(_issuerKey));

    /// <summary>Compares by issuer code, then type code (as equality sees them: known codes by catalog spelling, ignoring case; unknown codes ordinally), then number.</summary>
    /// <param name="other">The other symbol; <see langword="null"/> sorts first.</param>
    /// <returns>A negative number, zero or a positive number as this symbol sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(DocumentSymbol? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byIssuer = string.CompareOrdinal(_issuerKey, other._issuerKey);
        if (byIssuer != 0)
        {
            return byIssuer;
        }

        var byType = string.CompareOrdinal(_typeKey, other._typeKey);
        return byType != 0 ? byType : Number.CompareTo(other.Number);
    }

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        DocumentSymbol other => CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(DocumentSymbol)}.", nameof(obj)),
    };

    /// <summary>Tells whether two symbols are equal.</summary>
    /// <param name="left">The first symbol.</param>
    /// <param name="right">The second symbol.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(DocumentSymbol? left, DocumentSymbol? right) => left?.Equals(right) ?? right is null;

    /// <summary>Tells whether two symbols differ.</summary>
    /// <param name="left">The first symbol.</param>
    /// <param name="right">The second symbol.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(DocumentSymbol? left, DocumentSymbol? right) => !(left == right);

    /// <summary>Tells whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first symbol.</param>
    /// <param name="right">The second symbol.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(DocumentSymbol? left, DocumentSymbol? right) => Compare(left, right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first symbol.</param>
    /// <param name="right">The second symbol.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(DocumentSymbol? left, DocumentSymbol? right) => Compare(left, right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first symbol.</param>
    /// <param name="right">The second symbol.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(DocumentSymbol? left, DocumentSymbol? right) => Compare(left, right) > 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first symbol.</param>
    /// <param name="right">The second symbol.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(DocumentSymbol? left, DocumentSymbol? right) => Compare(left, right) >= 0;

    /// <summary>Checks a code: 1 to 12 letters A–Z (either case) or Đ/đ.</summary>
    internal static string CheckCode(string code, string parameterName)
    {
        Guard.Against.NullOrEmpty(code, parameterName);
        if (code.Length > 12 || !code.All(c => char.IsAsciiLetter(c) || c is 'Đ' or 'đ'))
        {
            throw new ArgumentException($"A code is 1 to 12 letters A–Z or Đ; '{code}' is not.", parameterName);
        }

        return code;
    }

    /// <summary>The lookup key of a code: upper case, Đ kept as Đ.</summary>
    internal static string CodeKey(string code) => Key(code, fold: false);

    /// <summary>The folded key of a code: upper case, Đ folded to D (how a code written without Đ is matched).</summary>
    internal static string FoldedCodeKey(string code) => Key(code, fold: true);

    /// <summary>Tells whether a code is written with Đ.</summary>
    internal static bool HasD(string code) => code.AsSpan().IndexOfAny('Đ', 'đ') >= 0;

    private static string Key(string code, bool fold)
    {
        var builder = new StringBuilder(code.Length);
        foreach (var c in code)
        {
            builder.Append(c is 'Đ' or 'đ' ? (fold ? 'D' : 'Đ') : char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>The pattern of a symbol in running text.</summary>
    [GeneratedRegex(@"(?<![0-9A-Za-zĐđ])(?<n>[0-9]{1,5})\s*[\-\u2010-\u2014\u2212]\s*(?<t>[A-Za-zĐđ]{1,12})\s*/\s*(?<i>[A-Za-zĐđ]{1,12})(?![0-9A-Za-zĐđ])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    internal static partial Regex SymbolPattern();

    /// <summary>Builds a symbol from a pattern match, or null when the number is 0.</summary>
    internal static DocumentSymbol? FromMatch(Match match, DocumentSymbolCatalog catalog)
    {
        var number = TermsText.Digits(match.Groups["n"].ValueSpan);
        return number == 0 ? null : new DocumentSymbol(number, match.Groups["t"].Value, match.Groups["i"].Value, catalog);
    }

    private static bool IsNumberPrefix(ReadOnlySpan<char> prefix)
    {
        var folded = TermsText.Fold(prefix);
        return folded.Length == 0 || folded is "so" or "so:" or "so :";
    }

    private static int Compare(DocumentSymbol? left, DocumentSymbol? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}

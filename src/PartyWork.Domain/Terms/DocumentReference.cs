using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Terms;

/// <summary>
/// A document symbol with the date it was issued, read out of a phrase such as
/// <c>"Chương trình hành động số 11-CTr/TU ngày 10-3-2017"</c> or <c>"Quy định 132-QĐ/TW ngày 08/3/2018"</c>.
/// </summary>
/// <remarks>
/// Parsing takes the first symbol in the phrase and looks for the word <c>"ngày"</c> (any case, any tone placement, or
/// folded <c>"ngay"</c>) in the rest of the text up to the next symbol: <c>"05-CT/TW ngày 15/5/2016"</c>,
/// <c>"05-CT/TW (ngày 15/5/2016)"</c>, <c>"05-CT/TW của Bộ Chính trị ngày 15/5/2016"</c>, <c>"ngày10/3/2017"</c>. The
/// date after it may be in any form <see cref="VietnameseDate"/> reads. When <c>"ngày"</c> is there but no real date
/// follows it (<c>"ngày 31-02-2018"</c>, <c>"ngày 10/3"</c>), parsing fails: the date is never dropped silently. The
/// canonical text is <c>"số 11-CTr/TU ngày 10/03/2017"</c>. Immutable.
/// </remarks>
public sealed partial class DocumentReference : IEquatable<DocumentReference>, IFormattable
{
    /// <summary>Creates a reference.</summary>
    /// <param name="symbol">The document symbol.</param>
    /// <param name="date">The date of issue, an ISO-calendar date in the years 1000 to 9999, or <see langword="null"/> when not given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="symbol"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is not in the ISO calendar, or its year is outside 1000 to 9999.</exception>
    public DocumentReference(DocumentSymbol symbol, LocalDate? date)
    {
        Symbol = Guard.Against.Null(symbol);
        if (date is { } day && (day.Calendar != CalendarSystem.Iso || day.Year is < 1000 or > 9999))
        {
            throw new ArgumentOutOfRangeException(nameof(date), day,
                "A date of issue is an ISO-calendar date with a four-digit year (1000 to 9999), as documents write it.");
        }

        Date = date;
    }

    /// <summary>Gets the document symbol.</summary>
    /// <value>For example <c>11-CTr/TU</c>.</value>
    public DocumentSymbol Symbol { get; }

    /// <summary>Gets the date of issue.</summary>
    /// <value><see langword="null"/> when the phrase gave none.</value>
    public LocalDate? Date { get; }

    /// <summary>Reads a phrase holding a document symbol and, optionally, its date; codes are recognised with <see cref="DocumentSymbolCatalog.Default"/>.</summary>
    /// <param name="text">For example <c>"Chương trình hành động số 11-CTr/TU ngày 10-3-2017"</c>.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The phrase has no symbol, or its date after <c>"ngày"</c> is malformed or does not exist.</exception>
    public static DocumentReference Parse(string text) => Parse(text, DocumentSymbolCatalog.Default);

    /// <summary>Reads a phrase holding a document symbol and, optionally, its date.</summary>
    /// <param name="text">The phrase.</param>
    /// <param name="catalog">The catalog of known codes.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The phrase has no symbol, or its date after <c>"ngày"</c> is malformed or does not exist.</exception>
    public static DocumentReference Parse(string text, DocumentSymbolCatalog catalog)
    {
        Guard.Against.Null(text);
        Guard.Against.Null(catalog);
        var error = TryParseCore(text, catalog, out var reference);
        return error is null ? reference! : throw TermsText.Error("document reference", text, error);
    }

    /// <summary>Tries to read a phrase holding a document symbol and, optionally, its date.</summary>
    /// <param name="text">The phrase; <see langword="null"/> gives <see langword="false"/>.</param>
    /// <param name="reference">The reference when the method returns <see langword="true"/>; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the phrase has a symbol and any date it gives is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out DocumentReference? reference)
    {
        reference = null;
        return text is not null && TryParseCore(text, DocumentSymbolCatalog.Default, out reference) is null;
    }

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)"/>
    public override string ToString() => ToString(null, null);

    /// <summary>Writes the reference.</summary>
    /// <param name="format"><c>"G"</c> or <see langword="null"/>: <c>"số 11-CTr/TU ngày 10/03/2017"</c>; <c>"E"</c>: <c>"No. 11-CTr/TU of 2017-03-10"</c>.</param>
    /// <param name="formatProvider">Not used.</param>
    /// <returns>The formatted reference; the G form parses back to an equal reference.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not G or E.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => (TermsText.FormatLetter(format, 'G'), Date) switch
    {
        ('G', null) => "số " + Symbol,
        ('G', { } date) => $"số {Symbol} ngày {VietnameseDate.Format(date)}",
        ('E', null) => "No. " + Symbol,
        ('E', { } date) => $"No. {Symbol} of {date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}",
        _ => throw new FormatException($"Unknown format '{format}' for a document reference; use G or E."),
    };

    /// <inheritdoc/>
    public bool Equals(DocumentReference? other) => other is not null && Symbol.Equals(other.Symbol) && Date == other.Date;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DocumentReference);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Symbol, Date);

    /// <summary>Tells whether two references are equal.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(DocumentReference? left, DocumentReference? right) => left?.Equals(right) ?? right is null;

    /// <summary>Tells whether two references differ.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(DocumentReference? left, DocumentReference? right) => !(left == right);

    private static string? TryParseCore(string text, DocumentSymbolCatalog catalog, out DocumentReference? reference)
    {
        reference = null;
        var match = DocumentSymbol.SymbolPattern().Match(text);
        if (!match.Success || DocumentSymbol.FromMatch(match, catalog) is not { } symbol)
        {
            return "no document symbol (number-TYPE/ISSUER, such as '11-CTr/TU') was found";
        }

        var restStart = match.Index + match.Length;
        var next = DocumentSymbol.SymbolPattern().Match(text, restStart);
        var restEnd = next.Success ? next.Index : text.Length;
        var rest = TermsText.Fold(text.AsSpan(restStart, restEnd - restStart));
        var ngay = NgayWord().Match(rest);
        if (!ngay.Success)
        {
            reference = new DocumentReference(symbol, null);
            return null;
        }

        var dateMatch = DateAfterNgay().Match(rest, ngay.Index + ngay.Length);
        if (!dateMatch.Success)
        {
            return "'ngày' is not followed by a date (day, month and a four-digit year, such as 'ngày 10-3-2017')";
        }

        var error = VietnameseDate.TryParseFolded(dateMatch.Groups["d"].Value, out var date);
        if (error is not null)
        {
            return "the date after 'ngày': " + error;
        }

        reference = new DocumentReference(symbol, date);
        return null;
    }

    [GeneratedRegex(@"(?<![a-z0-9])ngay(?![a-z])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NgayWord();

    [GeneratedRegex(@"\G ?(?<d>[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]+|[0-9]{1,2} thang [0-9]{1,2} nam [0-9]+)(?![0-9])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DateAfterNgay();
}

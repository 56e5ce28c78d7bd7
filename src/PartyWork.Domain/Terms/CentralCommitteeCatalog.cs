using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Terms;

/// <summary>
/// The Central Committee terms (khóa) known to a caller: which term a date falls in, the term with a given number,
/// and parsing of <c>"khóa XII"</c> / <c>"khoá 12"</c>.
/// </summary>
/// <remarks>
/// <para>
/// A catalog is data: the national congresses in order, each with the day its Central Committee took office
/// (<see cref="NationalCongress"/>). Following R-TERM-SPAN, khóa N runs from the day its committee takes office — the
/// day after congress N closes, or its first plenum when that is held during the congress — to the day before khóa
/// N + 1 takes office; the congress days before that belong to the outgoing term. The last term is open-ended.
/// <see cref="Default"/> holds khóa I (congress 27–31/03/1935) to khóa XIV (congress 19–23/01/2026, first plenum
/// 23/01/2026) from REGULATIONS.md §4. A caller with other dates (a first plenum we do not hold, or R-KHOA-SPAN's
/// coarser "congress to congress" reading) builds its own catalog; when the next congress meets, use
/// <see cref="WithNextCongress(NationalCongress)"/>.
/// </para>
/// <para>
/// Dates before khóa I took office (for example 03/02/1930, when the Party was founded, to 31/03/1935, the last day of
/// congress I) are in no term: <see cref="TryFind(LocalDate, out CentralCommitteeTerm?)"/> returns
/// <see langword="false"/> and <see cref="Find(LocalDate)"/> throws. See docs/decisions/terms-central-committee-span.md.
/// </para>
/// <para>Catalogs are immutable and thread-safe.</para>
/// </remarks>
public sealed partial class CentralCommitteeCatalog
{
    private readonly CentralCommitteeTerm[] _terms;

    /// <summary>Creates a catalog from the national congresses, in order.</summary>
    /// <param name="congresses">
    /// Congress I, II, … in order; each must open after the previous one closes, and its committee must take office after
    /// the previous one's.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="congresses"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="congresses"/> is empty, has more than 3999 items, or is not in order without overlap.</exception>
    public CentralCommitteeCatalog(IEnumerable<NationalCongress> congresses)
    {
        Guard.Against.Null(congresses);
        var list = congresses.ToArray();
        Guard.Against.Zero(list.Length, nameof(congresses), "A catalog needs at least one congress.");
        if (list.Length > RomanNumeral.MaxValue)
        {
            throw new ArgumentException($"A catalog holds at most {RomanNumeral.MaxValue} terms; got {list.Length}.", nameof(congresses));
        }

        _terms = new CentralCommitteeTerm[list.Length];
        for (var i = 0; i < list.Length; i++)
        {
            var congress = list[i] ?? throw new ArgumentNullException(nameof(congresses), $"Congress {i + 1} is null.");
            LocalDate? end = null;
            if (i + 1 < list.Length)
            {
                var next = list[i + 1] ?? throw new ArgumentNullException(nameof(congresses), $"Congress {i + 2} is null.");
                if (next.Days.Start <= congress.Days.End)
                {
                    throw new ArgumentException(
                        $"Congress {i + 2} ({TermsText.Date(next.Days.Start)}) must open after congress {i + 1} closes ({TermsText.Date(congress.Days.End)}).",
                        nameof(congresses));
                }

                if (next.TakesOffice <= congress.TakesOffice)
                {
                    throw new ArgumentException(
                        $"The committee of congress {i + 2} takes office on {TermsText.Date(next.TakesOffice)}, leaving no day to the term of congress {i + 1} ({TermsText.Date(congress.TakesOffice)}).",
                        nameof(congresses));
                }

                end = next.TakesOffice.PlusDays(-1);
            }

            _terms[i] = new CentralCommitteeTerm(i + 1, congress, end);
        }

        Terms = new ReadOnlyCollection<CentralCommitteeTerm>(_terms);
    }

    /// <summary>Gets the catalog of khóa I to khóa XIV, from the congress table of REGULATIONS.md §4.</summary>
    /// <value>
    /// 14 terms; each committee takes office the day after its congress closes, except khóa XIV, whose first plenum was
    /// held on the last congress day, 23/01/2026 (S61); khóa XIV is open-ended.
    /// </value>
    public static CentralCommitteeCatalog Default { get; } = new(
    [
        Days(1935, 3, 27, 1935, 3, 31),
        Days(1951, 2, 11, 1951, 2, 19),
        Days(1960, 9, 5, 1960, 9, 10),
        Days(1976, 12, 14, 1976, 12, 20),
        Days(1982, 3, 27, 1982, 3, 31),
        Days(1986, 12, 15, 1986, 12, 18),
        Days(1991, 6, 24, 1991, 6, 27),
        Days(1996, 6, 28, 1996, 7, 1),
        Days(2001, 4, 19, 2001, 4, 22),
        Days(2006, 4, 18, 2006, 4, 25),
        Days(2011, 1, 12, 2011, 1, 19),
        Days(2016, 1, 20, 2016, 1, 28),
        Days(2021, 1, 26, 2021, 2, 1),
        new NationalCongress(Days(2026, 1, 19, 2026, 1, 23).Days, new LocalDate(2026, 1, 23)),
    ]);

    /// <summary>Gets the terms in order, khóa I first.</summary>
    /// <value>A read-only list; item <c>i</c> is khóa <c>i + 1</c>.</value>
    public IReadOnlyList<CentralCommitteeTerm> Terms { get; }

    /// <summary>Gets the current (last, open-ended) term.</summary>
    /// <value>Khóa XIV in <see cref="Default"/>.</value>
    public CentralCommitteeTerm Current => _terms[^1];

    /// <summary>Gets the first day covered by any term: the day khóa I took office.</summary>
    /// <value>01/04/1935 (the day after congress I closed) in <see cref="Default"/>.</value>
    public LocalDate Start => _terms[0].Start;

    /// <summary>Returns the term with the given number.</summary>
    /// <param name="number">The number, from 1 to the number of terms.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not the number of a term in this catalog.</exception>
    public CentralCommitteeTerm Get(int number)
    {
        Guard.Against.OutOfRange(number, nameof(number), 1, _terms.Length,
            $"The catalog holds khóa I to {_terms[^1].Numeral} (1 to {_terms.Length}); {number} is not one of them.");
        return _terms[number - 1];
    }

    /// <summary>Tries to get the term with the given number.</summary>
    /// <param name="number">The number.</param>
    /// <param name="term">The term when the method returns <see langword="true"/>; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the catalog holds that term.</returns>
    public bool TryGet(int number, [NotNullWhen(true)] out CentralCommitteeTerm? term)
    {
        term = number >= 1 && number <= _terms.Length ? _terms[number - 1] : null;
        return term is not null;
    }

    /// <summary>Returns the term that contains <paramref name="date"/> (R-TERM-SPAN).</summary>
    /// <param name="date">An ISO-calendar date on or after the day khóa I took office.</param>
    /// <returns>The only term containing the date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="date"/> is not in the ISO calendar, or is before khóa I took office (01/04/1935 in <see cref="Default"/>).
    /// </exception>
    public CentralCommitteeTerm Find(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"Dates must be in the ISO calendar; got the {date.Calendar.Id} calendar.");
        }

        return TryFind(date, out var term)
            ? term
            : throw new ArgumentOutOfRangeException(nameof(date), date,
                $"{TermsText.Date(date)} is before khóa I took office ({TermsText.Date(Start)}); no Central Committee term contains it.");
    }

    /// <summary>Tries to find the term that contains <paramref name="date"/> (R-TERM-SPAN).</summary>
    /// <param name="date">The date.</param>
    /// <param name="term">The term when the method returns <see langword="true"/>; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="false"/> for dates before khóa I took office and for dates outside the ISO calendar.</returns>
    public bool TryFind(LocalDate date, [NotNullWhen(true)] out CentralCommitteeTerm? term)
    {
        term = null;
        if (date.Calendar != CalendarSystem.Iso || date < Start)
        {
            return false;
        }

        var low = 0;
        var high = _terms.Length - 1;
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            if (_terms[middle].Start <= date)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        term = _terms[low];
        return true;
    }

    /// <summary>
    /// Returns a catalog with one more term, elected by the given congress; the current term ends the day before the new
    /// committee takes office (R-TERM-SPAN).
    /// </summary>
    /// <param name="congress">The next congress; it must open after the last known congress closes.</param>
    /// <returns>A new catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="congress"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="congress"/> does not open after the last congress closes.</exception>
    public CentralCommitteeCatalog WithNextCongress(NationalCongress congress)
    {
        Guard.Against.Null(congress);
        return new CentralCommitteeCatalog(_terms.Select(t => t.ElectedBy).Append(congress));
    }

    /// <summary>Reads a khóa phrase and returns its term.</summary>
    /// <param name="text">
    /// <c>"khóa XII"</c>, <c>"khoá 12"</c>, <c>"Khóa XII"</c>, <c>"(khóa 12)"</c>, the folded <c>"khoa xii"</c>, or
    /// <c>"Ban Chấp hành Trung ương khóa XII"</c>.
    /// </param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a khóa phrase, or names a term that is not in this catalog.</exception>
    public CentralCommitteeTerm Parse(string text)
    {
        Guard.Against.Null(text);
        var error = TryParseFolded(TermsText.Fold(text), out var term);
        return error is null ? term! : throw TermsText.Error("Central Committee term", text, error);
    }

    /// <summary>Tries to read a khóa phrase.</summary>
    /// <param name="text">The phrase; <see langword="null"/> gives <see langword="false"/>.</param>
    /// <param name="term">The term when the method returns <see langword="true"/>; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> names a term of this catalog.</returns>
    public bool TryParse(string? text, [NotNullWhen(true)] out CentralCommitteeTerm? term)
    {
        term = null;
        return text is not null && TryParseFolded(TermsText.Fold(text), out term) is null;
    }

    /// <summary>The pattern of a khóa phrase inside folded text; group "khoa" holds the number.</summary>
    internal const string FoldedKhoaPattern = @"khoa (?<khoa>[0-9]+|[ivxlcdm]+)";

    /// <summary>Checks a folded term number token against this catalog; returns null or the reason.</summary>
    internal string? TryResolve(ReadOnlySpan<char> token, out CentralCommitteeTerm? term)
    {
        term = null;
        if (!OrdinalPhrase.TryReadFoldedNumber(token, out var number))
        {
            return $"'{token}' is not a term number (a Roman numeral or digits)";
        }

        if (!TryGet(number, out term))
        {
            return $"khóa {RomanNumeral.Format(number)} ({number}) is not in the catalog, which holds khóa I to {_terms[^1].Numeral}";
        }

        return null;
    }

    private string? TryParseFolded(string folded, out CentralCommitteeTerm? term)
    {
        term = null;
        var match = KhoaPattern().Match(folded);
        return match.Success
            ? TryResolve(match.Groups["khoa"].ValueSpan, out term)
            : "expected 'khóa' followed by a Roman numeral or digits, such as 'khóa XII' or 'khoá 12'";
    }

    private static NationalCongress Days(int y1, int m1, int d1, int y2, int m2, int d2) =>
        new(new DateInterval(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2)));

    [GeneratedRegex(@"^\(?(?:(?:ban chap hanh )?trung uong (?:dang )?)?" + FoldedKhoaPattern + @"\)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex KhoaPattern();
}

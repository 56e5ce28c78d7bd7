using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Terms;

/// <content>Parsing of the Vietnamese phrases reports use.</content>
public readonly partial struct ReviewPeriod : ISpanParsable<ReviewPeriod>
{
    /// <summary>Reads a review period phrase.</summary>
    /// <param name="text">
    /// Any case, either tone placement, with or without diacritics: <c>"tháng 7/2018"</c>, <c>"tháng 7-2018"</c>,
    /// <c>"tháng 7 năm 2018"</c>; <c>"quý III/2024"</c>, <c>"quý 3 năm 2024"</c>; <c>"6 tháng đầu năm 2018"</c>,
    /// <c>"6 tháng cuối năm 2018"</c>, <c>"nửa đầu năm 2018"</c>; <c>"10 tháng đầu năm 2018"</c> (also
    /// <c>"N tháng cuối năm"</c>: the last N months); <c>"năm 2019"</c>; <c>"nhiệm kỳ 2015-2020"</c>,
    /// <c>"giai đoạn 2015–2020"</c>; <c>"từ ngày 01/03/2018 đến ngày 15/04/2018"</c>.
    /// </param>
    /// <returns>The period, normalised as the factories do (<c>"3 tháng đầu năm 2018"</c> is the first quarter).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">
    /// The text is not one of those phrases, names a month, quarter or day that does not exist (<c>"quý V/2024"</c>,
    /// <c>"31-02-2018"</c>), is a reversed term (<c>"nhiệm kỳ 2020-2015"</c>), or lacks its year
    /// (<c>"10 tháng đầu năm"</c>, <c>"quý III"</c>, <c>"tháng 7"</c>: use <see cref="Parse(string, int)"/>).
    /// </exception>
    public static ReviewPeriod Parse(string text)
    {
        Guard.Against.Null(text);
        var error = TryParseCore(text, null, out var period);
        return error is null ? period : throw TermsText.Error("review period", text, error);
    }

    /// <summary>Reads a review period phrase, taking the year from <paramref name="referenceYear"/> when the phrase has none.</summary>
    /// <param name="text">
    /// As for <see cref="Parse(string)"/>, and also the month, quarter, part-of-year and year phrases without their year:
    /// <c>"tháng 7"</c>, <c>"quý III"</c>, <c>"10 tháng đầu năm"</c>, <c>"6 tháng cuối năm"</c>, <c>"nửa đầu năm"</c>,
    /// <c>"năm"</c>. A year written in the phrase wins over <paramref name="referenceYear"/>.
    /// </param>
    /// <param name="referenceYear">The year of the report, used only when the phrase names no year.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="referenceYear"/> is outside <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    /// <exception cref="FormatException">The text is not a valid period phrase, or names a month, quarter or day that does not exist.</exception>
    public static ReviewPeriod Parse(string text, int referenceYear)
    {
        Guard.Against.Null(text);
        CheckYear(referenceYear);
        var error = TryParseCore(text, referenceYear, out var period);
        return error is null ? period : throw TermsText.Error("review period", text, error);
    }

    /// <summary>Tries to read a review period phrase.</summary>
    /// <param name="text">The phrase; <see langword="null"/> gives <see langword="false"/>.</param>
    /// <param name="result">The period when the method returns <see langword="true"/>; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid period phrase with its year.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ReviewPeriod result)
    {
        result = default;
        return text is not null && TryParseCore(text, null, out result) is null;
    }

    /// <summary>Tries to read a review period phrase, taking the year from <paramref name="referenceYear"/> when the phrase has none.</summary>
    /// <param name="text">The phrase; <see langword="null"/> gives <see langword="false"/>.</param>
    /// <param name="referenceYear">The year of the report.</param>
    /// <param name="result">The period when the method returns <see langword="true"/>; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid period phrase; <see langword="false"/> also when <paramref name="referenceYear"/> is out of range.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, int referenceYear, out ReviewPeriod result)
    {
        result = default;
        return text is not null && referenceYear is >= MinYear and <= MaxYear && TryParseCore(text, referenceYear, out result) is null;
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The phrase.</param>
    /// <param name="provider">Not used.</param>
    static ReviewPeriod IParsable<ReviewPeriod>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string?, out ReviewPeriod)"/>
    /// <param name="s">The phrase.</param>
    /// <param name="provider">Not used.</param>
    /// <param name="result">The period.</param>
    static bool IParsable<ReviewPeriod>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ReviewPeriod result) => TryParse(s, out result);

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The phrase.</param>
    /// <param name="provider">Not used.</param>
    static ReviewPeriod ISpanParsable<ReviewPeriod>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    /// <inheritdoc cref="TryParse(string?, out ReviewPeriod)"/>
    /// <param name="s">The phrase.</param>
    /// <param name="provider">Not used.</param>
    /// <param name="result">The period.</param>
    static bool ISpanParsable<ReviewPeriod>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ReviewPeriod result) => TryParse(s.ToString(), out result);

    private static string? TryParseCore(string text, int? referenceYear, out ReviewPeriod result)
    {
        result = default;
        var folded = TermsText.Fold(text);

        var match = MonthPattern().Match(folded);
        if (match.Success)
        {
            var month = TermsText.Digits(match.Groups["m"].ValueSpan);
            return TryYear(match, referenceYear, out var year) ?? (month is < 1 or > 12
                ? $"there is no month {month} (months are 1 to 12)"
                : Set(Month(year, month), out result));
        }

        match = QuarterPattern().Match(folded);
        if (match.Success)
        {
            var token = match.Groups["q"].ValueSpan;
            if (!OrdinalPhrase.TryReadFoldedNumber(token, out var quarter) || quarter > 4)
            {
                return $"there is no quarter '{token.ToString().ToUpperInvariant()}' (quarters are I to IV, or 1 to 4)";
            }

            return TryYear(match, referenceYear, out var year) ?? Set(Quarter(year, quarter), out result);
        }

        match = PartOfYearPattern().Match(folded);
        if (match.Success)
        {
            var months = match.Groups["half"].Success ? 6 : TermsText.Digits(match.Groups["n"].ValueSpan);
            if (months is < 1 or > 12)
            {
                return $"a year has 12 months, not {months}";
            }

            var error = TryYear(match, referenceYear, out var year);
            if (error is not null)
            {
                return error;
            }

            if (match.Groups["w"].ValueSpan.SequenceEqual("dau"))
            {
                return Set(FirstMonths(year, months), out result);
            }

            var last = months switch
            {
                1 => Month(year, 12),
                3 => Quarter(year, 4),
                6 => HalfYear(year, 2),
                12 => Year(year),
                _ => Interval(new LocalDate(year, 13 - months, 1), new LocalDate(year, 12, 31)),
            };
            return Set(last, out result);
        }

        match = YearPattern().Match(folded);
        if (match.Success)
        {
            return TryYear(match, referenceYear, out var year) ?? Set(Year(year), out result);
        }

        match = TermPattern().Match(folded);
        if (match.Success)
        {
            var error = CongressTerm.TryReadTerm(match, out var dates);
            return error ?? Set(new ReviewPeriod(ReviewPeriodKind.Term, dates!.Start, dates.End), out result);
        }

        match = IntervalPattern().Match(folded);
        if (match.Success)
        {
            var error = VietnameseDate.TryParseFolded(match.Groups["d1"].Value, out var first);
            if (error is not null)
            {
                return "first day: " + error;
            }

            error = VietnameseDate.TryParseFolded(match.Groups["d2"].Value, out var last);
            if (error is not null)
            {
                return "last day: " + error;
            }

            if (last < first)
            {
                return $"the last day {TermsText.Date(last)} is before the first day {TermsText.Date(first)}";
            }

            if (last.Year > MaxYear)
            {
                return $"the days must be in the years {MinYear} to {MaxYear}";
            }

            return Set(new ReviewPeriod(ReviewPeriodKind.Interval, first, last), out result);
        }

        return "expected a phrase such as 'tháng 7/2018', 'quý III/2024', '6 tháng đầu năm 2018', '10 tháng đầu năm 2018', 'năm 2019', 'nhiệm kỳ 2015-2020' or 'từ ngày 01/03/2018 đến ngày 15/04/2018'";
    }

    private static string? TryYear(Match match, int? referenceYear, out int year)
    {
        var group = match.Groups["y"];
        if (group.Success)
        {
            year = TermsText.Digits(group.ValueSpan);
            return year is >= MinYear and <= MaxYear ? null : $"the year {year} is outside {MinYear} to {MaxYear}";
        }

        year = referenceYear ?? 0;
        return referenceYear is null
            ? "the year is missing (write it, as in '10 tháng đầu năm 2018', or pass the year of the report)"
            : null;
    }

    private static string? Set(ReviewPeriod period, out ReviewPeriod result)
    {
        result = period;
        return null;
    }

    [GeneratedRegex(@"^thang (?<m>[0-9]{1,2})(?:(?: ?[-/.] ?| nam )(?<y>[0-9]{4}))?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^quy (?<q>[0-9]+|[a-z]+)(?:(?: ?[-/.] ?| nam )(?<y>[0-9]{4}))?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^(?:(?<n>[0-9]{1,2}) thang|(?<half>nua)) (?<w>dau|cuoi) nam(?: (?<y>[0-9]{4}))?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PartOfYearPattern();

    [GeneratedRegex(@"^nam(?: (?<y>[0-9]{4}))?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex YearPattern();

    [GeneratedRegex("^" + CongressTerm.FoldedTermPattern + "$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TermPattern();

    [GeneratedRegex(@"^(?:tu )?(?<d1>" + VietnameseDate.FoldedPattern + @") (?:den|-) (?<d2>" + VietnameseDate.FoldedPattern + @")$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex IntervalPattern();
}

using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Terms;

/// <summary>
/// The term (nhiệm kỳ) of any party organization's congress: <c>"Đại hội … lần thứ III, nhiệm kỳ 2015-2020"</c>.
/// </summary>
/// <remarks>
/// <para>
/// A term is known either by its years or by exact dates. With years only (<c>"nhiệm kỳ 2015-2020"</c>) the term covers
/// the calendar years from the first year up to, but not including, the year of the next congress: 01/01/2015 to
/// 31/12/2019. Consecutive terms then never overlap, and a 5-year term holds exactly 5 years, 10 half-years, 20 quarters.
/// With exact dates the term runs from the day its congress opens to the day before the next congress opens. See
/// docs/decisions/terms-congress-term-years.md.
/// </para>
/// <para>
/// <see cref="EndYear"/> is always the year of the next congress (the year after <see cref="End"/>). Supported dates are
/// in the years 1000 to 9998. Equality compares the ordinal and the dates. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed partial class CongressTerm : IEquatable<CongressTerm>, IComparable<CongressTerm>, IComparable, IFormattable
{
    /// <summary>The earliest year a term may start in.</summary>
    public const int MinYear = ReviewPeriod.MinYear;

    /// <summary>The latest year a term may reach (its last day is in this year at the latest).</summary>
    public const int MaxYear = ReviewPeriod.MaxYear;

    /// <summary>Creates a term known by its years.</summary>
    /// <param name="startYear">The year of the congress that opens the term.</param>
    /// <param name="endYear">The year of the next congress; later than <paramref name="startYear"/>.</param>
    /// <param name="ordinal">The number of the congress (3 for <c>"lần thứ III"</c>), or <see langword="null"/> when unknown.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A year is outside <see cref="MinYear"/> to <see cref="MaxYear"/> + 1, <paramref name="endYear"/> is not after
    /// <paramref name="startYear"/>, or <paramref name="ordinal"/> is outside 1 to 3999.
    /// </exception>
    public CongressTerm(int startYear, int endYear, int? ordinal = null)
    {
        Guard.Against.OutOfRange(startYear, nameof(startYear), MinYear, MaxYear, $"A term starts in a year from {MinYear} to {MaxYear}; got {startYear}.");
        Guard.Against.OutOfRange(endYear, nameof(endYear), startYear + 1, MaxYear + 1,
            $"A term ends after it starts: nhiệm kỳ {startYear}-{endYear} must have an end year from {startYear + 1} to {MaxYear + 1}.");
        Ordinal = CheckOrdinal(ordinal);
        Dates = new DateInterval(new LocalDate(startYear, 1, 1), new LocalDate(endYear - 1, 12, 31));
    }

    /// <summary>Creates a term known by its exact dates.</summary>
    /// <param name="dates">
    /// From the day the congress opens to the day before the next congress opens. The dates may lie in one year (a term
    /// cut short); such a term is written <c>"nhiệm kỳ 2015-2015 (từ ngày … đến ngày …)"</c> and parses back, while the
    /// years-only <c>"nhiệm kỳ 2015-2015"</c> is empty and rejected. See docs/decisions/terms-congress-term-years.md.
    /// </param>
    /// <param name="ordinal">The number of the congress, or <see langword="null"/> when unknown.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The dates are outside the years <see cref="MinYear"/> to <see cref="MaxYear"/> or not ISO, or <paramref name="ordinal"/> is outside 1 to 3999.</exception>
    public CongressTerm(DateInterval dates, int? ordinal = null)
    {
        Guard.Against.Null(dates);
        ReviewPeriod.CheckDates(dates.Start, dates.End, nameof(dates));
        Ordinal = CheckOrdinal(ordinal);
        Dates = dates;
    }

    /// <summary>Gets the number of the congress that opened the term.</summary>
    /// <value>3 for <c>"Đại hội … lần thứ III"</c>; <see langword="null"/> when unknown.</value>
    public int? Ordinal { get; }

    /// <summary>Gets the days of the term.</summary>
    /// <value>For <c>"nhiệm kỳ 2015-2020"</c>, 01/01/2015 to 31/12/2019.</value>
    public DateInterval Dates { get; }

    /// <summary>Gets the first day of the term.</summary>
    /// <value>The opening day of the congress, or 1 January of the first year.</value>
    public LocalDate Start => Dates.Start;

    /// <summary>Gets the last day of the term.</summary>
    /// <value>The day before the next congress, or 31 December of the year before it.</value>
    public LocalDate End => Dates.End;

    /// <summary>Gets the year of the congress that opened the term.</summary>
    /// <value>2015 for <c>"nhiệm kỳ 2015-2020"</c>.</value>
    public int StartYear => Start.Year;

    /// <summary>Gets the year of the next congress (the year after the last day).</summary>
    /// <value>2020 for <c>"nhiệm kỳ 2015-2020"</c>.</value>
    public int EndYear => End.PlusDays(1).Year;

    /// <summary>Gets a value indicating whether the term has dates other than whole calendar years.</summary>
    /// <value><see langword="false"/> for a term known by years only.</value>
    public bool HasExactDates => !(Start.Month == 1 && Start.Day == 1 && End.Month == 12 && End.Day == 31);

    /// <summary>Gets the first day of the second half of the term: the start plus half its days (rounded down).</summary>
    /// <value>For 01/01/2015–31/12/2019 (1826 days), 02/07/2017.</value>
    public LocalDate MidTerm => Start.PlusDays(Dates.Length / 2);

    /// <summary>Creates the term opened by a congress, with the length of <paramref name="rule"/>.</summary>
    /// <param name="congressDate">The day the congress opens.</param>
    /// <param name="rule">The length rule (for example from <see cref="TermLengthPolicy.RuleFor(CongressLevel, LocalDate)"/>).</param>
    /// <param name="ordinal">The number of the congress, or <see langword="null"/>.</param>
    /// <returns>The term from <paramref name="congressDate"/> to the day before the same date <see cref="TermLengthRule.Months"/> months later.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The term would leave the supported years, or the ordinal is out of range.</exception>
    public static CongressTerm FromCongress(LocalDate congressDate, TermLengthRule rule, int? ordinal = null)
    {
        Guard.Against.Null(rule);
        Guard.Against.OutOfRange(congressDate.Year, nameof(congressDate), MinYear, MaxYear - 100,
            $"A congress date must be in the years {MinYear} to {MaxYear - 100}; got {TermsText.Date(congressDate)}.");
        return new CongressTerm(new DateInterval(congressDate, congressDate.PlusMonths(rule.Months).PlusDays(-1)), ordinal);
    }

    /// <summary>Creates a term known by years, with the length of <paramref name="rule"/>.</summary>
    /// <param name="startYear">The year of the congress.</param>
    /// <param name="rule">A rule whose length is a whole number of years.</param>
    /// <param name="ordinal">The number of the congress, or <see langword="null"/>.</param>
    /// <returns>For 2015 and R-CH-LOCAL, <c>"nhiệm kỳ 2015-2020"</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="rule"/> is not a whole number of years (for example R-CH-CHIBO, 30 months).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The years are out of range, or the ordinal is.</exception>
    public static CongressTerm FromYears(int startYear, TermLengthRule rule, int? ordinal = null)
    {
        Guard.Against.Null(rule);
        if (!rule.IsWholeYears)
        {
            throw new ArgumentException($"{rule.RuleId} lasts {rule.Months} months, not whole years; give the congress date instead.", nameof(rule));
        }

        Guard.Against.OutOfRange(startYear, nameof(startYear), MinYear, MaxYear - 100, $"A term starts in a year from {MinYear} to {MaxYear - 100}; got {startYear}.");
        return new CongressTerm(startYear, startYear + (rule.Months / 12), ordinal);
    }

    /// <summary>Tells whether <paramref name="date"/> falls in the term.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when the date is from <see cref="Start"/> to <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => Dates.Contains(date);

    /// <summary>Tells whether the term's length matches <paramref name="rule"/> exactly.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns><see langword="true"/> when the term ends the day before the same date <see cref="TermLengthRule.Months"/> months after it starts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    public bool HasLengthOf(TermLengthRule rule)
    {
        Guard.Against.Null(rule);
        return Start.PlusMonths(rule.Months).PlusDays(-1) == End;
    }

    /// <summary>Returns the term as a review period of kind <see cref="ReviewPeriodKind.Term"/> (the ordinal is not kept).</summary>
    /// <returns>The review period with the same dates.</returns>
    public ReviewPeriod ToReviewPeriod() => ReviewPeriod.Term(this);

    /// <summary>Reads a congress term phrase.</summary>
    /// <param name="text">
    /// <c>"nhiệm kỳ 2015-2020"</c>, <c>"nhiệm kỳ 2020 - 2025"</c>, <c>"nhiệm kỳ 2015–2020"</c> (en dash),
    /// <c>"giai đoạn 2015-2020"</c>, <c>"nhiệm kì 2020-2025"</c> (kì spelling), optionally after <c>"… lần thứ III, "</c>
    /// (read as the ordinal) or any other text (<c>"Đại hội Đảng bộ tỉnh, nhiệm kỳ 2020-2025"</c>, ignored), and
    /// optionally followed by exact dates <c>" (từ ngày 15/06/2015 đến ngày 14/06/2020)"</c>.
    /// </param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a term phrase, the term is reversed or empty (<c>"nhiệm kỳ 2020-2015"</c>), or the dates do not exist or disagree with the years.</exception>
    public static CongressTerm Parse(string text)
    {
        Guard.Against.Null(text);
        var error = TryParseFolded(TermsText.Fold(text), out var term);
        return error is null ? term! : throw TermsText.Error("congress term", text, error);
    }

    /// <summary>Tries to read a congress term phrase.</summary>
    /// <param name="text">The phrase; <see langword="null"/> gives <see langword="false"/>.</param>
    /// <param name="term">The term when the method returns <see langword="true"/>; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the text is a valid term phrase.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out CongressTerm? term)
    {
        term = null;
        return text is not null && TryParseFolded(TermsText.Fold(text), out term) is null;
    }

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)"/>
    public override string ToString() => ToString(null, null);

    /// <summary>Writes the term.</summary>
    /// <param name="format">
    /// <c>"G"</c> or <see langword="null"/>: <c>"lần thứ III, nhiệm kỳ 2015-2020"</c> (without the ordinal when unknown, and
    /// with <c>" (từ ngày … đến ngày …)"</c> when the dates are exact); <c>"E"</c>: <c>"3rd congress, term 2015-2020"</c>.
    /// </param>
    /// <param name="formatProvider">Not used: the output does not depend on culture.</param>
    /// <returns>The formatted term; the <c>"G"</c> form parses back to an equal term.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not G or E.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var letter = TermsText.FormatLetter(format, 'G');
        if (letter is not ('G' or 'E'))
        {
            throw new FormatException($"Unknown format '{format}' for a congress term; use G or E.");
        }

        var period = ToReviewPeriod().ToString(letter.ToString(), formatProvider);
        return (letter, Ordinal) switch
        {
            ('G', null) => period,
            ('G', { } n) => "lần thứ " + RomanNumeral.Format(n) + ", " + period,
            ('E', null) => period,
            ('E', { } n) => TermsText.EnglishOrdinal(n) + " congress, " + period,
            _ => throw new FormatException($"Unknown format '{format}' for a congress term; use G or E."),
        };
    }

    /// <inheritdoc/>
    public bool Equals(CongressTerm? other) => other is not null && Ordinal == other.Ordinal && Dates.Equals(other.Dates);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CongressTerm);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Ordinal, Dates);

    /// <summary>Compares by start, then end, then ordinal (unknown first).</summary>
    /// <param name="other">The other term; <see langword="null"/> sorts first.</param>
    /// <returns>A negative number, zero or a positive number as this term sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(CongressTerm? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byStart = Start.CompareTo(other.Start);
        if (byStart != 0)
        {
            return byStart;
        }

        var byEnd = End.CompareTo(other.End);
        return byEnd != 0 ? byEnd : Nullable.Compare(Ordinal, other.Ordinal);
    }

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        CongressTerm other => CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(CongressTerm)}.", nameof(obj)),
    };

    /// <summary>Tells whether two terms are equal.</summary>
    /// <param name="left">The first term.</param>
    /// <param name="right">The second term.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(CongressTerm? left, CongressTerm? right) => left?.Equals(right) ?? right is null;

    /// <summary>Tells whether two terms differ.</summary>
    /// <param name="left">The first term.</param>
    /// <param name="right">The second term.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(CongressTerm? left, CongressTerm? right) => !(left == right);

    /// <summary>Tells whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first term.</param>
    /// <param name="right">The second term.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(CongressTerm? left, CongressTerm? right) => Compare(left, right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first term.</param>
    /// <param name="right">The second term.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(CongressTerm? left, CongressTerm? right) => Compare(left, right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first term.</param>
    /// <param name="right">The second term.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(CongressTerm? left, CongressTerm? right) => Compare(left, right) > 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first term.</param>
    /// <param name="right">The second term.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(CongressTerm? left, CongressTerm? right) => Compare(left, right) >= 0;

    /// <summary>Reads the term part of folded text matched by a term pattern; returns null or the reason.</summary>
    internal static string? TryReadTerm(Match match, out DateInterval? dates)
    {
        dates = null;
        var startYear = TermsText.Digits(match.Groups["y1"].ValueSpan);
        var endYear = TermsText.Digits(match.Groups["y2"].ValueSpan);
        if (!match.Groups["d1"].Success)
        {
            if (endYear <= startYear)
            {
                return endYear == startYear
                    ? $"the term {startYear}-{endYear} is empty: by years a term covers {startYear} to the year before {endYear}; a term that starts and ends in one year needs its exact dates, as in 'nhiệm kỳ {startYear}-{endYear} (từ ngày … đến ngày …)'"
                    : $"the term {startYear}-{endYear} ends before it starts (write the earlier year first)";
            }

            if (startYear < MinYear || endYear > MaxYear + 1)
            {
                return $"the years must be from {MinYear} to {MaxYear + 1}";
            }

            dates = new DateInterval(new LocalDate(startYear, 1, 1), new LocalDate(endYear - 1, 12, 31));
            return null;
        }

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

        if (first.Year < MinYear || last.Year > MaxYear)
        {
            return $"the dates must be in the years {MinYear} to {MaxYear}";
        }

        if (first.Year != startYear || last.PlusDays(1).Year != endYear)
        {
            return $"the dates {TermsText.Date(first)}–{TermsText.Date(last)} do not match the years {startYear}-{endYear} (the second year is the year of the next congress)";
        }

        dates = new DateInterval(first, last);
        return null;
    }

    /// <summary>The pattern of a term inside folded text (groups y1, y2 and optional d1, d2).</summary>
    internal const string FoldedTermPattern =
        @"(?:nhiem k[yi]|giai doan) (?<y1>[0-9]{4}) ?- ?(?<y2>[0-9]{4})(?: \(tu (?<d1>" + VietnameseDate.FoldedPattern + @") den (?<d2>" + VietnameseDate.FoldedPattern + @")\))?";

    private static string? TryParseFolded(string folded, out CongressTerm? term)
    {
        term = null;
        var match = TermPattern().Match(folded);
        if (!match.Success)
        {
            return "expected 'nhiệm kỳ' or 'giai đoạn' and two years, such as 'nhiệm kỳ 2015-2020'";
        }

        int? ordinal = null;
        if (match.Groups["ord"].Success)
        {
            if (!OrdinalPhrase.TryReadFoldedNumber(match.Groups["ord"].ValueSpan, out var n))
            {
                return $"'{match.Groups["ord"].Value}' is not a congress number";
            }

            ordinal = n;
        }

        var error = TryReadTerm(match, out var dates);
        if (error is not null)
        {
            return error;
        }

        term = new CongressTerm(dates!, ordinal);
        return null;
    }

    private static int? CheckOrdinal(int? ordinal)
    {
        if (ordinal is { } n)
        {
            Guard.Against.OutOfRange(n, nameof(ordinal), RomanNumeral.MinValue, RomanNumeral.MaxValue, $"A congress number is 1 to 3999; got {n}.");
        }

        return ordinal;
    }

    private static int Compare(CongressTerm? left, CongressTerm? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    [GeneratedRegex(@"^(?:(?:.* )?lan thu (?<ord>[0-9a-z]+) ?,? |.*[ ,])?" + FoldedTermPattern + "$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TermPattern();
}

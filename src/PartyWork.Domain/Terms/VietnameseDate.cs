using System.Text.RegularExpressions;
using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Terms;

/// <summary>
/// Calendar dates the way Vietnamese documents write them: <c>"10-3-2017"</c>, <c>"08/3/2018"</c>, <c>"10.03.2017"</c>,
/// <c>"ngày 10 tháng 3 năm 2017"</c>.
/// </summary>
/// <remarks>
/// Day comes first, then month, then a four-digit year (1000 to 9999); a leading <c>"ngày"</c> is allowed. Dates that do
/// not exist (<c>"31-02-2018"</c>) are rejected with a message that says so, never rolled over to another day.
/// The canonical form written by <see cref="Format(LocalDate)"/> is <c>"dd/MM/yyyy"</c>. All members are pure and
/// thread-safe, and use the ISO calendar.
/// </remarks>
public static partial class VietnameseDate
{
    /// <summary>Writes <paramref name="date"/> as <c>"dd/MM/yyyy"</c>.</summary>
    /// <param name="date">An ISO-calendar date with a year from 1000 to 9999.</param>
    /// <returns>For example <c>"08/03/2018"</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year of <paramref name="date"/> is outside 1000 to 9999, or the date is not in the ISO calendar.</exception>
    public static string Format(LocalDate date)
    {
        Guard.Against.OutOfRange(date.Year, nameof(date), 1000, 9999, $"Dates are written with a four-digit year; {date:uuuu-MM-dd} is outside 1000 to 9999.");
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "Dates must be in the ISO calendar.");
        }

        return string.Concat(Two(date.Day), "/", Two(date.Month), "/", TermsText.Invariant(date.Year));
    }

    /// <summary>Reads a date written day first.</summary>
    /// <param name="text">For example <c>"10-3-2017"</c>, <c>"ngày 08/3/2018"</c> or <c>"ngày 10 tháng 3 năm 2017"</c>.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a date in those forms, or names a day that does not exist.</exception>
    public static LocalDate Parse(string text)
    {
        Guard.Against.Null(text);
        var error = TryParseFolded(TermsText.Fold(text), out var date);
        return error is null ? date : throw TermsText.Error("date", text, error);
    }

    /// <summary>Tries to read a date written day first.</summary>
    /// <param name="text">The text; <see langword="null"/> gives <see langword="false"/>.</param>
    /// <param name="date">The date when the method returns <see langword="true"/>; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a real date in one of the accepted forms.</returns>
    public static bool TryParse(string? text, out LocalDate date)
    {
        date = default;
        return text is not null && TryParseFolded(TermsText.Fold(text), out date) is null;
    }

    /// <summary>The pattern of a date inside folded text (day, month, year groups), for other parsers to embed.</summary>
    internal const string FoldedPattern = @"(?:ngay )?(?:[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{4}|[0-9]{1,2} thang [0-9]{1,2} nam [0-9]{4})";

    /// <summary>Reads folded date text; returns null or the reason it was rejected.</summary>
    internal static string? TryParseFolded(string folded, out LocalDate date)
    {
        date = default;
        var match = DatePattern().Match(folded);
        if (!match.Success)
        {
            return "expected day, month and a four-digit year, such as 10-3-2017, 08/3/2018 or 'ngày 10 tháng 3 năm 2017'";
        }

        var day = TermsText.Digits(match.Groups["d"].ValueSpan);
        var month = TermsText.Digits(match.Groups["m"].ValueSpan);
        var year = TermsText.Digits(match.Groups["y"].ValueSpan);
        return TryCreate(year, month, day, out date);
    }

    /// <summary>Creates a date from its parts; returns null or the reason the parts do not name a real day.</summary>
    internal static string? TryCreate(int year, int month, int day, out LocalDate date)
    {
        date = default;
        if (year is < 1000 or > 9999)
        {
            return $"the year {year} is outside 1000 to 9999";
        }

        if (month is < 1 or > 12)
        {
            return $"there is no month {month}";
        }

        var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            return $"there is no day {day} in {Two(month)}/{TermsText.Invariant(year)}, which has {days} days";
        }

        date = new LocalDate(year, month, day);
        return null;
    }

    private static string Two(int value) => value < 10 ? "0" + TermsText.Invariant(value) : TermsText.Invariant(value);

    [GeneratedRegex(@"^(?:ngay )?(?:(?<d>[0-9]{1,2})[-/.](?<m>[0-9]{1,2})[-/.](?<y>[0-9]{4})|(?<d>[0-9]{1,2}) thang (?<m>[0-9]{1,2}) nam (?<y>[0-9]{4}))$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DatePattern();
}

using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Terms;

/// <summary>
/// The period a report or review covers, as one type: a month, a quarter, a half-year, the first N months of a year, a
/// year, a congress term, or any run of days.
/// </summary>
/// <remarks>
/// <para>
/// A period is its <see cref="Kind"/> and its first and last days. Factories normalise so each set of days of a
/// calendar kind has one value: <c>FirstMonths(2018, 6)</c> is the first half-year, <c>FirstMonths(2018, 3)</c> the first
/// quarter, <c>FirstMonths(2018, 12)</c> the year. An <see cref="ReviewPeriodKind.Interval"/> is never normalised: it is
/// "these days", written with dates.
/// </para>
/// <para>
/// Supported days are in the years <see cref="MinYear"/> to <see cref="MaxYear"/> of the ISO calendar.
/// <c>default(ReviewPeriod)</c> is the one-day interval 01/01/0001, outside that range: it compares and formats
/// (<c>"từ ngày 01/01/0001 đến ngày 01/01/0001"</c>), but that text does not parse and the value should not be used.
/// </para>
/// <para>
/// Equality compares kind, start and end; ordering is by start, then end, then kind. The canonical Vietnamese text
/// (<c>"G"</c>) parses back to an equal value. Values are immutable and thread-safe.
/// </para>
/// </remarks>
public readonly partial struct ReviewPeriod
{
    /// <summary>The earliest year a period may touch.</summary>
    public const int MinYear = 1000;

    /// <summary>The latest year a period may touch (one below NodaTime's last year, so that the next day always exists).</summary>
    public const int MaxYear = 9998;

    private readonly LocalDate _start;
    private readonly LocalDate _end;

    private ReviewPeriod(ReviewPeriodKind kind, LocalDate start, LocalDate end)
    {
        Kind = kind;
        _start = start;
        _end = end;
    }

    /// <summary>Gets the kind of the period.</summary>
    /// <value>For example <see cref="ReviewPeriodKind.Quarter"/> for <c>"quý III/2024"</c>.</value>
    public ReviewPeriodKind Kind { get; }

    /// <summary>Gets the first day.</summary>
    /// <value>01/07/2024 for <c>"quý III/2024"</c>.</value>
    public LocalDate Start => _start;

    /// <summary>Gets the last day.</summary>
    /// <value>30/09/2024 for <c>"quý III/2024"</c>.</value>
    public LocalDate End => _end;

    /// <summary>Gets the days of the period.</summary>
    /// <value>From <see cref="Start"/> to <see cref="End"/>, both included.</value>
    public DateInterval Dates => new(_start, _end);

    /// <summary>Gets the year the period starts in.</summary>
    /// <value>2024 for <c>"quý III/2024"</c>; the first year for a term.</value>
    public int StartYear => _start.Year;

    /// <summary>Gets the number of the period within its year.</summary>
    /// <value>
    /// The month (1–12) for a month, the quarter (1–4), the half (1–2), N for the first N months; 0 for a year, a term or
    /// an interval.
    /// </value>
    public int Index => Kind switch
    {
        ReviewPeriodKind.Month => _start.Month,
        ReviewPeriodKind.Quarter => ((_start.Month - 1) / 3) + 1,
        ReviewPeriodKind.HalfYear => _start.Month <= 6 ? 1 : 2,
        ReviewPeriodKind.FirstMonths => _end.Month,
        _ => 0,
    };

    /// <summary>Gets the number of days in the period.</summary>
    /// <value>92 for <c>"quý III/2024"</c>.</value>
    public int Length => Period.Between(_start, _end, PeriodUnits.Days).Days + 1;

    /// <summary>Creates a month.</summary>
    /// <param name="year">The year, from <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The month, written <c>"tháng 7/2018"</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static ReviewPeriod Month(int year, int month)
    {
        CheckYear(year);
        Guard.Against.OutOfRange(month, nameof(month), 1, 12, $"A month is 1 to 12; got {month}.");
        var start = new LocalDate(year, month, 1);
        return new ReviewPeriod(ReviewPeriodKind.Month, start, start.PlusMonths(1).PlusDays(-1));
    }

    /// <summary>Creates a month from a NodaTime <see cref="YearMonth"/>.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The month.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="MinYear"/> to <see cref="MaxYear"/>, or the calendar is not ISO.</exception>
    public static ReviewPeriod Month(YearMonth month)
    {
        CheckIso(month.Calendar, nameof(month));
        return Month(month.Year, month.Month);
    }

    /// <summary>Creates a quarter.</summary>
    /// <param name="year">The year.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The quarter, written <c>"quý III/2024"</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static ReviewPeriod Quarter(int year, int quarter)
    {
        CheckYear(year);
        Guard.Against.OutOfRange(quarter, nameof(quarter), 1, 4, $"A quarter is 1 to 4 (I to IV); got {quarter}.");
        var start = new LocalDate(year, ((quarter - 1) * 3) + 1, 1);
        return new ReviewPeriod(ReviewPeriodKind.Quarter, start, start.PlusMonths(3).PlusDays(-1));
    }

    /// <summary>Creates a half-year.</summary>
    /// <param name="year">The year.</param>
    /// <param name="half">1 for the first six months (<c>"6 tháng đầu năm"</c>), 2 for the last six (<c>"6 tháng cuối năm"</c>).</param>
    /// <returns>The half-year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static ReviewPeriod HalfYear(int year, int half)
    {
        CheckYear(year);
        Guard.Against.OutOfRange(half, nameof(half), 1, 2, $"A half-year is 1 or 2; got {half}.");
        var start = new LocalDate(year, half == 1 ? 1 : 7, 1);
        return new ReviewPeriod(ReviewPeriodKind.HalfYear, start, start.PlusMonths(6).PlusDays(-1));
    }

    /// <summary>Creates the first <paramref name="months"/> months of a year (<c>"10 tháng đầu năm 2018"</c>).</summary>
    /// <param name="year">The year.</param>
    /// <param name="months">How many months, 1 to 12.</param>
    /// <returns>
    /// A period of kind <see cref="ReviewPeriodKind.FirstMonths"/>, except that 1 month is January, 3 months the first
    /// quarter, 6 months the first half-year and 12 months the year.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static ReviewPeriod FirstMonths(int year, int months)
    {
        CheckYear(year);
        Guard.Against.OutOfRange(months, nameof(months), 1, 12, $"The first months of a year are 1 to 12 months; got {months}.");
        return months switch
        {
            1 => Month(year, 1),
            3 => Quarter(year, 1),
            6 => HalfYear(year, 1),
            12 => Year(year),
            _ => new ReviewPeriod(ReviewPeriodKind.FirstMonths, new LocalDate(year, 1, 1), new LocalDate(year, months, 1).PlusMonths(1).PlusDays(-1)),
        };
    }

    /// <summary>Creates a calendar year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The year, written <c>"năm 2019"</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    public static ReviewPeriod Year(int year)
    {
        CheckYear(year);
        return new ReviewPeriod(ReviewPeriodKind.Year, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
    }

    /// <summary>Creates the period of a congress term.</summary>
    /// <param name="term">The term.</param>
    /// <returns>A period of kind <see cref="ReviewPeriodKind.Term"/> with the term's days.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="term"/> is <see langword="null"/>.</exception>
    public static ReviewPeriod Term(CongressTerm term)
    {
        Guard.Against.Null(term);
        return new ReviewPeriod(ReviewPeriodKind.Term, term.Start, term.End);
    }

    /// <summary>Creates the period of a congress term known by its years (<c>"nhiệm kỳ 2015-2020"</c>).</summary>
    /// <param name="startYear">The year of the congress.</param>
    /// <param name="endYear">The year of the next congress.</param>
    /// <returns>The term from 1 January of <paramref name="startYear"/> to 31 December of the year before <paramref name="endYear"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The years are out of range or not in order.</exception>
    public static ReviewPeriod Term(int startYear, int endYear) => Term(new CongressTerm(startYear, endYear));

    /// <summary>Creates a period of any days.</summary>
    /// <param name="dates">The days.</param>
    /// <returns>A period of kind <see cref="ReviewPeriodKind.Interval"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The days are outside <see cref="MinYear"/> to <see cref="MaxYear"/> or not ISO.</exception>
    public static ReviewPeriod Interval(DateInterval dates)
    {
        Guard.Against.Null(dates);
        CheckDates(dates.Start, dates.End, nameof(dates));
        return new ReviewPeriod(ReviewPeriodKind.Interval, dates.Start, dates.End);
    }

    /// <summary>Creates a period of any days.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, not before <paramref name="start"/>.</param>
    /// <returns>A period of kind <see cref="ReviewPeriodKind.Interval"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The days are outside <see cref="MinYear"/> to <see cref="MaxYear"/> or not ISO.</exception>
    public static ReviewPeriod Interval(LocalDate start, LocalDate end)
    {
        CheckIso(start.Calendar, nameof(start));
        CheckIso(end.Calendar, nameof(end));
        if (end < start)
        {
            throw new ArgumentException($"The last day {TermsText.Date(end)} is before the first day {TermsText.Date(start)}.", nameof(end));
        }

        return Interval(new DateInterval(start, end));
    }

    /// <summary>Returns the month, quarter, half-year or year that contains <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="kind"><see cref="ReviewPeriodKind.Month"/>, <see cref="ReviewPeriodKind.Quarter"/>, <see cref="ReviewPeriodKind.HalfYear"/> or <see cref="ReviewPeriodKind.Year"/>.</param>
    /// <returns>The only period of that kind containing the date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not one of those four kinds, or the date is outside the supported years or not ISO.</exception>
    public static ReviewPeriod Containing(LocalDate date, ReviewPeriodKind kind)
    {
        CheckIso(date.Calendar, nameof(date));
        return kind switch
        {
            ReviewPeriodKind.Month => Month(date.Year, date.Month),
            ReviewPeriodKind.Quarter => Quarter(date.Year, ((date.Month - 1) / 3) + 1),
            ReviewPeriodKind.HalfYear => HalfYear(date.Year, date.Month <= 6 ? 1 : 2),
            ReviewPeriodKind.Year => Year(date.Year),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only months, quarters, half-years and years tile the calendar."),
        };
    }

    /// <summary>Tells whether <paramref name="date"/> falls in the period.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when the date is from <see cref="Start"/> to <see cref="End"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool Contains(LocalDate date)
    {
        CheckIso(date.Calendar, nameof(date));
        return date >= _start && date <= _end;
    }

    /// <summary>Tells whether every day of <paramref name="other"/> falls in this period.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> lies within this period.</returns>
    public bool Contains(ReviewPeriod other) => other._start >= _start && other._end <= _end;

    /// <summary>Tells whether the two periods share at least one day.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(ReviewPeriod other) => _start <= other._end && other._start <= _end;

    /// <summary>Returns the period that follows this one.</summary>
    /// <returns>
    /// The next month, quarter, half-year or year; the same first N months of the next year; the next term of the same
    /// length (in years when known by years, else in days); the interval of the same length starting the next day.
    /// <c>p.Next().Previous() == p</c> always.
    /// </returns>
    /// <exception cref="InvalidOperationException">The result would leave the supported years.</exception>
    public ReviewPeriod Next() => Shift(1);

    /// <summary>Returns the period that precedes this one.</summary>
    /// <returns>The mirror of <see cref="Next"/>; <c>p.Previous().Next() == p</c> always.</returns>
    /// <exception cref="InvalidOperationException">The result would leave the supported years.</exception>
    public ReviewPeriod Previous() => Shift(-1);

    /// <summary>Returns the months, quarters, half-years or years that make up this period, in order.</summary>
    /// <param name="kind"><see cref="ReviewPeriodKind.Month"/>, <see cref="ReviewPeriodKind.Quarter"/>, <see cref="ReviewPeriodKind.HalfYear"/> or <see cref="ReviewPeriodKind.Year"/>.</param>
    /// <returns>
    /// Every period of that kind that shares a day with this one. They never overlap, follow each other without gaps,
    /// and cover this period; when this period starts and ends on boundaries of that kind (a term known by years split
    /// into years, half-years, quarters or months), they partition it exactly.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not one of those four kinds.</exception>
    public IReadOnlyList<ReviewPeriod> Split(ReviewPeriodKind kind)
    {
        if (kind is not (ReviewPeriodKind.Month or ReviewPeriodKind.Quarter or ReviewPeriodKind.HalfYear or ReviewPeriodKind.Year))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only months, quarters, half-years and years tile a period.");
        }

        var result = new List<ReviewPeriod>();
        var current = Containing(_start, kind);
        result.Add(current);
        while (current._end < _end)
        {
            current = current.Next();
            result.Add(current);
        }

        return result.AsReadOnly();
    }

    /// <summary>Checks an ISO date range inside the supported years.</summary>
    internal static void CheckDates(LocalDate start, LocalDate end, string parameterName)
    {
        CheckIso(start.Calendar, parameterName);
        CheckIso(end.Calendar, parameterName);
        if (start.Year < MinYear || end.Year > MaxYear)
        {
            throw new ArgumentOutOfRangeException(parameterName, $"{start:uuuu-MM-dd}..{end:uuuu-MM-dd}",
                $"Periods must lie in the years {MinYear} to {MaxYear}.");
        }
    }

    private static void CheckYear(int year) =>
        Guard.Against.OutOfRange(year, nameof(year), MinYear, MaxYear, $"A period's year is {MinYear} to {MaxYear}; got {year}.");

    private static void CheckIso(CalendarSystem calendar, string parameterName)
    {
        if (calendar != CalendarSystem.Iso)
        {
            throw new ArgumentOutOfRangeException(parameterName, calendar.Id, "Periods use the ISO calendar.");
        }
    }

    private ReviewPeriod Shift(int direction)
    {
        var months = Kind switch
        {
            ReviewPeriodKind.Month => 1,
            ReviewPeriodKind.Quarter => 3,
            ReviewPeriodKind.HalfYear => 6,
            ReviewPeriodKind.FirstMonths or ReviewPeriodKind.Year => 12,
            ReviewPeriodKind.Term when IsWholeYears() => 12 * (_end.Year + 1 - _start.Year),
            _ => 0,
        };

        LocalDate start;
        LocalDate end;
        if (months > 0)
        {
            var shift = direction * months;
            if (!WithinYears(_start, shift) || !WithinYears(_end, shift))
            {
                throw OutOfYears();
            }

            start = _start.PlusMonths(shift);
            end = _end.PlusDays(1).PlusMonths(shift).PlusDays(-1);
        }
        else
        {
            var length = Length;
            var room = direction > 0
                ? Period.Between(_end, new LocalDate(MaxYear, 12, 31), PeriodUnits.Days).Days
                : Period.Between(new LocalDate(MinYear, 1, 1), _start, PeriodUnits.Days).Days;
            if (room < length)
            {
                throw OutOfYears();
            }

            start = _start.PlusDays(direction * length);
            end = _end.PlusDays(direction * length);
        }

        return new ReviewPeriod(Kind, start, end);
    }

    private bool IsWholeYears() => _start.Month == 1 && _start.Day == 1 && _end.Month == 12 && _end.Day == 31;

    private static bool WithinYears(LocalDate date, int months)
    {
        var year = date.Year + ((date.Month - 1 + months) >= 0 ? (date.Month - 1 + months) / 12 : ((date.Month - 1 + months) - 11) / 12);
        return year is >= MinYear and <= MaxYear;
    }

    private InvalidOperationException OutOfYears() =>
        new($"The period after or before {this} would leave the supported years {MinYear} to {MaxYear}.");
}

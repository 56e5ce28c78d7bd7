using Ardalis.GuardClauses;
using NodaTime;
using PartyWork.Domain.Terms;

namespace PartyWork.Domain.Organizations;

/// <summary>
/// A run of days with a first day and an optional last day (both inclusive): the validity of a level, an
/// organization row, a tenure or a cell membership. An open end (<see cref="End"/> is <see langword="null"/>)
/// means "still in force".
/// </summary>
/// <remarks>
/// <para>NodaTime's <see cref="DateInterval"/> cannot be open-ended, so this type carries the open end and converts
/// to and from <see cref="DateInterval"/> (<see cref="FromInterval"/>, <see cref="ToDateInterval"/>,
/// <see cref="Intersect(DateInterval)"/>).</para>
/// <para><c>default(ValidityPeriod)</c> starts on 0001-01-01 (the default <see cref="LocalDate"/>) and is open-ended.
/// Periods order by start, then by end with an open end last.</para>
/// </remarks>
public readonly partial struct ValidityPeriod : IEquatable<ValidityPeriod>, IComparable<ValidityPeriod>, IComparable
{
    /// <summary>Creates a period from <paramref name="start"/> to <paramref name="end"/>, both inclusive.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, or <see langword="null"/> for an open end.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="end"/> is before <paramref name="start"/>, or a date is not in the ISO calendar.
    /// </exception>
    public ValidityPeriod(LocalDate start, LocalDate? end = null)
    {
        CheckIso(start, nameof(start));
        if (end is { } e)
        {
            CheckIso(e, nameof(end));
        }

        if (end is { } last && last < start)
        {
            Guard.Against.OutOfRange(last, nameof(end), start, LocalDate.MaxIsoValue,
                $"The last day {last:uuuu-MM-dd} is before the first day {start:uuuu-MM-dd}.");
        }

        Start = start;
        End = end;
    }

    /// <summary>Gets the period that holds on every representable day.</summary>
    /// <value>From <see cref="LocalDate.MinIsoValue"/>, open-ended.</value>
    public static ValidityPeriod Always { get; } = new(LocalDate.MinIsoValue);

    /// <summary>Gets the first day of the period.</summary>
    /// <value>The first day (inclusive).</value>
    public LocalDate Start { get; }

    /// <summary>Gets the last day of the period, or <see langword="null"/> when it is open-ended.</summary>
    /// <value>The last day (inclusive) or <see langword="null"/>.</value>
    public LocalDate? End { get; }

    /// <summary>Gets a value indicating whether the period has no last day.</summary>
    /// <value><see langword="true"/> when <see cref="End"/> is <see langword="null"/>.</value>
    public bool IsOpenEnded => End is null;

    /// <summary>Converts a NodaTime interval (closed at both ends) to a period.</summary>
    /// <param name="interval">The interval.</param>
    /// <returns>The period with the same first and last day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is <see langword="null"/>.</exception>
    public static ValidityPeriod FromInterval(DateInterval interval)
    {
        Guard.Against.Null(interval);
        return new ValidityPeriod(interval.Start, interval.End);
    }

    /// <summary>Tells whether <paramref name="date"/> lies in the period.</summary>
    /// <param name="date">The day to test.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool Contains(LocalDate date)
    {
        CheckIso(date, nameof(date));
        return date >= Start && (End is not { } end || date <= end);
    }

    /// <summary>Throws when <paramref name="date"/> is not in the ISO calendar, the calendar of every period and history.</summary>
    /// <param name="date">The date.</param>
    /// <param name="parameterName">The parameter to name.</param>
    internal static void CheckIso(LocalDate date, string parameterName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentOutOfRangeException(parameterName, date, $"Dates must be in the ISO calendar; got the {date.Calendar.Id} calendar.");
        }
    }

    /// <summary>Tells whether the two periods share at least one day.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> when some day lies in both.</returns>
    public bool Overlaps(ValidityPeriod other) => Intersect(other) is not null;

    /// <summary>Gets the days common to both periods.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>The common period, or <see langword="null"/> when they share no day.</returns>
    public ValidityPeriod? Intersect(ValidityPeriod other)
    {
        var start = Start > other.Start ? Start : other.Start;
        LocalDate? end = (End, other.End) switch
        {
            (null, null) => null,
            (null, { } b) => b,
            ({ } a, null) => a,
            ({ } a, { } b) => a < b ? a : b,
        };
        return end is { } last && last < start ? null : new ValidityPeriod(start, end);
    }

    /// <summary>Gets the days of <paramref name="interval"/> that lie in this period.</summary>
    /// <param name="interval">The closed interval to clip.</param>
    /// <returns>The common days as an interval, or <see langword="null"/> when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is <see langword="null"/>.</exception>
    public DateInterval? Intersect(DateInterval interval)
    {
        Guard.Against.Null(interval);
        return Intersect(FromInterval(interval)) is { } common ? new DateInterval(common.Start, common.End!.Value) : null;
    }

    /// <summary>Converts a closed period to a NodaTime interval.</summary>
    /// <returns>The interval with the same first and last day.</returns>
    /// <exception cref="InvalidOperationException">The period is open-ended.</exception>
    public DateInterval ToDateInterval() => End is { } end
        ? new DateInterval(Start, end)
        : throw new InvalidOperationException($"The period starting {Start:uuuu-MM-dd} is open-ended and has no DateInterval.");

    /// <summary>Tells whether this period equals <paramref name="other"/> (same first and last day).</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> when both ends agree.</returns>
    public bool Equals(ValidityPeriod other) => Start == other.Start && End == other.End;

    /// <summary>Tells whether <paramref name="obj"/> is an equal period.</summary>
    /// <param name="obj">The object to compare.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is a <see cref="ValidityPeriod"/> with the same ends.</returns>
    public override bool Equals(object? obj) => obj is ValidityPeriod other && Equals(other);

    /// <summary>Gets a hash code consistent with <see cref="Equals(ValidityPeriod)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Compares by first day, then by last day (an open end sorts last).</summary>
    /// <param name="other">The other period.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(ValidityPeriod other)
    {
        return OpenEndedDates.Compare(Start, End, other.Start, other.End);
    }

    /// <inheritdoc cref="CompareTo(ValidityPeriod)"/>
    /// <param name="obj">The object to compare; <see langword="null"/> sorts first.</param>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="ValidityPeriod"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ValidityPeriod other => CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(ValidityPeriod)}, got {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Tells whether two periods are equal.</summary>
    /// <param name="left">The left period.</param>
    /// <param name="right">The right period.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ValidityPeriod left, ValidityPeriod right) => left.Equals(right);

    /// <summary>Tells whether two periods differ.</summary>
    /// <param name="left">The left period.</param>
    /// <param name="right">The right period.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(ValidityPeriod left, ValidityPeriod right) => !left.Equals(right);

    /// <summary>Tells whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The left period.</param>
    /// <param name="right">The right period.</param>
    /// <returns><see langword="true"/> when it sorts before.</returns>
    public static bool operator <(ValidityPeriod left, ValidityPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The left period.</param>
    /// <param name="right">The right period.</param>
    /// <returns><see langword="true"/> when it sorts after.</returns>
    public static bool operator >(ValidityPeriod left, ValidityPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The left period.</param>
    /// <param name="right">The right period.</param>
    /// <returns><see langword="true"/> when it does not sort after.</returns>
    public static bool operator <=(ValidityPeriod left, ValidityPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The left period.</param>
    /// <param name="right">The right period.</param>
    /// <returns><see langword="true"/> when it does not sort before.</returns>
    public static bool operator >=(ValidityPeriod left, ValidityPeriod right) => left.CompareTo(right) >= 0;
}

namespace PartyWork.Domain.Terms;

/// <content>Equality and ordering.</content>
public readonly partial struct ReviewPeriod : IEquatable<ReviewPeriod>, IComparable<ReviewPeriod>, IComparable
{
    /// <summary>Tells whether two periods are equal.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when kind, start and end are equal.</returns>
    public static bool operator ==(ReviewPeriod left, ReviewPeriod right) => left.Equals(right);

    /// <summary>Tells whether two periods differ.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(ReviewPeriod left, ReviewPeriod right) => !left.Equals(right);

    /// <summary>Tells whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(ReviewPeriod left, ReviewPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(ReviewPeriod left, ReviewPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(ReviewPeriod left, ReviewPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(ReviewPeriod left, ReviewPeriod right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(ReviewPeriod other) => Kind == other.Kind && _start == other._start && _end == other._end;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReviewPeriod other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, _start, _end);

    /// <summary>Compares by start, then end, then kind.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>A negative number, zero or a positive number as this period sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(ReviewPeriod other)
    {
        var byStart = _start.CompareTo(other._start);
        if (byStart != 0)
        {
            return byStart;
        }

        var byEnd = _end.CompareTo(other._end);
        return byEnd != 0 ? byEnd : Kind.CompareTo(other.Kind);
    }

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ReviewPeriod other => CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(ReviewPeriod)}.", nameof(obj)),
    };
}

namespace PartyWork.Domain.Reviews;

/// <summary>A stage's deadline for one subject: the day by which its review must have reached the stage.</summary>
/// <param name="Subject">The subject.</param>
/// <param name="Stage">The stage.</param>
/// <param name="Due">The day.</param>
/// <remarks>
/// Orders by due day, then subject, then stage. <c>default(ReviewDeadline)</c> has the default subject; the library
/// never returns it.
/// </remarks>
public readonly record struct ReviewDeadline(ReviewSubject Subject, ReviewStage Stage, NodaTime.LocalDate Due)
    : IComparable<ReviewDeadline>, IComparable
{
    /// <summary>Tells whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first deadline.</param>
    /// <param name="right">The second deadline.</param>
    /// <returns><see langword="true"/> when it sorts before.</returns>
    public static bool operator <(ReviewDeadline left, ReviewDeadline right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first deadline.</param>
    /// <param name="right">The second deadline.</param>
    /// <returns><see langword="true"/> when it sorts before or is equal.</returns>
    public static bool operator <=(ReviewDeadline left, ReviewDeadline right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first deadline.</param>
    /// <param name="right">The second deadline.</param>
    /// <returns><see langword="true"/> when it sorts after.</returns>
    public static bool operator >(ReviewDeadline left, ReviewDeadline right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first deadline.</param>
    /// <param name="right">The second deadline.</param>
    /// <returns><see langword="true"/> when it sorts after or is equal.</returns>
    public static bool operator >=(ReviewDeadline left, ReviewDeadline right) => left.CompareTo(right) >= 0;

    /// <summary>Compares by due day, then subject, then stage.</summary>
    /// <param name="other">The other deadline.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(ReviewDeadline other)
    {
        var byDue = Due.CompareTo(other.Due);
        if (byDue != 0)
        {
            return byDue;
        }

        var bySubject = Subject.CompareTo(other.Subject);
        return bySubject != 0 ? bySubject : Stage.CompareTo(other.Stage);
    }

    /// <inheritdoc cref="CompareTo(ReviewDeadline)"/>
    /// <param name="obj">A <see cref="ReviewDeadline"/> or <see langword="null"/> (which sorts first).</param>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="ReviewDeadline"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ReviewDeadline other => CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(ReviewDeadline)}, got {obj.GetType().Name}.", nameof(obj)),
    };
}

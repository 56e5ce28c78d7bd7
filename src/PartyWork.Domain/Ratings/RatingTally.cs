using System.ComponentModel;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// How many subjects were rated at each level: a commutative monoid under <see cref="op_Addition"/> with
/// <see cref="Zero"/> as identity, so tallies of shards, units or months merge in any order to the same result.
/// </summary>
/// <remarks>
/// <para>
/// A 32-byte value (four <see cref="long"/> counts) meant to sit in arrays for roll-ups: <see cref="Add(RatingLevel)"/>
/// is a branch and an increment. All arithmetic is checked: a count past <see cref="long.MaxValue"/> throws
/// <see cref="OverflowException"/> rather than wrapping.
/// </para>
/// <para><c>default(RatingTally)</c> is <see cref="Zero"/>. Immutable and thread safe.</para>
/// </remarks>
public readonly partial struct RatingTally : IEquatable<RatingTally>
{
    private readonly long excellent;
    private readonly long good;
    private readonly long completed;
    private readonly long notCompleted;

    private RatingTally(long excellent, long good, long completed, long notCompleted)
    {
        this.excellent = excellent;
        this.good = good;
        this.completed = completed;
        this.notCompleted = notCompleted;
    }

    /// <summary>Gets the empty tally, the identity of <see cref="op_Addition"/>.</summary>
    /// <value>All four counts zero; equal to <c>default(RatingTally)</c>.</value>
    public static RatingTally Zero => default;

    /// <summary>Gets the number rated <see cref="RatingLevel.Excellent"/>.</summary>
    /// <value>Zero or more.</value>
    public long Excellent => excellent;

    /// <summary>Gets the number rated <see cref="RatingLevel.Good"/>.</summary>
    /// <value>Zero or more.</value>
    public long Good => good;

    /// <summary>Gets the number rated <see cref="RatingLevel.Completed"/>.</summary>
    /// <value>Zero or more.</value>
    public long Completed => completed;

    /// <summary>Gets the number rated <see cref="RatingLevel.NotCompleted"/>.</summary>
    /// <value>Zero or more.</value>
    public long NotCompleted => notCompleted;

    /// <summary>Gets the number of subjects counted.</summary>
    /// <value>The sum of the four counts.</value>
    /// <exception cref="OverflowException">The sum exceeds <see cref="long.MaxValue"/>.</exception>
    public long Total => checked(excellent + good + completed + notCompleted);

    /// <summary>Gets the sum of the four counts exactly, without overflow.</summary>
    internal decimal ExactTotal => (decimal)excellent + good + completed + notCompleted;

    /// <summary>Counts the subjects at <paramref name="level"/> or higher exactly, without overflow; an undefined level counts all.</summary>
    internal decimal ExactAtLeast(RatingLevel level) => level switch
    {
        RatingLevel.Excellent => excellent,
        RatingLevel.Good => (decimal)excellent + good,
        RatingLevel.Completed => (decimal)excellent + good + completed,
        _ => ExactTotal,
    };

    /// <summary>Gets the count at one level.</summary>
    /// <param name="level">The level.</param>
    /// <value>Zero or more.</value>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="level"/> is not a defined level.</exception>
    public long this[RatingLevel level] => level switch
    {
        RatingLevel.Excellent => excellent,
        RatingLevel.Good => good,
        RatingLevel.Completed => completed,
        RatingLevel.NotCompleted => notCompleted,
        _ => throw InvalidLevel(level),
    };

    /// <summary>Adds two tallies count by count.</summary>
    /// <param name="left">A tally.</param>
    /// <param name="right">Another tally.</param>
    /// <returns>The merged tally.</returns>
    /// <exception cref="OverflowException">A count exceeds <see cref="long.MaxValue"/>.</exception>
    public static RatingTally operator +(RatingTally left, RatingTally right) => new(
        checked(left.excellent + right.excellent),
        checked(left.good + right.good),
        checked(left.completed + right.completed),
        checked(left.notCompleted + right.notCompleted));

    /// <summary>Whether two tallies have the same four counts.</summary>
    /// <param name="left">A tally.</param>
    /// <param name="right">Another tally.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(RatingTally left, RatingTally right) => left.Equals(right);

    /// <summary>Whether two tallies differ in a count.</summary>
    /// <param name="left">A tally.</param>
    /// <param name="right">Another tally.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(RatingTally left, RatingTally right) => !left.Equals(right);

    /// <summary>Creates a tally from its four counts.</summary>
    /// <param name="excellent">Number rated excellent.</param>
    /// <param name="good">Number rated good.</param>
    /// <param name="completed">Number rated completed.</param>
    /// <param name="notCompleted">Number rated not completed.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentException">A count is negative.</exception>
    public static RatingTally FromCounts(long excellent, long good, long completed, long notCompleted) => new(
        Guard.Against.Negative(excellent),
        Guard.Against.Negative(good),
        Guard.Against.Negative(completed),
        Guard.Against.Negative(notCompleted));

    /// <summary>Counts a sequence of levels.</summary>
    /// <param name="levels">The levels.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="levels"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidEnumArgumentException">A level is not defined.</exception>
    public static RatingTally Of(IEnumerable<RatingLevel> levels)
    {
        Guard.Against.Null(levels);
        var tally = Zero;
        foreach (var level in levels)
        {
            tally = tally.Add(level);
        }

        return tally;
    }

    /// <summary>Counts a span of levels with four local counters: the roll-up path for levels stored one per member.</summary>
    /// <param name="levels">The levels.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="InvalidEnumArgumentException">A level is not defined.</exception>
    public static RatingTally FromLevels(ReadOnlySpan<RatingLevel> levels)
    {
        long e = 0, g = 0, c = 0, k = 0;
        foreach (var level in levels)
        {
            switch (level)
            {
                case RatingLevel.Excellent: e++; break;
                case RatingLevel.Good: g++; break;
                case RatingLevel.Completed: c++; break;
                case RatingLevel.NotCompleted: k++; break;
                default: throw InvalidLevel(level);
            }
        }

        return new RatingTally(e, g, c, k);
    }

    /// <summary>Merges many tallies; the order does not matter.</summary>
    /// <param name="tallies">The tallies.</param>
    /// <returns>Their sum; <see cref="Zero"/> when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tallies"/> is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">A count exceeds <see cref="long.MaxValue"/>.</exception>
    public static RatingTally Sum(IEnumerable<RatingTally> tallies)
    {
        Guard.Against.Null(tallies);
        var sum = Zero;
        foreach (var tally in tallies)
        {
            sum += tally;
        }

        return sum;
    }

    /// <summary>Returns this tally with one more subject at <paramref name="level"/>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The new tally.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="level"/> is not a defined level.</exception>
    /// <exception cref="OverflowException">The count exceeds <see cref="long.MaxValue"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public RatingTally Add(RatingLevel level) => level switch
    {
        RatingLevel.Excellent => new(checked(excellent + 1), good, completed, notCompleted),
        RatingLevel.Good => new(excellent, checked(good + 1), completed, notCompleted),
        RatingLevel.Completed => new(excellent, good, checked(completed + 1), notCompleted),
        RatingLevel.NotCompleted => new(excellent, good, completed, checked(notCompleted + 1)),
        _ => throw InvalidLevel(level),
    };

    /// <summary>Returns this tally with <paramref name="count"/> more subjects at <paramref name="level"/>.</summary>
    /// <param name="level">The level.</param>
    /// <param name="count">How many to add; zero or more.</param>
    /// <returns>The new tally.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="level"/> is not a defined level.</exception>
    /// <exception cref="ArgumentException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="OverflowException">The count exceeds <see cref="long.MaxValue"/>.</exception>
    public RatingTally Add(RatingLevel level, long count)
    {
        Guard.Against.Negative(count);
        return level switch
        {
            RatingLevel.Excellent => new(checked(excellent + count), good, completed, notCompleted),
            RatingLevel.Good => new(excellent, checked(good + count), completed, notCompleted),
            RatingLevel.Completed => new(excellent, good, checked(completed + count), notCompleted),
            RatingLevel.NotCompleted => new(excellent, good, completed, checked(notCompleted + count)),
            _ => throw InvalidLevel(level),
        };
    }

    /// <summary>Merges another tally into this one (the same as <c>this + other</c>).</summary>
    /// <param name="other">The other tally.</param>
    /// <returns>The merged tally.</returns>
    /// <exception cref="OverflowException">A count exceeds <see cref="long.MaxValue"/>.</exception>
    public RatingTally Merge(RatingTally other) => this + other;

    /// <summary>Counts the subjects rated at <paramref name="level"/> or higher.</summary>
    /// <param name="level">The lowest level counted.</param>
    /// <returns>The count.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="level"/> is not a defined level.</exception>
    public long AtLeast(RatingLevel level) => level switch
    {
        RatingLevel.Excellent => excellent,
        RatingLevel.Good => checked(excellent + good),
        RatingLevel.Completed => checked(excellent + good + completed),
        RatingLevel.NotCompleted => Total,
        _ => throw InvalidLevel(level),
    };

    /// <inheritdoc/>
    public bool Equals(RatingTally other) =>
        excellent == other.excellent && good == other.good && completed == other.completed && notCompleted == other.notCompleted;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RatingTally other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(excellent, good, completed, notCompleted);

    /// <summary>Writes the four counts with their abbreviations: <c>"HTXSNV 281, HTTNV 705, HTNV 12, KHTNV 6"</c>.</summary>
    /// <returns>The counts, in the invariant digits without grouping.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"HTXSNV {excellent}, HTTNV {good}, HTNV {completed}, KHTNV {notCompleted}");

    private static InvalidEnumArgumentException InvalidLevel(RatingLevel level) =>
        new(nameof(level), (int)level, typeof(RatingLevel));
}

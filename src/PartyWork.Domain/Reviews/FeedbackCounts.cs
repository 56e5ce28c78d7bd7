using System.ComponentModel;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Reviews;

/// <summary>How many feedback items came from each source, and in total. A commutative monoid under <see cref="Add"/>.</summary>
/// <remarks>Immutable; compares by value. Counts use checked arithmetic.</remarks>
public sealed class FeedbackCounts : IEquatable<FeedbackCounts>
{
    private const int Sources = 8;
    private readonly long[] counts;

    private FeedbackCounts(long[] counts) => this.counts = counts;

    /// <summary>Gets the counts of no item.</summary>
    /// <value>Zero for every source.</value>
    public static FeedbackCounts Empty { get; } = new(new long[Sources]);

    /// <summary>Gets the total over all sources.</summary>
    /// <value>The number of items.</value>
    public long Total
    {
        get
        {
            long total = 0;
            foreach (var count in counts)
            {
                total = checked(total + count);
            }

            return total;
        }
    }

    /// <summary>Gets the count of one source.</summary>
    /// <param name="source">The source.</param>
    /// <value>The number of items from the source.</value>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="source"/> is not a defined source.</exception>
    public long this[FeedbackSource source] => counts[(int)Guard.Against.EnumOutOfRange(source)];

    /// <summary>Tells whether two counts are equal.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(FeedbackCounts? left, FeedbackCounts? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Tells whether two counts differ.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(FeedbackCounts? left, FeedbackCounts? right) => !(left == right);

    /// <summary>Counts items per source.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or one of its items is <see langword="null"/>.</exception>
    public static FeedbackCounts Of(IEnumerable<FeedbackItem> items)
    {
        Guard.Against.Null(items);
        var counts = new long[Sources];
        foreach (var item in items)
        {
            Guard.Against.Null(item, nameof(items));
            counts[(int)item.Source] = checked(counts[(int)item.Source] + 1);
        }

        return new FeedbackCounts(counts);
    }

    /// <summary>Builds counts from one count per defined source (for readers such as the JSON converter).</summary>
    /// <param name="countsBySource">The count of each source, indexed by the source's value; index 0 (no source) must be zero.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentException">The span does not hold one count per source, a count is negative, or index 0 is not zero.</exception>
    /// <exception cref="OverflowException">The total does not fit a 64-bit integer.</exception>
    internal static FeedbackCounts FromCounts(ReadOnlySpan<long> countsBySource)
    {
        if (countsBySource.Length != Sources || countsBySource[0] != 0)
        {
            throw new ArgumentException($"Expected {Sources - 1} counts, one per feedback source.", nameof(countsBySource));
        }

        foreach (var count in countsBySource)
        {
            Guard.Against.Negative(count, nameof(countsBySource));
        }

        var counts = new FeedbackCounts(countsBySource.ToArray());
        _ = counts.Total;
        return counts;
    }

    /// <summary>Adds two counts source by source (associative and commutative, <see cref="Empty"/> is neutral).</summary>
    /// <param name="other">The other counts.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">A count overflows.</exception>
    public FeedbackCounts Add(FeedbackCounts other)
    {
        Guard.Against.Null(other);
        var sum = new long[Sources];
        for (var i = 0; i < Sources; i++)
        {
            sum[i] = checked(counts[i] + other.counts[i]);
        }

        return new FeedbackCounts(sum);
    }

    /// <summary>Tells whether <paramref name="other"/> has the same counts.</summary>
    /// <param name="other">The other counts.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(FeedbackCounts? other) => other is not null && counts.AsSpan().SequenceEqual(other.counts);

    /// <summary>Tells whether <paramref name="obj"/> has the same counts.</summary>
    /// <param name="obj">The other object.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public override bool Equals(object? obj) => Equals(obj as FeedbackCounts);

    /// <summary>Gets a hash code consistent with <see cref="Equals(FeedbackCounts?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var count in counts)
        {
            hash.Add(count);
        }

        return hash.ToHashCode();
    }

    /// <summary>Writes the non-zero counts and the total.</summary>
    /// <returns>For example <c>"HigherCommittee 12, RetiredLeaders 5; total 17"</c>.</returns>
    public override string ToString() =>
        string.Join(", ", Enumerable.Range(1, Sources - 1).Where(i => counts[i] != 0).Select(i => $"{(FeedbackSource)i} {counts[i]}"))
        + $"; total {Total}";
}

namespace PartyWork.Domain.Scale;

/// <content>The hot loops: counting members, merging partitions, rolling counts up the tree.</content>
public sealed partial class RatingRollup
{
    /// <summary>
    /// Adds each member to its node's counts. Slot of a code: 4 − code (excellent 0, good 1, completed 2, not
    /// completed 3), so the layout matches <see cref="Ratings.RatingTally"/>'s order.
    /// </summary>
    /// <returns>−1, or the index (within the range) of the first member with a bad code or node; counting stops there.</returns>
    private static int CountRange(ReadOnlySpan<byte> ratings, ReadOnlySpan<int> cells, long[] counts, int nodes)
    {
        for (var i = 0; i < ratings.Length; i++)
        {
            var slot = unchecked((uint)(RatingCodes.Max - ratings[i]));
            var cell = cells[i];
            if (slot > 3 || unchecked((uint)cell) >= (uint)nodes)
            {
                return i;
            }

            counts[(cell * 4) + (int)slot]++;
        }

        return -1;
    }

    /// <summary>Adds the counts of every partition after the first into <paramref name="total"/>, node ranges in parallel.</summary>
    private static void MergeInto(long[] total, long[][] partial, int nodes)
    {
        const int NodesPerChunk = 16_384;
        var chunks = (nodes + NodesPerChunk - 1) / NodesPerChunk;
        Parallel.For(0, chunks, chunk =>
        {
            var start = chunk * NodesPerChunk * 4;
            var end = Math.Min(nodes, (chunk + 1) * NodesPerChunk) * 4;
            for (var p = 1; p < partial.Length; p++)
            {
                var counts = partial[p];
                for (var i = start; i < end; i++)
                {
                    total[i] += counts[i];
                }
            }
        });
    }

    /// <summary>Adds every node's four counts into its parent's, children before parents.</summary>
    private static void RollUpCounts(ReadOnlySpan<int> parents, long[] counts)
    {
        for (var i = parents.Length - 1; i > 0; i--)
        {
            var from = i * 4;
            var to = parents[i] * 4;
            counts[to] += counts[from];
            counts[to + 1] += counts[from + 1];
            counts[to + 2] += counts[from + 2];
            counts[to + 3] += counts[from + 3];
        }
    }

    private static void CheckLengths(int ratings, int cells)
    {
        if (ratings != cells)
        {
            throw new ArgumentException(
                $"Expected one node index per rating: {ratings} ratings but {cells} node indexes.", nameof(cells));
        }
    }

    private static ArgumentOutOfRangeException BadMember(int member, byte code, int cell, int nodes) =>
        RatingCodes.IsValid(code)
            ? new ArgumentOutOfRangeException("cells", cell,
                $"Member {member} is placed at node {cell}, outside the tree of {nodes} organizations (0..{nodes - 1}).")
            : new ArgumentOutOfRangeException("ratings", code,
                $"Member {member} has rating code {code}; codes are {RatingCodes.Min} (not completed) to {RatingCodes.Max} (excellent).");
}

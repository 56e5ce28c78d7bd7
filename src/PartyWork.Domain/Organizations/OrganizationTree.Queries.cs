using System.Numerics;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Organizations;

/// <content>Ancestors, descendants, paths and roll-ups over the arrays.</content>
public sealed partial class OrganizationTree
{
    /// <summary>Tells whether <paramref name="ancestor"/> is a proper ancestor of <paramref name="descendant"/>, in O(1).</summary>
    /// <param name="ancestor">The possible ancestor's index.</param>
    /// <param name="descendant">The possible descendant's index.</param>
    /// <returns><see langword="true"/> when <paramref name="descendant"/> lies strictly inside the subtree of <paramref name="ancestor"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside the tree.</exception>
    public bool IsAncestorOf(int ancestor, int descendant)
    {
        CheckIndex(ancestor);
        CheckIndex(descendant);
        return ancestor < descendant && descendant < _subtreeEnds[ancestor];
    }

    /// <summary>Tells whether the organization <paramref name="ancestorId"/> is a proper ancestor of <paramref name="descendantId"/>, in O(1) after the id look-ups.</summary>
    /// <param name="ancestorId">The possible ancestor's id.</param>
    /// <param name="descendantId">The possible descendant's id.</param>
    /// <returns><see langword="true"/> when it is a proper ancestor.</returns>
    /// <exception cref="ArgumentNullException">An id is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id is not in the tree.</exception>
    public bool IsAncestorOf(string ancestorId, string descendantId) =>
        IsAncestorOf(GetIndex(ancestorId), GetIndex(descendantId));

    /// <summary>Gets the indexes from <paramref name="index"/> up to the root, both included.</summary>
    /// <param name="index">The start node.</param>
    /// <returns>The path: the node first, the root (index 0) last; its length is the depth plus one.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the tree.</exception>
    public int[] GetPathToRoot(int index)
    {
        CheckIndex(index);
        var path = new int[_depths[index] + 1];
        for (var i = 0; i < path.Length; i++)
        {
            path[i] = index;
            index = _parents[index];
        }

        return path;
    }

    /// <summary>Gets the ids from the organization <paramref name="id"/> up to the root, both included.</summary>
    /// <param name="id">The start organization.</param>
    /// <returns>The ids: the organization first, the root last.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not in the tree.</exception>
    public IReadOnlyList<string> GetPathToRoot(string id) => [.. GetPathToRoot(GetIndex(id)).Select(i => _ids[i])];

    /// <summary>Gets the proper descendants of <paramref name="index"/>, in pre-order, without copying.</summary>
    /// <param name="index">The node.</param>
    /// <returns>The slice of <see cref="PreOrder"/> after the node up to <c>SubtreeEnd[index]</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the tree.</exception>
    public ReadOnlySpan<int> GetDescendants(int index)
    {
        CheckIndex(index);
        return _preOrder.AsSpan(index + 1, _subtreeEnds[index] - index - 1);
    }

    /// <summary>Gets the direct children of <paramref name="index"/>, in ordinal id order.</summary>
    /// <param name="index">The node.</param>
    /// <returns>The children's indexes (each child's subtree is skipped to reach the next, so this is O(children)).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the tree.</exception>
    public int[] GetChildren(int index)
    {
        CheckIndex(index);
        var children = new List<int>();
        for (var child = index + 1; child < _subtreeEnds[index]; child = _subtreeEnds[child])
        {
            children.Add(child);
        }

        return [.. children];
    }

    /// <summary>Gets the nearest ancestor-or-self of <paramref name="index"/> whose level has id <paramref name="levelId"/>.</summary>
    /// <param name="index">The start node.</param>
    /// <param name="levelId">The level id, for example <see cref="OrganizationLevelIds.Province"/>.</param>
    /// <returns>The index found, or −1 when no node on the path to the root is at that level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the tree.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="levelId"/> is <see langword="null"/>.</exception>
    public int FindAncestorAtLevel(int index, string levelId)
    {
        CheckIndex(index);
        Guard.Against.Null(levelId);
        for (var node = index; node >= 0; node = _parents[node])
        {
            if (string.Equals(_levels[node].Id, levelId, StringComparison.Ordinal))
            {
                return node;
            }
        }

        return -1;
    }

    /// <summary>
    /// Adds every node's value into its parent's, children before parents (reverse pre-order), so that afterwards each
    /// entry holds the total of its subtree. One pass, no allocation; the sum is checked.
    /// </summary>
    /// <typeparam name="T">A number type such as <see cref="long"/> or <see cref="decimal"/>.</typeparam>
    /// <param name="values">One value per node, in index order; overwritten with the subtree totals.</param>
    /// <exception cref="ArgumentException"><paramref name="values"/> does not have <see cref="Count"/> entries.</exception>
    /// <exception cref="OverflowException">A total does not fit in <typeparamref name="T"/>.</exception>
    public void RollUpInPlace<T>(Span<T> values)
        where T : IAdditionOperators<T, T, T>
    {
        CheckLength(values.Length, nameof(values));
        var parents = _parents;
        for (var i = parents.Length - 1; i > 0; i--)
        {
            ref var parent = ref values[parents[i]];
            parent = checked(parent + values[i]);
        }
    }

    /// <summary>Writes the subtree total of every node into <paramref name="totals"/> (checked sums, no allocation).</summary>
    /// <typeparam name="T">A number type such as <see cref="long"/> or <see cref="decimal"/>.</typeparam>
    /// <param name="values">One value per node, in index order.</param>
    /// <param name="totals">Receives the subtree totals; may not overlap <paramref name="values"/> unless it is the same span.</param>
    /// <exception cref="ArgumentException">A span does not have <see cref="Count"/> entries.</exception>
    /// <exception cref="OverflowException">A total does not fit in <typeparamref name="T"/>.</exception>
    public void RollUp<T>(ReadOnlySpan<T> values, Span<T> totals)
        where T : IAdditionOperators<T, T, T>
    {
        CheckLength(values.Length, nameof(values));
        CheckLength(totals.Length, nameof(totals));
        values.CopyTo(totals);
        RollUpInPlace(totals);
    }

    /// <summary>
    /// Merges every node's state into its parent's, children before parents (reverse pre-order): afterwards each entry
    /// holds the merge of its subtree. Use it for tallies and other monoids.
    /// </summary>
    /// <typeparam name="T">The state type.</typeparam>
    /// <param name="states">One state per node, in index order; overwritten with the subtree merges.</param>
    /// <param name="merge">Returns the parent's state with a child's subtree state merged in: <c>merge(parent, child)</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="merge"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="states"/> does not have <see cref="Count"/> entries.</exception>
    public void RollUpInPlace<T>(Span<T> states, Func<T, T, T> merge)
    {
        Guard.Against.Null(merge);
        CheckLength(states.Length, nameof(states));
        var parents = _parents;
        for (var i = parents.Length - 1; i > 0; i--)
        {
            ref var parent = ref states[parents[i]];
            parent = merge(parent, states[i]);
        }
    }

    /// <summary>
    /// Counts items placed at nodes (for example party members by cell) per subtree: each item counts at its node and
    /// at every ancestor. O(items + nodes); allocates only the result.
    /// </summary>
    /// <param name="nodeIndexes">The node index of each item.</param>
    /// <returns>For every node, the number of items in its subtree.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An item's node index is outside the tree.</exception>
    public long[] CountPerSubtree(ReadOnlySpan<int> nodeIndexes)
    {
        var counts = new long[Count];
        foreach (var index in nodeIndexes)
        {
            CheckIndex(index, nameof(nodeIndexes));
            counts[index]++;
        }

        RollUpInPlace<long>(counts);
        return counts;
    }

    private void CheckLength(int length, string parameterName)
    {
        if (length != _ids.Length)
        {
            throw new ArgumentException(
                $"Expected one entry per organization ({_ids.Length}), got {length}.", parameterName);
        }
    }
}

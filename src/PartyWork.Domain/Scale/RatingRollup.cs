using Ardalis.GuardClauses;
using PartyWork.Domain.Organizations;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Scale;

/// <summary>
/// The rating tally of every node of an <see cref="OrganizationTree"/>, computed from columnar member data: one
/// rating code per member (<see cref="RatingCodes"/>) and the node index of the member's cell. Each node's tally
/// covers its whole subtree (a cell's own members, a grassroots organization's cells, and so on up to the root).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Compute"/> makes one linear pass over the members into a count array of four <see cref="long"/>s per
/// node, then one pass over the nodes in reverse pre-order adding each node's counts into its parent's. Nothing is
/// allocated per member; the result holds 32 bytes per node. <see cref="ComputeParallel"/> counts member ranges into
/// one count array per partition and merges them node by node with the tally monoid (<see cref="RatingTally"/>'s
/// <c>+</c>, count by count), so its result is identical to the sequential one for every partition count.
/// </para>
/// <para>Immutable and thread safe. Two roll-ups are equal when their trees are equal and every node's tally is equal.</para>
/// </remarks>
public sealed partial class RatingRollup : IEquatable<RatingRollup>
{
    /// <summary>The largest partition count <see cref="ComputeParallel"/> accepts.</summary>
    public const int MaxPartitions = 256;

    // Four counts per node, in RatingTally's order: excellent, good, completed, not completed.
    private readonly long[] _counts;

    private RatingRollup(OrganizationTree tree, long[] counts)
    {
        Tree = tree;
        _counts = counts;
    }

    /// <summary>Gets the tree the tallies belong to.</summary>
    /// <value>The tree given to <see cref="Compute"/> or <see cref="ComputeParallel"/>.</value>
    public OrganizationTree Tree { get; }

    /// <summary>Gets the tally of the whole tree (the root's subtree).</summary>
    /// <value>Every member counted.</value>
    public RatingTally Total => TallyAt(0);

    /// <summary>Gets the tally of the subtree of node <paramref name="node"/>.</summary>
    /// <param name="node">The node index, 0 ≤ node &lt; <c>Tree.Count</c>.</param>
    /// <value>The members in the node's subtree, by level.</value>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> is outside the tree.</exception>
    public RatingTally this[int node]
    {
        get
        {
            CheckNode(node);
            return TallyAt(node);
        }
    }

    /// <summary>Gets the tally of the subtree of the organization with id <paramref name="id"/>.</summary>
    /// <param name="id">The organization id.</param>
    /// <value>The members in the organization's subtree, by level.</value>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The tree has no such id.</exception>
    public RatingTally this[string id] => TallyAt(Tree.GetIndex(id));

    /// <summary>
    /// Tallies members per node in one pass over the members and one reverse pass over the nodes.
    /// </summary>
    /// <param name="tree">The organization tree.</param>
    /// <param name="ratings">One rating code per member (<see cref="RatingCodes"/>: 1 not completed … 4 excellent).</param>
    /// <param name="cells">For each member, the node index of the organization the member belongs to (usually a cell).</param>
    /// <returns>The roll-up.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tree"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="ratings"/> and <paramref name="cells"/> differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A member's rating code is not 1 to 4, or its node index is outside the tree; the message names the member index (the first bad member).</exception>
    public static RatingRollup Compute(OrganizationTree tree, ReadOnlySpan<byte> ratings, ReadOnlySpan<int> cells)
    {
        Guard.Against.Null(tree);
        CheckLengths(ratings.Length, cells.Length);
        var counts = new long[checked(tree.Count * 4)];
        var bad = CountRange(ratings, cells, counts, tree.Count);
        if (bad >= 0)
        {
            throw BadMember(bad, ratings[bad], cells[bad], tree.Count);
        }

        RollUpCounts(tree.ParentIndexes, counts);
        return new RatingRollup(tree, counts);
    }

    /// <summary>
    /// Tallies members per node on several threads: the members are cut into <paramref name="partitions"/> contiguous
    /// ranges, each counted into its own array, and the arrays are merged by the tally monoid before the reverse pass
    /// over the nodes. The result equals <see cref="Compute"/>'s for any partition count.
    /// </summary>
    /// <param name="tree">The organization tree.</param>
    /// <param name="ratings">One rating code per member (<see cref="RatingCodes"/>).</param>
    /// <param name="cells">For each member, the node index of the organization the member belongs to.</param>
    /// <param name="partitions">How many member ranges, 1 to <see cref="MaxPartitions"/>; each costs 32 bytes per node. <see cref="Environment.ProcessorCount"/> is a good choice.</param>
    /// <returns>The roll-up.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tree"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="ratings"/> and <paramref name="cells"/> differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="partitions"/> is outside 1 to <see cref="MaxPartitions"/>; or a member's rating code is not 1 to 4 or its node index is outside the tree (the message names the first bad member, as <see cref="Compute"/> does).</exception>
    public static RatingRollup ComputeParallel(OrganizationTree tree, ReadOnlyMemory<byte> ratings, ReadOnlyMemory<int> cells, int partitions)
    {
        Guard.Against.Null(tree);
        Guard.Against.OutOfRange(partitions, nameof(partitions), 1, MaxPartitions);
        CheckLengths(ratings.Length, cells.Length);
        var nodes = tree.Count;
        var members = ratings.Length;
        var width = checked(nodes * 4);
        var partial = new long[partitions][];
        var firstBad = new int[partitions];
        Parallel.For(0, partitions, p =>
        {
            var start = (int)((long)members * p / partitions);
            var end = (int)((long)members * (p + 1) / partitions);
            var counts = new long[width];
            var bad = CountRange(ratings.Span[start..end], cells.Span[start..end], counts, nodes);
            firstBad[p] = bad < 0 ? -1 : start + bad;
            partial[p] = counts;
        });

        foreach (var bad in firstBad)
        {
            if (bad >= 0)
            {
                // Ranges are in member order, so the first partition with a bad member holds the first bad member.
                throw BadMember(bad, ratings.Span[bad], cells.Span[bad], nodes);
            }
        }

        var total = partial[0];
        if (partitions > 1)
        {
            MergeInto(total, partial, nodes);
        }

        RollUpCounts(tree.ParentIndexes, total);
        return new RatingRollup(tree, total);
    }

    /// <summary>Gets the distribution of the subtree of node <paramref name="node"/> (see <see cref="RatingTally.Distribution(int)"/>).</summary>
    /// <param name="node">The node index.</param>
    /// <param name="decimals">Decimals of the percentages, 0 to <see cref="Ratios.Apportionment.MaxDecimals"/>; printed, they add up to exactly 100.</param>
    /// <returns>Four shares, highest level first.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="node"/> is outside the tree, or <paramref name="decimals"/> is out of range.</exception>
    public IReadOnlyList<RatingShare> Distribution(int node, int decimals = 2) => this[node].Distribution(decimals);

    /// <summary>
    /// The quota groups of one level: every node at level <paramref name="levelId"/>, in index order, with its subtree
    /// tally. For party members the group of R21-QUOTA-MEMBER is the grassroots organization
    /// (<see cref="OrganizationLevelIds.Grassroots"/>).
    /// </summary>
    /// <param name="levelId">The level id, for example <see cref="OrganizationLevelIds.Grassroots"/>.</param>
    /// <returns>The groups, named "name (id)"; empty when no node is at that level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="levelId"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<QuotaGroup> GroupsAtLevel(string levelId)
    {
        Guard.Against.Null(levelId);
        var groups = new List<QuotaGroup>();
        for (var i = 0; i < Tree.Count; i++)
        {
            var node = Tree[i];
            if (string.Equals(node.Level.Id, levelId, StringComparison.Ordinal))
            {
                groups.Add(new QuotaGroup($"{node.Name} ({node.Id})", TallyAt(i)));
            }
        }

        return groups.AsReadOnly();
    }

    /// <summary>
    /// Checks the excellent quota of <paramref name="rule"/> in every group at level <paramref name="levelId"/>
    /// (see <see cref="QuotaRule.Check"/>). Violations are returned, not thrown.
    /// </summary>
    /// <param name="rule">The quota, for example <c>RatingPolicies.Qd132Hd21.IndividualQuota</c> (R21-QUOTA-MEMBER).</param>
    /// <param name="levelId">The level whose nodes are the groups; <see cref="OrganizationLevelIds.Grassroots"/> for party members.</param>
    /// <returns>The groups over the quota, in index order; empty when all fit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> or <paramref name="levelId"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<QuotaExcess> CheckQuota(QuotaRule rule, string levelId)
    {
        Guard.Against.Null(rule);
        return rule.Check(GroupsAtLevel(levelId));
    }

    /// <summary>Tells whether <paramref name="other"/> has an equal tree and the same tally at every node.</summary>
    /// <param name="other">The other roll-up.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(RatingRollup? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Tree.Equals(other.Tree) && _counts.AsSpan().SequenceEqual(other._counts));

    /// <summary>Tells whether <paramref name="obj"/> is an equal roll-up.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public override bool Equals(object? obj) => Equals(obj as RatingRollup);

    /// <summary>Gets a hash code consistent with <see cref="Equals(RatingRollup?)"/>.</summary>
    /// <returns>The hash of the tree and the root's tally.</returns>
    public override int GetHashCode() => HashCode.Combine(Tree, Total);

    /// <summary>Tells whether two roll-ups are equal (same tree, same tally at every node).</summary>
    /// <param name="left">The left roll-up.</param>
    /// <param name="right">The right roll-up.</param>
    /// <returns><see langword="true"/> when equal (or both <see langword="null"/>).</returns>
    public static bool operator ==(RatingRollup? left, RatingRollup? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Tells whether two roll-ups differ.</summary>
    /// <param name="left">The left roll-up.</param>
    /// <param name="right">The right roll-up.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(RatingRollup? left, RatingRollup? right) => !(left == right);

    /// <summary>Describes the roll-up: the root and its tally.</summary>
    /// <returns>For example <c>"RatingRollup 'TW' (312,735 organizations): HTXSNV 1100000, …"</c>.</returns>
    public override string ToString() => $"RatingRollup '{Tree.Root.Id}' ({Tree.Count} organizations): {Total}";

    private RatingTally TallyAt(int node)
    {
        var at = node * 4;
        return RatingTally.FromCounts(_counts[at], _counts[at + 1], _counts[at + 2], _counts[at + 3]);
    }

    private void CheckNode(int node)
    {
        if (node < 0 || node >= Tree.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(node), node,
                $"The node index {node} is outside the tree of {Tree.Count} organizations.");
        }
    }
}

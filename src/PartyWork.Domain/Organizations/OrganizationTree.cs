using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Organizations;

/// <summary>
/// An immutable tree of party organizations stored as arrays. Node indexes are positions in a pre-order in which every
/// parent precedes its children and siblings follow their ids in ordinal order; the subtree of node <c>i</c> is the
/// index range [<c>i</c>, <c>SubtreeEnd[i]</c>). Hence ancestor tests are O(1), descendants are one slice, paths are
/// O(depth) and roll-ups are one reverse pass.
/// </summary>
/// <remarks>
/// Build with <see cref="Build(IEnumerable{OrganizationRow}, OrganizationCatalog)"/> or
/// <see cref="TryBuild(IEnumerable{OrganizationRow}, OrganizationCatalog, out OrganizationTree?, out IReadOnlyList{OrganizationTreeProblem})"/>;
/// for dated rows use <see cref="OrganizationHistory.AsOf"/>. Two trees are equal when they have the same ids, parents,
/// kinds and names, whatever the order of the rows they were built from. Instances are immutable and thread-safe.
/// See docs/decisions/organizations-tree-layout.md.
/// </remarks>
public sealed partial class OrganizationTree : IEquatable<OrganizationTree>
{
    private readonly string[] _ids;
    private readonly string[] _names;
    private readonly OrganizationKind[] _kinds;
    private readonly OrganizationLevel[] _levels;
    private readonly int[] _parents;
    private readonly int[] _depths;
    private readonly int[] _subtreeEnds;
    private readonly int[] _preOrder;
    private readonly Dictionary<string, int> _indexById;

    private OrganizationTree(
        string[] ids,
        string[] names,
        OrganizationKind[] kinds,
        OrganizationLevel[] levels,
        int[] parents,
        int[] depths,
        int[] subtreeEnds,
        Dictionary<string, int> indexById,
        OrganizationCatalog catalog)
    {
        _ids = ids;
        _names = names;
        _kinds = kinds;
        _levels = levels;
        _parents = parents;
        _depths = depths;
        _subtreeEnds = subtreeEnds;
        _indexById = indexById;
        _preOrder = new int[ids.Length];
        for (var i = 0; i < _preOrder.Length; i++)
        {
            _preOrder[i] = i;
        }

        Catalog = catalog;
    }

    /// <summary>Gets the catalog the tree's kinds and levels come from.</summary>
    /// <value>The catalog given when building.</value>
    public OrganizationCatalog Catalog { get; }

    /// <summary>Gets the number of organizations.</summary>
    /// <value>At least 1.</value>
    public int Count => _ids.Length;

    /// <summary>Gets the root node (index 0).</summary>
    /// <value>The only node without a parent.</value>
    public OrganizationNode Root => this[0];

    /// <summary>Gets the parent index of every node (−1 for the root); a parent's index is always smaller than its child's.</summary>
    /// <value>A span of length <see cref="Count"/>.</value>
    public ReadOnlySpan<int> ParentIndexes => _parents;

    /// <summary>Gets the depth of every node (the root has 0).</summary>
    /// <value>A span of length <see cref="Count"/>.</value>
    public ReadOnlySpan<int> Depths => _depths;

    /// <summary>Gets, for every node <c>i</c>, one past the last index of its subtree: the subtree is [<c>i</c>, <c>SubtreeEnd[i]</c>).</summary>
    /// <value>A span of length <see cref="Count"/>.</value>
    public ReadOnlySpan<int> SubtreeEnd => _subtreeEnds;

    /// <summary>
    /// Gets the node indexes in pre-order (parents before children). Because indexes are assigned in pre-order,
    /// <c>PreOrder[i] == i</c>; the span exists so that slices of it name subtrees (see <see cref="GetDescendants"/>).
    /// Walk it backwards for children-before-parents order.
    /// </summary>
    /// <value>A span of length <see cref="Count"/>.</value>
    public ReadOnlySpan<int> PreOrder => _preOrder;

    /// <summary>Gets the ids of every node, in index order.</summary>
    /// <value>A span of length <see cref="Count"/>.</value>
    public ReadOnlySpan<string> Ids => _ids;

    /// <summary>Gets the node at <paramref name="index"/>.</summary>
    /// <param name="index">The node index, 0 ≤ index &lt; <see cref="Count"/>.</param>
    /// <value>The node.</value>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the tree.</exception>
    public OrganizationNode this[int index]
    {
        get
        {
            CheckIndex(index);
            return new OrganizationNode(
                index, _ids[index], _names[index], _kinds[index], _levels[index], _parents[index], _depths[index], _subtreeEnds[index]);
        }
    }

    /// <summary>Gets the node with id <paramref name="id"/>.</summary>
    /// <param name="id">The organization id.</param>
    /// <value>The node.</value>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The tree has no such id.</exception>
    public OrganizationNode this[string id] => this[GetIndex(id)];

    /// <summary>Builds a tree from rows, using the standard catalog.</summary>
    /// <param name="rows">The rows; their <see cref="OrganizationRow.Validity"/> is not consulted.</param>
    /// <returns>The tree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or one of its elements is <see langword="null"/>.</exception>
    /// <exception cref="OrganizationTreeException">The rows do not make a tree; <see cref="OrganizationTreeException.Problems"/> lists every problem.</exception>
    public static OrganizationTree Build(IEnumerable<OrganizationRow> rows) => Build(rows, OrganizationCatalog.Standard);

    /// <summary>Builds a tree from rows.</summary>
    /// <param name="rows">The rows; their <see cref="OrganizationRow.Validity"/> is not consulted.</param>
    /// <param name="catalog">The catalog the rows' kind ids refer to.</param>
    /// <returns>The tree.</returns>
    /// <exception cref="ArgumentNullException">An argument or a row is <see langword="null"/>.</exception>
    /// <exception cref="OrganizationTreeException">The rows do not make a tree; <see cref="OrganizationTreeException.Problems"/> lists every problem.</exception>
    public static OrganizationTree Build(IEnumerable<OrganizationRow> rows, OrganizationCatalog catalog) =>
        TryBuild(rows, catalog, out var tree, out var problems) ? tree : throw new OrganizationTreeException(problems);

    /// <summary>Tries to build a tree from rows and reports every problem at once.</summary>
    /// <param name="rows">The rows; their <see cref="OrganizationRow.Validity"/> is not consulted.</param>
    /// <param name="catalog">The catalog the rows' kind ids refer to.</param>
    /// <param name="tree">The tree, or <see langword="null"/> when there are problems.</param>
    /// <param name="problems">Every problem found (several roots, cycles, unknown parents, duplicate ids, unknown kinds, children not below their parent's level), ordered by kind then ids; empty on success.</param>
    /// <returns><see langword="true"/> when the rows make a tree.</returns>
    /// <exception cref="ArgumentNullException">An argument or a row is <see langword="null"/>.</exception>
    public static bool TryBuild(
        IEnumerable<OrganizationRow> rows,
        OrganizationCatalog catalog,
        [NotNullWhen(true)] out OrganizationTree? tree,
        out IReadOnlyList<OrganizationTreeProblem> problems)
    {
        Guard.Against.Null(rows);
        Guard.Against.Null(catalog);
        var list = rows as IReadOnlyList<OrganizationRow> ?? [.. rows];
        for (var i = 0; i < list.Count; i++)
        {
            Guard.Against.Null(list[i], nameof(rows));
        }

        return TryBuildCore(list, catalog, null, out tree, out problems);
    }

    /// <summary>Tries to find the index of the node with id <paramref name="id"/>.</summary>
    /// <param name="id">The id; <see langword="null"/> finds nothing.</param>
    /// <param name="index">The index, or −1.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetIndex(string? id, out int index)
    {
        if (id is not null && _indexById.TryGetValue(id, out index))
        {
            return true;
        }

        index = -1;
        return false;
    }

    /// <summary>Gets the index of the node with id <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The tree has no such id.</exception>
    public int GetIndex(string id)
    {
        Guard.Against.Null(id);
        return _indexById.TryGetValue(id, out var index)
            ? index
            : throw new ArgumentException($"The tree has no organization '{id}'.", nameof(id));
    }

    /// <summary>Tells whether the tree has an organization with id <paramref name="id"/>.</summary>
    /// <param name="id">The id; <see langword="null"/> finds nothing.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool Contains(string? id) => id is not null && _indexById.ContainsKey(id);

    /// <summary>Tells whether <paramref name="other"/> has the same ids, parents, kinds and names.</summary>
    /// <param name="other">The other tree.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(OrganizationTree? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Count != Count)
        {
            return false;
        }

        return _parents.AsSpan().SequenceEqual(other._parents)
            && _ids.AsSpan().SequenceEqual(other._ids)
            && _names.AsSpan().SequenceEqual(other._names)
            && _kinds.AsSpan().SequenceEqual(other._kinds)
            && _levels.AsSpan().SequenceEqual(other._levels);
    }

    /// <summary>Tells whether <paramref name="obj"/> is an equal tree.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public override bool Equals(object? obj) => Equals(obj as OrganizationTree);

    /// <summary>Gets a hash code consistent with <see cref="Equals(OrganizationTree?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        for (var i = 0; i < _ids.Length; i++)
        {
            hash.Add(_ids[i], StringComparer.Ordinal);
            hash.Add(_parents[i]);
        }

        return hash.ToHashCode();
    }

    /// <summary>Gets a short description: the root and the number of organizations.</summary>
    /// <returns>For example "OrganizationTree 'TW' (320000 organizations)".</returns>
    public override string ToString() => $"OrganizationTree '{_ids[0]}' ({Count} organizations)";

    /// <summary>Tells whether two trees are equal.</summary>
    /// <param name="left">The left tree.</param>
    /// <param name="right">The right tree.</param>
    /// <returns><see langword="true"/> when equal (or both <see langword="null"/>).</returns>
    public static bool operator ==(OrganizationTree? left, OrganizationTree? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Tells whether two trees differ.</summary>
    /// <param name="left">The left tree.</param>
    /// <param name="right">The right tree.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(OrganizationTree? left, OrganizationTree? right) => !(left == right);

    private void CheckIndex(int index, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(index))] string? parameterName = null)
    {
        // Checked by hand so that the message is only built on failure: this guard sits on the query hot paths.
        if (index < 0 || index >= _ids.Length)
        {
            throw new ArgumentOutOfRangeException(parameterName, index,
                $"The index {index} is outside the tree of {_ids.Length} organizations (0..{_ids.Length - 1}).");
        }
    }
}

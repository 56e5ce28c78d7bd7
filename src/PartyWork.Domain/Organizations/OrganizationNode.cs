namespace PartyWork.Domain.Organizations;

/// <summary>A view of one node of an <see cref="OrganizationTree"/>: what the row said plus its place in the tree.</summary>
/// <remarks>
/// <c>default(OrganizationNode)</c> has <see langword="null"/> references and is never returned by a tree.
/// Nodes compare by value (two trees built from the same rows give equal nodes).
/// </remarks>
/// <param name="Index">The node's index: its position in the tree's pre-order.</param>
/// <param name="Id">The organization's id.</param>
/// <param name="Name">The organization's name.</param>
/// <param name="Kind">The organization's kind.</param>
/// <param name="Level">The level of the kind.</param>
/// <param name="ParentIndex">The parent's index, or -1 for the root.</param>
/// <param name="Depth">The number of edges from the root (the root has 0).</param>
/// <param name="SubtreeEnd">One past the last index of the node's subtree: the subtree is [<paramref name="Index"/>, <paramref name="SubtreeEnd"/>).</param>
public readonly record struct OrganizationNode(
    int Index,
    string Id,
    string Name,
    OrganizationKind Kind,
    OrganizationLevel Level,
    int ParentIndex,
    int Depth,
    int SubtreeEnd)
{
    /// <summary>Gets a value indicating whether the node is the root.</summary>
    /// <value><see langword="true"/> when <see cref="ParentIndex"/> is -1.</value>
    public bool IsRoot => ParentIndex < 0;

    /// <summary>Gets the number of nodes in the subtree, the node included.</summary>
    /// <value><see cref="SubtreeEnd"/> − <see cref="Index"/>.</value>
    public int SubtreeSize => SubtreeEnd - Index;
}

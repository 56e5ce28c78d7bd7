namespace PartyWork.Domain.Organizations;

/// <summary>
/// The rule ids that <see cref="OrganizationTreeProblem"/> and <see cref="OrganizationViolation"/> carry. They are this
/// library's ids (documented in docs/organizations.md); each names the REGULATIONS.md rule it rests on, if any.
/// </summary>
public static class OrganizationRuleIds
{
    /// <summary>ORG-TREE-ROOT: a tree has exactly one root.</summary>
    public const string TreeRoot = "ORG-TREE-ROOT";

    /// <summary>ORG-TREE-DUPLICATE: an id names one organization.</summary>
    public const string TreeDuplicate = "ORG-TREE-DUPLICATE";

    /// <summary>ORG-TREE-PARENT: a parent id names an organization of the same row set.</summary>
    public const string TreeParent = "ORG-TREE-PARENT";

    /// <summary>ORG-TREE-CYCLE: following parents never comes back to the start.</summary>
    public const string TreeCycle = "ORG-TREE-CYCLE";

    /// <summary>ORG-TREE-KIND: a kind id names a kind of the catalog.</summary>
    public const string TreeKind = "ORG-TREE-KIND";

    /// <summary>ORG-TREE-LEVEL: a child sits at a lower level than its parent (R-ORG-LEVELS-OLD, R294-LEVELS).</summary>
    public const string TreeLevel = "ORG-TREE-LEVEL";

    /// <summary>ORG-TREE-LEVEL-DATE: an organization's level exists on the snapshot day (R294-LEVELS, R-2TIER).</summary>
    public const string TreeLevelDate = "ORG-TREE-LEVEL-DATE";

    /// <summary>ORG-SINGLE-HEAD: at most one person holds the head position (người đứng đầu) of an organization at a time.</summary>
    public const string SingleHead = "ORG-SINGLE-HEAD";

    /// <summary>ORG-POSITION-CAPACITY: a position with a holder limit (for example Phó Bí thư Thường trực) is not over-filled (R-POSITIONS).</summary>
    public const string PositionCapacity = "ORG-POSITION-CAPACITY";

    /// <summary>ORG-TENURE-OVERLAP: one person holds one post (organization and position) under one tenure at a time; overlapping tenures of the same person are a data error, not two holders.</summary>
    public const string TenureOverlap = "ORG-TENURE-OVERLAP";

    /// <summary>ORG-MEMBERSHIP-OVERLAP: a party member belongs to one cell at a time.</summary>
    public const string MembershipOverlap = "ORG-MEMBERSHIP-OVERLAP";
}

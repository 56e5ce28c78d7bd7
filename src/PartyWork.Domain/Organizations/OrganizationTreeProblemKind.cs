namespace PartyWork.Domain.Organizations;

/// <summary>What is wrong with a set of <see cref="OrganizationRow"/>s.</summary>
public enum OrganizationTreeProblemKind
{
    /// <summary>No row is a root (all rows have a parent, or there are no rows). Rule ORG-TREE-ROOT.</summary>
    NoRoot = 1,

    /// <summary>More than one row has no parent. Rule ORG-TREE-ROOT.</summary>
    SeveralRoots = 2,

    /// <summary>Two or more rows use the same id. Rule ORG-TREE-DUPLICATE.</summary>
    DuplicateId = 3,

    /// <summary>A row names a parent id no row has. Rule ORG-TREE-PARENT.</summary>
    UnknownParent = 4,

    /// <summary>Following parents from a row comes back to it. Rule ORG-TREE-CYCLE.</summary>
    Cycle = 5,

    /// <summary>A row names a kind the catalog does not have. Rule ORG-TREE-KIND.</summary>
    UnknownKind = 6,

    /// <summary>A row's level is not strictly below its parent's level. Rule ORG-TREE-LEVEL (R-ORG-LEVELS-OLD, R294-LEVELS).</summary>
    LevelNotBelowParent = 7,

    /// <summary>A row's level does not exist on the snapshot day (for example a district after 30/06/2025). Rule ORG-TREE-LEVEL-DATE (R-2TIER).</summary>
    LevelNotInForce = 8,
}

namespace PartyWork.Domain.Organizations;

/// <summary>The ids of the committee kinds in <see cref="PositionCatalog.Standard"/> (glossary of REGULATIONS.md §7).</summary>
public static class CommitteeKindIds
{
    /// <summary>Ban Chấp hành (the executive committee, cấp ủy, elected by the congress).</summary>
    public const string ExecutiveCommittee = "ExecutiveCommittee";

    /// <summary>Ban Thường vụ (the standing committee of an executive committee).</summary>
    public const string StandingCommittee = "StandingCommittee";

    /// <summary>Ủy ban Kiểm tra (the inspection committee).</summary>
    public const string InspectionCommittee = "InspectionCommittee";

    /// <summary>Chi ủy (the committee of a cell).</summary>
    public const string CellCommittee = "CellCommittee";
}

namespace PartyWork.Domain.Organizations;

/// <summary>The ids of the positions in <see cref="PositionCatalog.Standard"/> (glossary of REGULATIONS.md §7).</summary>
public static class PositionIds
{
    /// <summary>Bí thư: the secretary, the default head (người đứng đầu).</summary>
    public const string Secretary = "Secretary";

    /// <summary>Phó Bí thư Thường trực: the standing deputy secretary.</summary>
    public const string StandingDeputySecretary = "StandingDeputySecretary";

    /// <summary>Phó Bí thư: a deputy secretary.</summary>
    public const string DeputySecretary = "DeputySecretary";

    /// <summary>Ủy viên Ban Thường vụ: a member of the standing committee.</summary>
    public const string StandingCommitteeMember = "StandingCommitteeMember";

    /// <summary>Cấp ủy viên: a member of the executive committee.</summary>
    public const string CommitteeMember = "CommitteeMember";

    /// <summary>Chi ủy viên: a member of a cell committee.</summary>
    public const string CellCommitteeMember = "CellCommitteeMember";

    /// <summary>Đảng viên: a party member without a committee post.</summary>
    public const string PartyMember = "PartyMember";
}

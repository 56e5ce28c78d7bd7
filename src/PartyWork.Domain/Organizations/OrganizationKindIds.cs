namespace PartyWork.Domain.Organizations;

/// <summary>The ids of the kinds in <see cref="OrganizationCatalog.Standard"/> (glossary identifiers of REGULATIONS.md §7).</summary>
public static class OrganizationKindIds
{
    /// <summary>Trung ương Đảng (the Party as a whole, led by the Central Committee).</summary>
    public const string Central = "Central";

    /// <summary>Đảng bộ tỉnh, thành phố trực thuộc Trung ương.</summary>
    public const string ProvincialCommittee = "ProvincialCommittee";

    /// <summary>Đảng bộ khối trực thuộc Trung ương (đảng ủy khối at central level).</summary>
    public const string CentralBlocCommittee = "CentralBlocCommittee";

    /// <summary>Đảng bộ huyện, quận, thị xã, thành phố thuộc tỉnh (until the 2025 reform).</summary>
    public const string DistrictCommittee = "DistrictCommittee";

    /// <summary>Đảng bộ xã, phường, đặc khu as superior of grassroots organizations (from the 2025 reform).</summary>
    public const string CommuneCommittee = "CommuneCommittee";

    /// <summary>Đảng bộ khối trực thuộc tỉnh ủy, thành ủy (đảng ủy khối at provincial level).</summary>
    public const string BlocCommittee = "BlocCommittee";

    /// <summary>Đảng bộ cơ sở (grassroots committee, 30 members or more; R-ORG-LEVELS-OLD).</summary>
    public const string GrassrootsCommittee = "GrassrootsCommittee";

    /// <summary>Chi bộ cơ sở (grassroots cell, 3 to fewer than 30 members; R-ORG-LEVELS-OLD).</summary>
    public const string GrassrootsCell = "GrassrootsCell";

    /// <summary>Đảng bộ bộ phận (sub-grassroots committee).</summary>
    public const string SubGrassrootsCommittee = "SubGrassrootsCommittee";

    /// <summary>Chi bộ trực thuộc (cell under a grassroots or sub-grassroots committee).</summary>
    public const string Cell = "Cell";

    /// <summary>Tổ đảng (party group inside a cell).</summary>
    public const string PartyGroup = "PartyGroup";
}

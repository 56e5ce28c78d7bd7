namespace PartyWork.Domain.Organizations;

/// <summary>The ids of the levels in <see cref="OrganizationCatalog.Standard"/>.</summary>
public static class OrganizationLevelIds
{
    /// <summary>Trung ương (Centre), rank 0.</summary>
    public const string Central = "central";

    /// <summary>Cấp tỉnh (province or centrally run city, and blocs directly under the Centre), rank 1.</summary>
    public const string Province = "province";

    /// <summary>Cấp huyện (district, town, provincial city), rank 2, until the day before the reform (R-ORG-LEVELS-OLD, R-2TIER [I]).</summary>
    public const string District = "district";

    /// <summary>Cấp xã (commune, ward, special zone) as superior of grassroots organizations, rank 2, from the reform (R294-LEVELS).</summary>
    public const string Commune = "commune";

    /// <summary>Khối trực thuộc tỉnh ủy, thành ủy (provincial bloc committees), rank 2, at every date.</summary>
    public const string ProvincialBloc = "provincial-bloc";

    /// <summary>Cơ sở (grassroots: đảng bộ cơ sở, chi bộ cơ sở), rank 3.</summary>
    public const string Grassroots = "grassroots";

    /// <summary>Đảng bộ bộ phận (sub-grassroots committee), rank 4.</summary>
    public const string SubGrassroots = "sub-grassroots";

    /// <summary>Chi bộ trực thuộc (cell under a grassroots or sub-grassroots committee), rank 5.</summary>
    public const string Cell = "cell";

    /// <summary>Tổ đảng (party group inside a cell), rank 6.</summary>
    public const string PartyGroup = "party-group";
}

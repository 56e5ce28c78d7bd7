using PartyWork.Domain.Organizations;
using PartyWork.Domain.Ratings;

namespace PartyWork.Cli.DemoData;

/// <summary>
/// The fictional district the <c>partywork demo</c> tour runs on: Đảng bộ huyện Ngọc Mai, three grassroots
/// organizations, eight cells, 85 members rated in 2023 and 2024, the heads of the grassroots organizations and a short
/// report. Every name is invented. Kept as C# source so the tool needs no data files.
/// </summary>
internal static class DemoDistrict
{
    /// <summary>The earlier review year.</summary>
    public const int PreviousYear = 2023;

    /// <summary>The review year the tour reports on.</summary>
    public const int Year = 2024;

    /// <summary>The district's organizations, parents first.</summary>
    public static IReadOnlyList<OrganizationRow> Organizations { get; } =
    [
        new("NM", null, OrganizationKindIds.DistrictCommittee, "Đảng bộ huyện Ngọc Mai"),
        new("NM-AH", "NM", OrganizationKindIds.GrassrootsCommittee, "Đảng bộ xã An Hòa"),
        new("NM-AH-1", "NM-AH", OrganizationKindIds.Cell, "Chi bộ thôn Đông"),
        new("NM-AH-2", "NM-AH", OrganizationKindIds.Cell, "Chi bộ thôn Tây"),
        new("NM-AH-3", "NM-AH", OrganizationKindIds.Cell, "Chi bộ Trường Tiểu học An Hòa"),
        new("NM-BL", "NM", OrganizationKindIds.GrassrootsCommittee, "Đảng bộ xã Bình Lâm"),
        new("NM-BL-1", "NM-BL", OrganizationKindIds.Cell, "Chi bộ thôn Bến Đò"),
        new("NM-BL-2", "NM-BL", OrganizationKindIds.Cell, "Chi bộ thôn Gò Mít"),
        new("NM-TT", "NM", OrganizationKindIds.GrassrootsCommittee, "Đảng bộ thị trấn Ngọc Mai"),
        new("NM-TT-1", "NM-TT", OrganizationKindIds.Cell, "Chi bộ khu phố 1"),
        new("NM-TT-2", "NM-TT", OrganizationKindIds.Cell, "Chi bộ khu phố 2"),
        new("NM-TT-3", "NM-TT", OrganizationKindIds.Cell, "Chi bộ Trạm Y tế"),
    ];

    /// <summary>
    /// Each cell's members in member-number order, as two strings of level letters (X excellent, T good, H completed,
    /// K not completed): the 2023 ratings, then the 2024 ratings. Member <c>n</c> of cell <c>C</c> has id
    /// <c>C-nn</c>.
    /// </summary>
    public static IReadOnlyList<(string Cell, string Ratings2023, string Ratings2024)> CellRatings { get; } =
    [
        ("NM-AH-1", "XXTTTTTTTTHK", "XXXTTTTTTTHK"),
        ("NM-AH-2", "XTTTTTTTTH", "XXTTTTTTTH"),
        ("NM-AH-3", "XTTTTTTT", "XXTTTTTT"),
        ("NM-BL-1", "XTTTTTTTT", "XTTTTTTTH"),
        ("NM-BL-2", "XTTTTTTTTHK", "XXTTTTTTTTK"),
        ("NM-TT-1", "XXTTTTTTTTTTTH", "XXTTTTTTTTTTHH"),
        ("NM-TT-2", "XTTTTTTTTTTH", "XXTTTTTTTTTK"),
        ("NM-TT-3", "XTTTTTTTH", "XTTTTTTTH"),
    ];

    /// <summary>The heads of the grassroots organizations: who, the level proposed for them, and their unit's 2024 rating.</summary>
    public static IReadOnlyList<(string Unit, string Name, RatingLevel Proposed, RatingLevel UnitRating)> Heads { get; } =
    [
        ("NM-AH", "Lê Thị Thu Hà", RatingLevel.Excellent, RatingLevel.Good),
        ("NM-BL", "Đỗ Văn Quang", RatingLevel.Good, RatingLevel.Completed),
        ("NM-TT", "Phạm Minh Tâm", RatingLevel.Excellent, RatingLevel.Excellent),
    ];

    /// <summary>A short report on the 2024 results, in our own words, with one misprinted percentage.</summary>
    public const string Report =
        "Năm 2024, Đảng bộ huyện Ngọc Mai có 85 đảng viên được đánh giá, xếp loại: 15 đồng chí hoàn thành xuất sắc nhiệm vụ (17,65%), " +
        "61 đồng chí hoàn thành tốt nhiệm vụ (71,76%), 6 đồng chí hoàn thành nhiệm vụ (7,06%), 3 đồng chí không hoàn thành nhiệm vụ (3,53%). " +
        "Số đảng viên hoàn thành tốt nhiệm vụ trở lên là 76/85 (89,5%). " +
        "Có 2/3 đảng bộ cơ sở (66,7%) có tỷ lệ hoàn thành xuất sắc nhiệm vụ không vượt quá 20%.";

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Hữu"];
    private static readonly string[] GivenNames =
        ["An", "Bình", "Chi", "Dũng", "Hà", "Hải", "Hương", "Lan", "Long", "Mai", "Nam", "Phúc", "Quang", "Sơn", "Thảo", "Trung", "Vân"];

    /// <summary>Decodes one rating letter.</summary>
    /// <param name="letter">X, T, H or K.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Another letter.</exception>
    public static RatingLevel Level(char letter) => letter switch
    {
        'X' => RatingLevel.Excellent,
        'T' => RatingLevel.Good,
        'H' => RatingLevel.Completed,
        'K' => RatingLevel.NotCompleted,
        _ => throw new ArgumentOutOfRangeException(nameof(letter), letter, "Expected X, T, H or K."),
    };

    /// <summary>Every member: id, invented name, cell and the two years' levels.</summary>
    /// <returns>The members in cell order.</returns>
    public static IEnumerable<DemoMember> Members()
    {
        var serial = 0;
        foreach (var (cell, earlier, later) in CellRatings)
        {
            for (var i = 0; i < later.Length; i++, serial++)
            {
                var name = $"{FamilyNames[serial % FamilyNames.Length]} {MiddleNames[(serial / 3) % MiddleNames.Length]} {GivenNames[(serial * 7) % GivenNames.Length]}";
                yield return new DemoMember($"{cell}-{i + 1:D2}", name, cell, Level(earlier[i]), Level(later[i]));
            }
        }
    }
}

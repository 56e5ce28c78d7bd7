using NodaTime;
using PartyWork.Domain.Organizations;

namespace PartyWork.Domain.Tests.Organizations;

public sealed class OrganizationHistoryTests
{
    private static readonly LocalDate LastDistrictDay = new(2025, 6, 30);
    private static readonly LocalDate Reform = new(2025, 7, 1);

    // A cell that sat under a ward committee of a district until 30/06/2025 and under a new ward committee after.
    private static readonly OrganizationRow[] Rows =
    [
        new("TP", null, OrganizationKindIds.ProvincialCommittee, "Đảng bộ thành phố"),
        new("Q1", "TP", OrganizationKindIds.DistrictCommittee, "Đảng bộ quận 1", new ValidityPeriod(LocalDate.MinIsoValue, LastDistrictDay)),
        new("PW", "Q1", OrganizationKindIds.GrassrootsCommittee, "Đảng bộ phường cũ", new ValidityPeriod(LocalDate.MinIsoValue, LastDistrictDay)),
        new("PN", "TP", OrganizationKindIds.CommuneCommittee, "Đảng bộ phường mới", new ValidityPeriod(Reform)),
        new("CB", "PW", OrganizationKindIds.Cell, "Chi bộ khu phố 2", new ValidityPeriod(new LocalDate(2020, 10, 1), LastDistrictDay)),
        new("CB", "PN", OrganizationKindIds.GrassrootsCell, "Chi bộ khu phố 2", new ValidityPeriod(Reform)),
    ];

    private static readonly OrganizationHistory History = new(Rows, OrganizationCatalog.Standard);

    [Fact]
    public void AsOf_BeforeReform_HasDistrict()
    {
        var tree = History.AsOf(LastDistrictDay);
        Assert.Equal(["CB", "PW", "Q1", "TP"], tree.GetPathToRoot("CB"));
        Assert.Equal(OrganizationKindIds.Cell, tree["CB"].Kind.Id);
    }

    [Fact]
    public void AsOf_AfterReform_CellSitsUnderCommune()
    {
        var tree = History.AsOf(Reform);
        Assert.Equal(["CB", "PN", "TP"], tree.GetPathToRoot("CB"));
        Assert.False(tree.Contains("Q1"));
        Assert.Equal(OrganizationLevelIds.Commune, tree["PN"].Level.Id);
    }

    [Fact]
    public void AsOf_BeforeTheCellExisted_LeavesItOut()
    {
        var tree = History.AsOf(new LocalDate(2019, 1, 1));
        Assert.Equal(3, tree.Count);
        Assert.False(tree.Contains("CB"));
    }

    [Fact]
    public void AsOf_DistrictRowStillOpenAfterReform_ReportsLevelNotInForce()
    {
        OrganizationRow[] stale =
        [
            new("TP", null, OrganizationKindIds.ProvincialCommittee, "Đảng bộ thành phố"),
            new("Q1", "TP", OrganizationKindIds.DistrictCommittee, "Đảng bộ quận 1"),
        ];
        var history = new OrganizationHistory(stale, OrganizationCatalog.Standard);
        Assert.True(history.TryAsOf(LastDistrictDay, out _, out _));
        var error = Assert.Throws<OrganizationTreeException>(() => history.AsOf(Reform));
        var problem = Assert.Single(error.Problems);
        Assert.Equal(OrganizationTreeProblemKind.LevelNotInForce, problem.Kind);
        Assert.Equal(OrganizationRuleIds.TreeLevelDate, problem.RuleId);
        Assert.Equal("Tổ chức 'Q1' thuộc cấp huyện, cấp này không tồn tại vào ngày 01/07/2025.", problem.VietnameseMessage);
        Assert.Contains("2025-07-01", problem.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AsOf_OverlappingRowsOfOneId_ReportsDuplicate()
    {
        var history = new OrganizationHistory(
            [.. Rows, new("CB", "PN", OrganizationKindIds.GrassrootsCell, "Chi bộ trùng", new ValidityPeriod(new LocalDate(2025, 8, 1)))],
            OrganizationCatalog.Standard);
        Assert.False(history.TryAsOf(new LocalDate(2025, 9, 1), out _, out var problems));
        Assert.Equal(OrganizationTreeProblemKind.DuplicateId, Assert.Single(problems).Kind);
        Assert.True(history.TryAsOf(Reform, out _, out _));
    }

    [Fact]
    public void GetChangeDates_ListsEveryBoundary()
    {
        Assert.Equal([new LocalDate(2020, 10, 1), Reform], History.GetChangeDates());
        Assert.Equal(6, History.Rows.Count);
        Assert.Same(OrganizationCatalog.Standard, History.Catalog);
    }

    [Fact]
    public void BadInput_NullRowsOrCatalog_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => new OrganizationHistory(null!, OrganizationCatalog.Standard));
        Assert.Throws<ArgumentNullException>(() => new OrganizationHistory(Rows, null!));
        Assert.Throws<ArgumentNullException>(() => new OrganizationHistory([Rows[0], null!], OrganizationCatalog.Standard));
        var empty = new OrganizationHistory([], OrganizationCatalog.Standard);
        Assert.Throws<OrganizationTreeException>(() => empty.AsOf(Reform));
    }

    [Fact]
    public void AsOf_NonIsoDate_ThrowsDocumentedException()
    {
        var julian = new LocalDate(2025, 7, 1, CalendarSystem.Julian);
        Assert.Equal("date", Assert.Throws<ArgumentOutOfRangeException>(() => History.AsOf(julian)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => History.TryAsOf(julian, out _, out _));
    }
}

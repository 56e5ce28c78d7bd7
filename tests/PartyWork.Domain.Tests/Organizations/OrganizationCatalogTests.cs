using FsCheck.Xunit;
using NodaTime;
using PartyWork.Domain.Organizations;
using PartyWork.Domain.Tests.Contracts;

namespace PartyWork.Domain.Tests.Organizations;

public sealed class OrganizationCatalogTests
{
    private static readonly OrganizationCatalog Standard = OrganizationCatalog.Standard;

    [Fact]
    public void Standard_OnLastDayOfDistricts_HasCentreProvinceDistrictGrassrootsCell()
    {
        var ids = Standard.GetLevelsOn(new LocalDate(2025, 6, 30)).Select(l => l.Id).ToArray();
        Assert.Equal(
            [OrganizationLevelIds.Central, OrganizationLevelIds.Province, OrganizationLevelIds.District,
             OrganizationLevelIds.ProvincialBloc, OrganizationLevelIds.Grassroots, OrganizationLevelIds.SubGrassroots,
             OrganizationLevelIds.Cell, OrganizationLevelIds.PartyGroup],
            ids);
    }

    [Fact]
    public void Standard_FromFirstOfJuly2025_HasNoDistrictButCommunes()
    {
        var ids = Standard.GetLevelsOn(new LocalDate(2025, 7, 1)).Select(l => l.Id).ToArray();
        Assert.DoesNotContain(OrganizationLevelIds.District, ids);
        Assert.Contains(OrganizationLevelIds.Commune, ids);
        Assert.Equal(OrganizationCatalog.DefaultReformDate, Standard.GetLevel(OrganizationLevelIds.Commune).Validity.Start);
        Assert.Equal(new LocalDate(2025, 6, 30), Standard.GetLevel(OrganizationLevelIds.District).Validity.End);
    }

    [Fact]
    public void CreateStandard_OtherReformDay_MovesTheBoundary()
    {
        var catalog = OrganizationCatalog.CreateStandard(new LocalDate(2026, 1, 1));
        Assert.True(catalog.GetLevel(OrganizationLevelIds.District).IsInForceOn(new LocalDate(2025, 12, 31)));
        Assert.False(catalog.GetLevel(OrganizationLevelIds.Commune).IsInForceOn(new LocalDate(2025, 12, 31)));
    }

    [Fact]
    public void Kinds_CarryVietnameseAndEnglishNamesAndLevels()
    {
        var grassrootsCell = Standard.GetKind(OrganizationKindIds.GrassrootsCell);
        Assert.Equal("Chi bộ cơ sở", grassrootsCell.VietnameseName);
        Assert.Equal("Grassroots cell", grassrootsCell.EnglishName);
        Assert.Equal(3, Standard.GetLevelOf(grassrootsCell).Rank);
        Assert.Equal("Đảng bộ bộ phận", Standard.GetKind(OrganizationKindIds.SubGrassrootsCommittee).VietnameseName);
        Assert.Equal("Tổ đảng", Standard.GetKind(OrganizationKindIds.PartyGroup).VietnameseName);
        Assert.Equal(11, Standard.Kinds.Count);
        Assert.True(Standard.Kinds.Zip(Standard.Kinds.Skip(1)).All(p => Standard.GetLevelOf(p.First) <= Standard.GetLevelOf(p.Second)));
    }

    [Fact]
    public void Labels_AreNfcWithoutCombiningMarks()
    {
        var texts = Standard.Levels.Select(l => l.VietnameseName)
            .Concat(Standard.Kinds.Select(k => k.VietnameseName))
            .Concat(PositionCatalog.Standard.Positions.Select(p => p.VietnameseName))
            .Concat(PositionCatalog.Standard.Committees.Select(c => c.VietnameseName));
        foreach (var text in texts)
        {
            Assert.DoesNotContain(text, c => c >= '\u0300' && c <= '\u036F');
        }

        Assert.Equal("\u1EE6y ban Ki\u1EC3m tra", PositionCatalog.Standard.GetCommittee(CommitteeKindIds.InspectionCommittee).VietnameseName);
    }

    [Fact]
    public void Catalog_ReplacedByCaller_IsUsedByTheTree()
    {
        var catalog = new OrganizationCatalog(
            [new OrganizationLevel("top", 0, "Cấp trên", "Top", ValidityPeriod.Always),
             new OrganizationLevel("unit", 1, "Đơn vị", "Unit", ValidityPeriod.Always)],
            [new OrganizationKind("Hq", "Đảng ủy", "Headquarters", "top"), new OrganizationKind("Unit", "Chi bộ", "Unit cell", "unit")]);
        var tree = OrganizationTree.Build([new("H", null, "Hq", "Đảng ủy"), new("U", "H", "Unit", "Chi bộ 1")], catalog);
        Assert.Same(catalog, tree.Catalog);
        Assert.Equal("unit", tree["U"].Level.Id);
    }

    [Fact]
    public void BadInput_CatalogAndRecords_Throw()
    {
        var level = new OrganizationLevel("a", 0, "A", "A", ValidityPeriod.Always);
        var kind = new OrganizationKind("k", "K", "K", "a");
        Assert.Throws<ArgumentNullException>(() => new OrganizationCatalog(null!, [kind]));
        Assert.Throws<ArgumentNullException>(() => new OrganizationCatalog([level], null!));
        Assert.Throws<ArgumentNullException>(() => new OrganizationCatalog([null!], []));
        Assert.Throws<ArgumentNullException>(() => new OrganizationCatalog([level], [null!]));
        Assert.Throws<ArgumentException>(() => new OrganizationCatalog([level, level], []));
        Assert.Throws<ArgumentException>(() => new OrganizationCatalog([level], [kind, kind]));
        Assert.Throws<ArgumentException>(() => new OrganizationCatalog([level], [new OrganizationKind("k", "K", "K", "nowhere")]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OrganizationLevel("a", -1, "A", "A", ValidityPeriod.Always));
        Assert.Throws<ArgumentException>(() => new OrganizationLevel("", 0, "A", "A", ValidityPeriod.Always));
        Assert.Throws<ArgumentNullException>(() => new OrganizationKind("k", null!, "K", "a"));
        Assert.Throws<ArgumentException>(() => Standard.GetLevel("nowhere"));
        Assert.Throws<ArgumentNullException>(() => Standard.GetLevel(null!));
        Assert.Throws<ArgumentException>(() => Standard.GetKind("nowhere"));
        Assert.Throws<ArgumentNullException>(() => Standard.GetKind(null!));
        Assert.Throws<ArgumentNullException>(() => Standard.GetLevelOf(null!));
        Assert.Throws<ArgumentException>(() => Standard.GetLevelOf(kind));
        Assert.False(Standard.TryGetKind(null, out _));
        Assert.False(Standard.TryGetLevel(null, out _));
        Assert.True(Standard.TryGetLevel(OrganizationLevelIds.Cell, out var cell));
        Assert.Equal(5, cell.Rank);
    }

    [Property]
    public void Levels_ObeyEqualityAndComparisonLaws(int a, int b, int c)
    {
        var levels = Standard.Levels;
        var x = levels[Math.Abs(a % levels.Count)];
        var y = levels[Math.Abs(b % levels.Count)];
        var z = levels[Math.Abs(c % levels.Count)];
        ValueContract.AssertEqualityLaws(x, y);
        ValueContract.AssertComparisonLaws(x, y, z);
        Assert.Equal(x.CompareTo(y) < 0, x < y);
        Assert.Equal(x.CompareTo(y) > 0, x > y);
        Assert.Equal(x.CompareTo(y) >= 0, x >= y);
        Assert.Equal(x, new OrganizationLevel(x.Id, x.Rank, x.VietnameseName, x.EnglishName, x.Validity));
        var kinds = Standard.Kinds;
        ValueContract.AssertEqualityLaws(kinds[Math.Abs(a % kinds.Count)], kinds[Math.Abs(b % kinds.Count)]);
    }

    [Fact]
    public void CreateStandard_FirstIsoDayOrNonIsoDate_ThrowsDocumentedException()
    {
        Assert.Equal("reformDate", Assert.Throws<ArgumentOutOfRangeException>(() => OrganizationCatalog.CreateStandard(LocalDate.MinIsoValue)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => OrganizationCatalog.CreateStandard(new LocalDate(2025, 7, 1, CalendarSystem.Julian)));
        Assert.NotNull(OrganizationCatalog.CreateStandard(LocalDate.MinIsoValue.PlusDays(1)));
        Assert.NotNull(OrganizationCatalog.CreateStandard(LocalDate.MaxIsoValue));
    }
}

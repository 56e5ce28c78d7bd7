using FsCheck.Xunit;
using PartyWork.Domain.Organizations;
using PartyWork.Domain.Tests.Contracts;

namespace PartyWork.Domain.Tests.Organizations;

public sealed class PositionCatalogTests
{
    private static readonly PositionCatalog Standard = PositionCatalog.Standard;

    [Fact]
    public void Standard_RanksPositionsAsRPositions()
    {
        Assert.Equal(
            ["Bí thư", "Phó Bí thư Thường trực", "Phó Bí thư", "Ủy viên Ban Thường vụ", "Chi ủy viên", "Cấp ủy viên", "Đảng viên"],
            Standard.Positions.Select(p => p.VietnameseName));
        Assert.Equal(PositionIds.Secretary, Standard.Head.Id);
        Assert.Equal(1, Standard.GetPosition(PositionIds.StandingDeputySecretary).MaxHolders);
        Assert.Null(Standard.GetPosition(PositionIds.DeputySecretary).MaxHolders);
        Assert.True(Standard.GetPosition(PositionIds.Secretary) < Standard.GetPosition(PositionIds.DeputySecretary));
        Assert.Equal("Standing Deputy Secretary", Standard.GetPosition(PositionIds.StandingDeputySecretary).EnglishName);
    }

    [Fact]
    public void Standard_HasTheFourCommittees()
    {
        Assert.Equal(["Chi ủy", "Ban Chấp hành", "Ủy ban Kiểm tra", "Ban Thường vụ"], Standard.Committees.Select(c => c.VietnameseName));
        Assert.Equal("Standing Committee", Standard.GetCommittee(CommitteeKindIds.StandingCommittee).EnglishName);
        Assert.Equal(CommitteeKindIds.CellCommittee, Standard.GetPosition(PositionIds.CellCommitteeMember).CommitteeId);
    }

    [Fact]
    public void WithHead_StandingDeputy_ChangesTheHead()
    {
        var catalog = Standard.WithHead(PositionIds.StandingDeputySecretary);
        Assert.Equal(PositionIds.StandingDeputySecretary, catalog.Head.Id);
        Assert.Equal(Standard.Positions, catalog.Positions);
    }

    [Fact]
    public void BadInput_Throws()
    {
        var committee = new CommitteeKind("C", "Chi ủy", "Cell committee");
        var position = new Position("S", "Bí thư", "Secretary", 1, "C", 1);
        Assert.Throws<ArgumentNullException>(() => new PositionCatalog(null!, [position], "S"));
        Assert.Throws<ArgumentNullException>(() => new PositionCatalog([committee], null!, "S"));
        Assert.Throws<ArgumentNullException>(() => new PositionCatalog([committee], [position], null!));
        Assert.Throws<ArgumentNullException>(() => new PositionCatalog([null!], [position], "S"));
        Assert.Throws<ArgumentNullException>(() => new PositionCatalog([committee], [null!], "S"));
        Assert.Throws<ArgumentException>(() => new PositionCatalog([committee, committee], [position], "S"));
        Assert.Throws<ArgumentException>(() => new PositionCatalog([committee], [position, position], "S"));
        Assert.Throws<ArgumentException>(() => new PositionCatalog([], [position], "S"));
        Assert.Throws<ArgumentException>(() => new PositionCatalog([committee], [position], "X"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Position("S", "Bí thư", "Secretary", 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Position("S", "Bí thư", "Secretary", 1, maxHolders: 0));
        Assert.Throws<ArgumentException>(() => new Position("S", "Bí thư", "Secretary", 1, committeeId: " "));
        Assert.Throws<ArgumentException>(() => new CommitteeKind("C", "", "Cell committee"));
        Assert.Throws<ArgumentException>(() => Standard.GetPosition("X"));
        Assert.Throws<ArgumentNullException>(() => Standard.GetPosition(null!));
        Assert.Throws<ArgumentException>(() => Standard.GetCommittee("X"));
        Assert.Throws<ArgumentNullException>(() => Standard.GetCommittee(null!));
        Assert.Throws<ArgumentException>(() => Standard.WithHead("X"));
        Assert.False(Standard.TryGetPosition(null, out _));
        Assert.False(Standard.TryGetCommittee(null, out _));
    }

    [Property]
    public void Positions_ObeyEqualityAndComparisonLaws(int a, int b, int c)
    {
        var positions = Standard.Positions;
        var x = positions[Math.Abs(a % positions.Count)];
        var y = positions[Math.Abs(b % positions.Count)];
        var z = positions[Math.Abs(c % positions.Count)];
        ValueContract.AssertEqualityLaws(x, y);
        ValueContract.AssertComparisonLaws(x, y, z);
        Assert.Equal(x.CompareTo(y) <= 0, x <= y);
        Assert.Equal(x.CompareTo(y) >= 0, x >= y);
        Assert.Equal(x.CompareTo(y) > 0, x > y);
        ValueContract.AssertEqualityLaws(
            Standard.Committees[Math.Abs(a % Standard.Committees.Count)], Standard.Committees[Math.Abs(b % Standard.Committees.Count)]);
    }
}

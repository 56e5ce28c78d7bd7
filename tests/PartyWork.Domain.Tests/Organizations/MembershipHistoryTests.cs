using FsCheck.Xunit;
using NodaTime;
using PartyWork.Domain.Organizations;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Organizations;

public sealed class MembershipHistoryTests
{
    private static readonly LocalDate Transfer = new(2025, 7, 1);

    // Member M1 moves from a district-era cell to a ward cell on 01/07/2025; M2 is wrongly in two cells for a week.
    private static readonly CellMembership[] Memberships =
    [
        new("M1", "CB-QUAN", new LocalDate(2012, 5, 19), new LocalDate(2025, 6, 30)),
        new("M1", "CB-PHUONG", Transfer),
        new("M2", "CB-QUAN", new LocalDate(2018, 1, 1), new LocalDate(2025, 7, 7)),
        new("M2", "CB-PHUONG", Transfer),
    ];

    private static readonly MembershipHistory History = new(Memberships);

    [Fact]
    public void GetCellOn_AcrossATransfer_IsOneCall()
    {
        Assert.Equal("CB-QUAN", History.GetCellOn("M1", new LocalDate(2025, 6, 30)));
        Assert.Equal("CB-PHUONG", History.GetCellOn("M1", Transfer));
        Assert.Null(History.GetCellOn("M1", new LocalDate(2012, 5, 18)));
        Assert.Null(History.GetCellOn("nobody", Transfer));
        Assert.Equal("CB-PHUONG", History.GetCellOn("M2", new LocalDate(2025, 7, 3)));
        Assert.Equal(["M1", "M2"], History.GetMembersOn("CB-PHUONG", new LocalDate(2025, 7, 3)));
        Assert.Equal(["M2"], History.GetMembersOn("CB-QUAN", new LocalDate(2025, 7, 3)));
        Assert.Empty(History.GetMembersOn("nowhere", Transfer));
        Assert.Equal(2, History.GetMembershipsOf("M1").Count);
        Assert.Empty(History.GetMembershipsOf("nobody"));
        Assert.Equal(4, History.Memberships.Count);
    }

    [Fact]
    public void FindOverlaps_TwoCellsAtOnce_ReportsTheWeek()
    {
        var violation = Assert.Single(History.FindOverlaps());
        Assert.Equal(OrganizationRuleIds.MembershipOverlap, violation.RuleId);
        Assert.Equal(["M2", "CB-QUAN", "CB-PHUONG"], violation.SubjectIds);
        Assert.Equal(new ValidityPeriod(Transfer, new LocalDate(2025, 7, 7)), violation.Period);
        Assert.Null(violation.OrganizationId);
        Assert.Equal(
            "Đảng viên 'M2' sinh hoạt đồng thời ở chi bộ 'CB-QUAN' và 'CB-PHUONG' từ ngày 01/07/2025 đến ngày 07/07/2025.",
            violation.VietnameseMessage);
    }

    [Fact]
    public void BadInput_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new MembershipHistory(null!));
        Assert.Throws<ArgumentNullException>(() => new MembershipHistory([Memberships[0], null!]));
        Assert.Throws<ArgumentNullException>(() => History.GetCellOn(null!, Transfer));
        Assert.Throws<ArgumentNullException>(() => History.GetMembershipsOf(null!));
        Assert.Throws<ArgumentNullException>(() => History.GetMembersOn(null!, Transfer));
        Assert.Throws<ArgumentException>(() => new CellMembership("M1", " ", Transfer));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CellMembership("M1", "C", Transfer, Transfer.PlusDays(-1)));
    }

    [Property(Arbitrary = [typeof(OrganizationsGenerators)])]
    public void Queries_AgreeWithBruteForceScan(MembershipScenario scenario)
    {
        var history = new MembershipHistory(scenario.Memberships);
        foreach (var member in new[] { "M0", "M1", "M2", "M3" })
        {
            foreach (var day in scenario.Days)
            {
                var active = scenario.Memberships.Where(m => m.MemberId == member && m.Period.Contains(day)).ToArray();
                var cell = history.GetCellOn(member, day);
                Assert.Equal(active.Length == 0, cell is null);
                if (active.Length > 0)
                {
                    var latest = active.Max(m => m.Period.Start);
                    Assert.Contains(cell, active.Where(m => m.Period.Start == latest).Select(m => m.CellId));
                }
            }

            var own = scenario.Memberships.Where(m => m.MemberId == member).ToArray();
            var pairs = 0;
            for (var i = 0; i < own.Length; i++)
            {
                for (var j = i + 1; j < own.Length; j++)
                {
                    pairs += own[i].Period.Overlaps(own[j].Period) ? 1 : 0;
                }
            }

            var violations = history.FindOverlaps().Where(v => v.SubjectIds[0] == member).ToArray();
            Assert.Equal(pairs, violations.Length);
        }

        foreach (var cellId in new[] { "C0", "C1", "C2", "C3" })
        {
            foreach (var day in scenario.Days)
            {
                var expected = scenario.Memberships.Where(m => m.CellId == cellId && m.Period.Contains(day)).Select(m => m.MemberId).Distinct().Order(StringComparer.Ordinal);
                Assert.Equal(expected, history.GetMembersOn(cellId, day));
            }
        }
    }
}

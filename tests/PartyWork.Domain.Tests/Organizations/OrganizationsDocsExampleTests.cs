using NodaTime;
using PartyWork.Domain.Organizations;

namespace PartyWork.Domain.Tests.Organizations;

/// <summary>Mirrors the code of docs/organizations.md so that the page cannot rot.</summary>
public sealed class OrganizationsDocsExampleTests
{
    [Fact]
    public void DocsExample_BuildTreeQueryHeadsAndTenures()
    {
        // --- docs/organizations.md: building a tree ---
        OrganizationRow[] rows =
        [
            new("TU-HP", null, OrganizationKindIds.ProvincialCommittee, "Đảng bộ thành phố Hải Phòng"),
            new("P-KA", "TU-HP", OrganizationKindIds.CommuneCommittee, "Đảng bộ phường Kiến An"),
            new("CB-01", "P-KA", OrganizationKindIds.GrassrootsCell, "Chi bộ Khu dân cư số 1"),
            new("CB-02", "P-KA", OrganizationKindIds.GrassrootsCell, "Chi bộ Khu dân cư số 2"),
        ];
        var tree = OrganizationTree.Build(rows);

        Assert.True(tree.IsAncestorOf("TU-HP", "CB-02"));
        Assert.Equal(["CB-02", "P-KA", "TU-HP"], tree.GetPathToRoot("CB-02"));

        long[] members = new long[tree.Count];
        members[tree.GetIndex("CB-01")] = 41;
        members[tree.GetIndex("CB-02")] = 36;
        tree.RollUpInPlace<long>(members);
        Assert.Equal(77, members[tree.GetIndex("P-KA")]);

        // --- docs/organizations.md: heads and tenures ---
        var history = new TenureHistory(
        [
            new Tenure("nguyen-van-a", PositionIds.Secretary, "P-KA", new LocalDate(2025, 7, 1), new LocalDate(2025, 12, 14)),
            new Tenure("tran-thi-b", PositionIds.Secretary, "P-KA", new LocalDate(2026, 1, 5)),
            new Tenure("tran-thi-b", PositionIds.StandingDeputySecretary, "P-KA", new LocalDate(2025, 7, 1), new LocalDate(2026, 1, 4)),
            new Tenure("le-van-c", PositionIds.Secretary, "CB-01", new LocalDate(2025, 7, 1)),
            new Tenure("le-van-c", PositionIds.CommitteeMember, "P-KA", new LocalDate(2025, 7, 1)),
        ]);

        Assert.Equal("nguyen-van-a", history.GetHeadOn("P-KA", new LocalDate(2025, 9, 2))?.PersonId);
        Assert.Null(history.GetHeadOn("P-KA", new LocalDate(2025, 12, 20)));
        Assert.Equal(
            [new DateInterval(new LocalDate(2025, 12, 15), new LocalDate(2026, 1, 4))],
            history.GetVacancies("P-KA", PositionIds.Secretary, new DateInterval(new LocalDate(2025, 7, 1), new LocalDate(2026, 6, 30))));
        Assert.Equal(
            [PositionIds.Secretary, PositionIds.CommitteeMember],
            history.GetPositionsOn("le-van-c", new LocalDate(2026, 3, 1)).Select(t => t.PositionId));
        Assert.Empty(history.FindConflicts());
    }
}

using NodaTime;
using PartyWork.Domain.Organizations;

namespace PartyWork.Domain.Tests.Docs;

/// <summary>The examples of docs/organizations.md (checked against the page by <see cref="DocsExamplesTests"/>).</summary>
public class OrganizationsExamples
{
    [Fact]
    public void BuildingATree()
    {
        // <example id="organizations-tree">
        OrganizationRow[] rows =
        [
            new("TU-HP", null, OrganizationKindIds.ProvincialCommittee, "Đảng bộ thành phố Hải Phòng"),
            new("P-KA", "TU-HP", OrganizationKindIds.CommuneCommittee, "Đảng bộ phường Kiến An"),
            new("CB-01", "P-KA", OrganizationKindIds.GrassrootsCell, "Chi bộ Khu dân cư số 1"),
            new("CB-02", "P-KA", OrganizationKindIds.GrassrootsCell, "Chi bộ Khu dân cư số 2"),
        ];
        var tree = OrganizationTree.Build(rows);

        var above = tree.IsAncestorOf("TU-HP", "CB-02");   // true, O(1) after the id look-ups
        var path = tree.GetPathToRoot("CB-02");            // ["CB-02", "P-KA", "TU-HP"]

        long[] members = new long[tree.Count];
        members[tree.GetIndex("CB-01")] = 41;
        members[tree.GetIndex("CB-02")] = 36;
        tree.RollUpInPlace<long>(members);
        var ward = members[tree.GetIndex("P-KA")];         // 77
        // </example>

        Assert.True(above);
        Assert.Equal(["CB-02", "P-KA", "TU-HP"], path);
        Assert.Equal(77, ward);
        Assert.Equal(77, members[tree.GetIndex("TU-HP")]);
        Assert.Equal(tree, OrganizationTree.Build(rows.Reverse()));
    }

    [Fact]
    public void HeadsAndTenures()
    {
        // <example id="organizations-tenures">
        var history = new TenureHistory(
        [
            new Tenure("nguyen-van-a", PositionIds.Secretary, "P-KA", new LocalDate(2025, 7, 1), new LocalDate(2025, 12, 14)),
            new Tenure("tran-thi-b", PositionIds.Secretary, "P-KA", new LocalDate(2026, 1, 5)),
            new Tenure("tran-thi-b", PositionIds.StandingDeputySecretary, "P-KA", new LocalDate(2025, 7, 1), new LocalDate(2026, 1, 4)),
            new Tenure("le-van-c", PositionIds.Secretary, "CB-01", new LocalDate(2025, 7, 1)),
            new Tenure("le-van-c", PositionIds.CommitteeMember, "P-KA", new LocalDate(2025, 7, 1)),
        ]);

        var head = history.GetHeadOn("P-KA", new LocalDate(2025, 9, 2))?.PersonId;  // "nguyen-van-a"
        var vacant = history.GetHeadOn("P-KA", new LocalDate(2025, 12, 20));        // null — between two secretaries
        var gaps = history.GetVacancies("P-KA", PositionIds.Secretary,
            new DateInterval(new LocalDate(2025, 7, 1), new LocalDate(2026, 6, 30)));   // [2025-12-15, 2026-01-04]
        var posts = history.GetPositionsOn("le-van-c", new LocalDate(2026, 3, 1))
            .Select(t => $"{t.PositionId} of {t.OrganizationId}");                  // ["Secretary of CB-01", "CommitteeMember of P-KA"]
        var conflicts = history.FindConflicts();                                    // [] — no post over-filled
        // </example>

        Assert.Equal("nguyen-van-a", head);
        Assert.Null(vacant);
        Assert.Equal("[2025-12-15, 2026-01-04]", Assert.Single(gaps).ToString());
        Assert.Equal(["Secretary of CB-01", "CommitteeMember of P-KA"], posts);
        Assert.Equal([], conflicts);
    }

    [Fact]
    public void HeadsAndTenures_Conflicts()
    {
        var history = new TenureHistory(
        [
            new Tenure("nguyen-van-a", PositionIds.Secretary, "P-KA", new LocalDate(2025, 7, 1)),
            new Tenure("tran-thi-b", PositionIds.Secretary, "P-KA", new LocalDate(2026, 1, 5)),
        ]);

        var conflict = Assert.Single(history.FindConflicts());
        Assert.Equal(OrganizationRuleIds.SingleHead, conflict.RuleId);
        Assert.Equal("tran-thi-b", history.GetHeadOn("P-KA", new LocalDate(2026, 2, 1))?.PersonId);
    }
}

using PartyWork.Domain.Organizations;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Scale;

namespace PartyWork.Domain.Tests.Docs;

/// <summary>The examples of docs/scale.md (checked against the page by <see cref="DocsExamplesTests"/>).</summary>
public class ScaleExamples
{
    [Fact]
    public void Rollup()
    {
        OrganizationRow[] rows =
        [
            new("NM", null, OrganizationKindIds.DistrictCommittee, "Đảng bộ huyện Ngọc Mai"),
            new("NM-01", "NM", OrganizationKindIds.GrassrootsCommittee, "Đảng bộ xã Ngọc Lâm"),
            new("NM-01-A", "NM-01", OrganizationKindIds.Cell, "Chi bộ thôn 1"),
            new("NM-01-B", "NM-01", OrganizationKindIds.Cell, "Chi bộ thôn 2"),
            new("NM-02", "NM", OrganizationKindIds.GrassrootsCell, "Chi bộ Trường THPT Ngọc Mai"),
        ];
        var (E, G, C, N) = (RatingLevel.Excellent, RatingLevel.Good, RatingLevel.Completed, RatingLevel.NotCompleted);
        (string Cell, RatingLevel Level)[] members =
        [
            ("NM-01-A", E), ("NM-01-A", E), ("NM-01-A", G), ("NM-01-A", G), ("NM-01-A", G), ("NM-01-A", C),
            ("NM-01-B", E), ("NM-01-B", G), ("NM-01-B", G), ("NM-01-B", G), ("NM-01-B", N),
            ("NM-02", E), ("NM-02", G), ("NM-02", G), ("NM-02", G), ("NM-02", G), ("NM-02", G), ("NM-02", C),
        ];
        var levels = members.Select(m => m.Level).ToArray();
        var cellIds = members.Select(m => m.Cell).ToArray();

        // <example id="scale-rollup">
        var tree = OrganizationTree.Build(rows);
        byte[] ratings = RatingCodes.EncodeAll(levels);                 // one code per member
        int[] cells = cellIds.Select(tree.GetIndex).ToArray();          // one node index per member

        var rollup = RatingRollup.Compute(tree, ratings, cells);        // one core
        var same = RatingRollup.ComputeParallel(tree, ratings, cells, Environment.ProcessorCount);
        var equal = same.Equals(rollup);                                // true, for any partition count

        RatingTally district = rollup["NM"];                            // the subtree of any node
        IReadOnlyList<RatingShare> shares = rollup.Distribution(tree.GetIndex("NM"));
        var percents = shares.Select(s => s.Percent).ToArray();         // [22.22m, 61.11m, 11.11m, 5.56m] — sums to 100
        var findings = rollup.CheckQuota(RatingPolicies.ForReviewYear(2024).IndividualQuota!, OrganizationLevelIds.Grassroots);
        var over = findings.Select(f => f.Group.Name).ToArray();        // ["Đảng bộ xã Ngọc Lâm (NM-01)"] — 3 excellent, 6 good
        // </example>

        Assert.True(equal);
        Assert.Equal(RatingTally.FromCounts(4, 11, 2, 1), district);
        Assert.Equal(RatingTally.FromCounts(1, 5, 1, 0), rollup["NM-02"]);
        Assert.Equal([22.22m, 61.11m, 11.11m, 5.56m], percents);
        Assert.Equal(100m, percents.Sum());
        Assert.Equal(["Đảng bộ xã Ngọc Lâm (NM-01)"], over);
        Assert.Equal("R124-QUOTA", findings[0].Violation.RuleId);
        for (var partitions = 1; partitions <= 5; partitions++)
        {
            Assert.Equal(rollup, RatingRollup.ComputeParallel(tree, ratings, cells, partitions));
        }
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyWork.Domain.Organizations;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Scale;
using PartyWork.Domain.Tests.Contracts;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Scale;

public sealed class RatingRollupTests
{
    private static readonly OrganizationRow[] DistrictRows =
    [
        new("H", null, OrganizationKindIds.DistrictCommittee, "Đảng bộ huyện Sông Mây"),
        new("X1", "H", OrganizationKindIds.GrassrootsCommittee, "Đảng bộ xã Tân Lộc"),
        new("X2", "H", OrganizationKindIds.GrassrootsCommittee, "Đảng bộ xã Bình Sơn"),
        new("X1-C1", "X1", OrganizationKindIds.Cell, "Chi bộ thôn 1"),
        new("X1-C2", "X1", OrganizationKindIds.Cell, "Chi bộ thôn 2"),
        new("X2-C1", "X2", OrganizationKindIds.Cell, "Chi bộ thôn Đông"),
    ];

    [Fact]
    public void Compute_SmallDistrict_TalliesCellsAndAncestors()
    {
        var tree = OrganizationTree.Build(DistrictRows);
        int c1 = tree.GetIndex("X1-C1"), c2 = tree.GetIndex("X1-C2"), c3 = tree.GetIndex("X2-C1");
        // X1-C1: 2 excellent, 3 good; X1-C2: 1 good, 1 completed; X2-C1: 4 excellent, 1 not completed.
        byte[] ratings = [4, 3, 4, 3, 3, 3, 2, 4, 4, 1, 4, 4];
        int[] cells = [c1, c1, c1, c1, c1, c2, c2, c3, c3, c3, c3, c3];

        var rollup = RatingRollup.Compute(tree, ratings, cells);

        Assert.Equal(RatingTally.FromCounts(2, 3, 0, 0), rollup["X1-C1"]);
        Assert.Equal(RatingTally.FromCounts(2, 4, 1, 0), rollup["X1"]);
        Assert.Equal(RatingTally.FromCounts(4, 0, 0, 1), rollup["X2"]);
        Assert.Equal(RatingTally.FromCounts(6, 4, 1, 1), rollup.Total);
        Assert.Equal(12, rollup.Total.Total);
    }

    [Fact]
    public void CheckQuota_PerGrassroots_FlagsOnlyTheGroupOverTwentyPercent()
    {
        var tree = OrganizationTree.Build(DistrictRows);
        int c1 = tree.GetIndex("X1-C1"), c3 = tree.GetIndex("X2-C1");
        // X1: 1 excellent of 5 good (20%, fits); X2: 2 excellent of 5 good (40%, over).
        byte[] ratings = [4, 3, 3, 3, 3, 3, 4, 4, 3, 3, 3, 3, 3];
        int[] cells = [c1, c1, c1, c1, c1, c1, c3, c3, c3, c3, c3, c3, c3];
        var rollup = RatingRollup.Compute(tree, ratings, cells);

        var excesses = rollup.CheckQuota(RatingPolicies.Qd124Hd25.IndividualQuota!, OrganizationLevelIds.Grassroots);

        var excess = Assert.Single(excesses);
        Assert.Contains("X2", excess.Group.Name, StringComparison.Ordinal);
        Assert.Equal("R124-QUOTA", excess.Violation.RuleId);
        Assert.Equal(1, excess.AllowedWithCurrentGood);
        Assert.Equal(2, rollup.GroupsAtLevel(OrganizationLevelIds.Grassroots).Count);
    }

    [Fact]
    public void Distribution_OfANode_SumsToOneHundred()
    {
        var tree = OrganizationTree.Build(DistrictRows);
        var c1 = tree.GetIndex("X1-C1");
        byte[] ratings = [4, 3, 3];
        int[] cells = [c1, c1, c1];
        var rollup = RatingRollup.Compute(tree, ratings, cells);

        var shares = rollup.Distribution(tree.GetIndex("H"));

        Assert.Equal(100m, shares.Sum(s => s.Percent));
        Assert.Equal(33.33m, shares.Single(s => s.Level == RatingLevel.Excellent).Percent);
        Assert.Equal(66.67m, shares.Single(s => s.Level == RatingLevel.Good).Percent);
    }

    [Fact]
    public void Compute_NoMembers_GivesZeroEverywhere()
    {
        var tree = OrganizationTree.Build(DistrictRows);
        var rollup = RatingRollup.Compute(tree, [], []);
        for (var i = 0; i < tree.Count; i++)
        {
            Assert.Equal(RatingTally.Zero, rollup[i]);
        }
    }

    [Fact]
    public void Compute_NullTree_Throws() =>
        Assert.Throws<ArgumentNullException>("tree", () => RatingRollup.Compute(null!, [], []));

    [Fact]
    public void Compute_LengthMismatch_Throws()
    {
        var tree = OrganizationTree.Build(DistrictRows);
        var error = Assert.Throws<ArgumentException>("cells", () => RatingRollup.Compute(tree, [3, 3], [1]));
        Assert.Contains("2 ratings but 1 node indexes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(255)]
    public void Compute_BadLevelByte_NamesTheMember(byte code)
    {
        var tree = OrganizationTree.Build(DistrictRows);
        var error = Assert.Throws<ArgumentOutOfRangeException>("ratings", () => RatingRollup.Compute(tree, [3, 4, code, 0], [3, 3, 3, 3]));
        Assert.Contains("Member 2 ", error.Message, StringComparison.Ordinal);
        Assert.Equal(code, error.ActualValue);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void Compute_NodeOutsideTree_NamesTheMember(int node)
    {
        var tree = OrganizationTree.Build(DistrictRows);
        var error = Assert.Throws<ArgumentOutOfRangeException>("cells", () => RatingRollup.Compute(tree, [3, 3], [0, node]));
        Assert.Contains("Member 1 ", error.Message, StringComparison.Ordinal);
        Assert.Equal(node, error.ActualValue);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(RatingRollup.MaxPartitions + 1)]
    public void ComputeParallel_BadPartitionCount_Throws(int partitions)
    {
        var tree = OrganizationTree.Build(DistrictRows);
        Assert.Throws<ArgumentOutOfRangeException>("partitions", () => RatingRollup.ComputeParallel(tree, new byte[] { 3 }, new[] { 0 }, partitions));
    }

    [Fact]
    public void ComputeParallel_BadInput_ThrowsLikeSequential()
    {
        var tree = OrganizationTree.Build(DistrictRows);
        Assert.Throws<ArgumentNullException>("tree", () => RatingRollup.ComputeParallel(null!, Array.Empty<byte>(), Array.Empty<int>(), 2));
        Assert.Throws<ArgumentException>("cells", () => RatingRollup.ComputeParallel(tree, new byte[] { 3 }, Array.Empty<int>(), 2));
        byte[] ratings = [3, 3, 3, 3, 9, 3, 3, 0];
        int[] cells = [0, 1, 2, 3, 4, 5, 77, 0];
        var error = Assert.Throws<ArgumentOutOfRangeException>("ratings", () => RatingRollup.ComputeParallel(tree, ratings, cells, 4));
        Assert.Contains("Member 4 ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indexer_OutsideTree_Throws()
    {
        var tree = OrganizationTree.Build(DistrictRows);
        var rollup = RatingRollup.Compute(tree, [], []);
        Assert.Throws<ArgumentOutOfRangeException>("node", () => rollup[-1]);
        Assert.Throws<ArgumentOutOfRangeException>("node", () => rollup[tree.Count]);
        Assert.Throws<ArgumentException>("id", () => rollup["nope"]);
        Assert.Throws<ArgumentNullException>("id", () => rollup[(string)null!]);
        Assert.Throws<ArgumentNullException>("levelId", () => rollup.GroupsAtLevel(null!));
        Assert.Throws<ArgumentNullException>("rule", () => rollup.CheckQuota(null!, OrganizationLevelIds.Grassroots));
    }

    [Property(Arbitrary = [typeof(ScaleGenerators)])]
    public void Compute_EqualsBruteForceRecount(RollupScenario scenario)
    {
        var tree = scenario.BuildTree();
        var rollup = RatingRollup.Compute(tree, scenario.Ratings, scenario.Nodes);
        for (var node = 0; node < tree.Count; node++)
        {
            long[] expected = new long[5];
            for (var m = 0; m < scenario.Ratings.Length; m++)
            {
                if (tree.IsAncestorOf(node, scenario.Nodes[m]) || node == scenario.Nodes[m])
                {
                    expected[scenario.Ratings[m]]++;
                }
            }

            var actual = rollup[node];
            Assert.Equal((expected[4], expected[3], expected[2], expected[1]), (actual.Excellent, actual.Good, actual.Completed, actual.NotCompleted));
        }
    }

    [Property(Arbitrary = [typeof(ScaleGenerators)])]
    public void ComputeParallel_EqualsSequential_ForAnyPartitionCount(RollupScenario scenario, PositiveInt partitionSeed)
    {
        var tree = scenario.BuildTree();
        var partitions = 1 + (partitionSeed.Get % 16);
        var sequential = RatingRollup.Compute(tree, scenario.Ratings, scenario.Nodes);
        var parallel = RatingRollup.ComputeParallel(tree, scenario.Ratings, scenario.Nodes, partitions);
        Assert.Equal(sequential, parallel);
        Assert.Equal(sequential.GetHashCode(), parallel.GetHashCode());
    }

    [Property(Arbitrary = [typeof(ScaleGenerators)])]
    public void Compute_IsTheMonoidSumOfAnySplit(RollupScenario scenario, NonNegativeInt cut)
    {
        var tree = scenario.BuildTree();
        var at = scenario.Ratings.Length == 0 ? 0 : cut.Get % (scenario.Ratings.Length + 1);
        var whole = RatingRollup.Compute(tree, scenario.Ratings, scenario.Nodes);
        var left = RatingRollup.Compute(tree, scenario.Ratings.AsSpan(0, at), scenario.Nodes.AsSpan(0, at));
        var right = RatingRollup.Compute(tree, scenario.Ratings.AsSpan(at), scenario.Nodes.AsSpan(at));
        for (var node = 0; node < tree.Count; node++)
        {
            Assert.Equal(whole[node], left[node] + right[node]);
        }
    }

    [Property(Arbitrary = [typeof(ScaleGenerators)])]
    public void Compute_ParentTallyIsOwnPlusChildren(RollupScenario scenario)
    {
        var tree = scenario.BuildTree();
        var rollup = RatingRollup.Compute(tree, scenario.Ratings, scenario.Nodes);
        for (var node = 0; node < tree.Count; node++)
        {
            var own = RatingTally.Of(scenario.Nodes.Select((n, m) => (n, m)).Where(x => x.n == node).Select(x => (RatingLevel)scenario.Ratings[x.m]));
            var children = RatingTally.Sum(tree.GetChildren(node).Select(c => rollup[c]));
            Assert.Equal(rollup[node], own + children);
        }
    }

    [Property(Arbitrary = [typeof(ScaleGenerators)])]
    public void Compute_BadByteAnywhere_ThrowsWithThatMemberIndex(RollupScenario scenario, PositiveInt where, byte bad)
    {
        var tree = scenario.BuildTree();
        var code = RatingCodes.IsValid(bad) ? (byte)(bad + 4) : bad;
        var ratings = scenario.Ratings.Append((byte)3).ToArray();
        var nodes = scenario.Nodes.Append(0).ToArray();
        var member = where.Get % ratings.Length;
        ratings[member] = code;
        var error = Assert.Throws<ArgumentOutOfRangeException>("ratings", () => RatingRollup.Compute(tree, ratings, nodes));
        Assert.Contains($"Member {member} ", error.Message, StringComparison.Ordinal);
        var parallelError = Assert.Throws<ArgumentOutOfRangeException>(() => RatingRollup.ComputeParallel(tree, ratings, nodes, 3));
        Assert.Equal(error.Message, parallelError.Message);
    }

    [Fact]
    public void Equality_FollowsTheLaws()
    {
        var tree = OrganizationTree.Build(DistrictRows);
        var a = RatingRollup.Compute(tree, [4, 3], [3, 4]);
        var b = RatingRollup.Compute(tree, [3, 4], [4, 3]);
        var c = RatingRollup.Compute(tree, [3, 4], [3, 4]);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.True(a == b);
        Assert.True(a != c);
        Assert.False(a == null);
        ValueContract.AssertEqualityLaws(a, b);
        ValueContract.AssertEqualityLaws(a, c);
        Assert.False(a.Equals(null));
        Assert.Contains("HTXSNV 1", a.ToString(), StringComparison.Ordinal);
    }
}

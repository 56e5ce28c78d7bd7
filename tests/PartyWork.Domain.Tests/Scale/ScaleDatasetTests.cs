using PartyWork.Domain.Organizations;
using PartyWork.Domain.Scale;

namespace PartyWork.Domain.Tests.Scale;

public sealed class ScaleDatasetTests
{
    [Fact]
    public void Generate_Small_HasTheRequestedSizes()
    {
        var data = ScaleDataset.Generate(ScaleDatasetOptions.Small);
        var tree = data.Tree;
        int Count(string level) => Enumerable.Range(0, tree.Count).Count(i => tree[i].Level.Id == level);

        Assert.Equal(1 + 3 + 9 + 60 + 300, tree.Count);
        Assert.Equal(3, Count(OrganizationLevelIds.Province));
        Assert.Equal(9, Count(OrganizationLevelIds.District));
        Assert.Equal(60, Count(OrganizationLevelIds.Grassroots));
        Assert.Equal(300, Count(OrganizationLevelIds.Cell));
        Assert.Equal(6_000, data.MemberCount);
        Assert.All(data.Cells.ToArray(), c => Assert.Equal(OrganizationLevelIds.Cell, tree[c].Level.Id));
        Assert.All(data.Ratings.ToArray(), r => Assert.True(RatingCodes.IsValid(r)));
    }

    [Fact]
    public void Generate_SameSeed_SameData_OtherSeed_OtherData()
    {
        var a = ScaleDataset.Generate(ScaleDatasetOptions.Small);
        var b = ScaleDataset.Generate(ScaleDatasetOptions.Small);
        var c = ScaleDataset.Generate(ScaleDatasetOptions.Small with { Seed = 7 });
        Assert.True(a.Ratings.Span.SequenceEqual(b.Ratings.Span));
        Assert.True(a.Cells.Span.SequenceEqual(b.Cells.Span));
        Assert.Equal(a.Tree, b.Tree);
        Assert.False(a.Ratings.Span.SequenceEqual(c.Ratings.Span) && a.Cells.Span.SequenceEqual(c.Cells.Span));
    }

    [Fact]
    public void Generate_RatingMix_IsNearTheRequestedSkew()
    {
        var data = ScaleDataset.Generate(ScaleDatasetOptions.Small with { Members = 60_000 });
        var total = RatingRollup.Compute(data.Tree, data.Ratings.Span, data.Cells.Span).Total;
        Assert.Equal(60_000, total.Total);
        Assert.InRange(total.Excellent * 1000 / total.Total, 180, 220);
        Assert.InRange(total.Good * 1000 / total.Total, 670, 730);
        Assert.InRange(total.Completed * 1000 / total.Total, 70, 90);
        Assert.InRange(total.NotCompleted * 1000 / total.Total, 14, 26);
    }

    [Fact]
    public void Generate_SkewVariesByGrassroots_SoSomeGroupsMeetTheQuotaAndSomeDoNot()
    {
        var data = ScaleDataset.Generate(ScaleDatasetOptions.Small);
        var rollup = RatingRollup.Compute(data.Tree, data.Ratings.Span, data.Cells.Span);
        var rule = Domain.Ratings.RatingPolicies.Qd124Hd25.IndividualQuota!;
        var over = rollup.CheckQuota(rule, OrganizationLevelIds.Grassroots).Count;
        Assert.InRange(over, 1, 59);
    }

    [Fact]
    public void Generate_BadOptions_Throw()
    {
        Assert.Throws<ArgumentNullException>("options", () => ScaleDataset.Generate(null!));
        Assert.Throws<ArgumentException>("options", () => ScaleDataset.Generate(ScaleDatasetOptions.Small with { Districts = 2 }));
        Assert.Throws<ArgumentException>("options", () => ScaleDataset.Generate(ScaleDatasetOptions.Small with { Cells = 59 }));
        Assert.Throws<ArgumentException>("options", () => ScaleDataset.Generate(ScaleDatasetOptions.Small with { ExcellentPermille = 950 }));
        Assert.Throws<ArgumentException>("Provinces", () => ScaleDatasetOptions.Small with { Provinces = 0 });
        Assert.Throws<ArgumentException>("Members", () => ScaleDatasetOptions.Small with { Members = -1 });
        Assert.Throws<ArgumentOutOfRangeException>("ExcellentPermille", () => ScaleDatasetOptions.Small with { ExcellentPermille = 1001 });
    }
}

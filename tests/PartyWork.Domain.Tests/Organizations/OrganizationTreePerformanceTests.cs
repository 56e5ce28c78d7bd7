using System.Diagnostics;
using PartyWork.Domain.Organizations;

namespace PartyWork.Domain.Tests.Organizations;

public sealed class OrganizationTreePerformanceTests
{
    [Fact]
    public void Build_NationalTreeOf320000Nodes_TakesWellUnderTwoSeconds()
    {
        var rows = NationalTree.Rows(320_000);
        OrganizationTree.Build(rows.Take(1000).ToArray()); // warm up the code paths

        var watch = Stopwatch.StartNew();
        var tree = OrganizationTree.Build(rows);
        watch.Stop();

        Assert.Equal(320_000, tree.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"building took {watch.Elapsed}");
        var cell = tree.GetIndex(rows[^1].Id);
        Assert.True(tree.IsAncestorOf(0, cell));
        Assert.Equal(tree.Depths[cell] + 1, tree.GetPathToRoot(cell).Length);
        Assert.Equal(tree.Count - 1, tree.GetDescendants(0).Length);
    }
}

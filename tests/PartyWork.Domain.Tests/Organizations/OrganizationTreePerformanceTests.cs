using System.Diagnostics;
using PartyWork.Domain.Organizations;

namespace PartyWork.Domain.Tests.Organizations;

public sealed class OrganizationTreePerformanceTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

    [Fact]
    public void Build_NationalTreeOf320000Nodes_TakesWellUnderTwoSeconds()
    {
        var rows = NationalTree.Rows(320_000);
        OrganizationTree.Build(rows.Take(1000).ToArray()); // warm up the code paths

        // The machine is shared and xunit runs classes in parallel: the best of up to three timings counts.
        var best = TimeSpan.MaxValue;
        OrganizationTree? tree = null;
        for (var attempt = 0; attempt < 3 && best >= Bound; attempt++)
        {
            var watch = Stopwatch.StartNew();
            tree = OrganizationTree.Build(rows);
            watch.Stop();
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        Assert.NotNull(tree);
        Assert.Equal(320_000, tree.Count);
        Assert.True(best < Bound, $"building took {best}");
        var cell = tree.GetIndex(rows[^1].Id);
        Assert.True(tree.IsAncestorOf(0, cell));
        Assert.Equal(tree.Depths[cell] + 1, tree.GetPathToRoot(cell).Length);
        Assert.Equal(tree.Count - 1, tree.GetDescendants(0).Length);
    }
}

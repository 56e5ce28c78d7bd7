using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyWork.Domain.Organizations;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Organizations;

public sealed class OrganizationTreePropertyTests
{
    public static Arbitrary<OrganizationRow[]> JunkRows() => Arb.From(
        (from id in Gen.Elements("A", "B", "C", "D", "E", "F")
         from parent in Gen.Elements<string?>(null, "A", "B", "C", "D", "E", "F", "Z")
         from kind in Gen.Elements(OrganizationKindIds.Central, OrganizationKindIds.ProvincialCommittee,
             OrganizationKindIds.GrassrootsCommittee, OrganizationKindIds.Cell, OrganizationKindIds.PartyGroup, "Unknown")
         select new OrganizationRow(id, parent, kind, "Tổ chức " + id)).ArrayOf());

    [Property(Arbitrary = [typeof(OrganizationsGenerators)])]
    public void Build_ParentsPrecedeChildren(ValidTreeRows rows)
    {
        var tree = OrganizationTree.Build(rows.Rows);
        Assert.Equal(rows.Rows.Length, tree.Count);
        Assert.Equal(-1, tree.ParentIndexes[0]);
        var positions = new int[tree.Count];
        for (var p = 0; p < tree.Count; p++)
        {
            positions[tree.PreOrder[p]] = p;
        }

        for (var i = 1; i < tree.Count; i++)
        {
            var parent = tree.ParentIndexes[i];
            Assert.True(positions[parent] < positions[i], $"parent {parent} must precede {i}");
            Assert.Equal(tree.Depths[parent] + 1, tree.Depths[i]);
            Assert.True(tree[i].Level.Rank > tree[parent].Level.Rank);
        }
    }

    [Property(Arbitrary = [typeof(OrganizationsGenerators)])]
    public void Build_KeepsEveryRowsParentAndKind(ValidTreeRows rows)
    {
        var tree = OrganizationTree.Build(rows.Rows);
        foreach (var row in rows.Rows)
        {
            var node = tree[row.Id];
            Assert.Equal(row.ParentId, node.IsRoot ? null : tree[node.ParentIndex].Id);
            Assert.Equal(row.KindId, node.Kind.Id);
            Assert.Equal(row.Name, node.Name);
        }
    }

    [Property(Arbitrary = [typeof(OrganizationsGenerators)])]
    public void SubtreeRanges_ContainExactlyTheDescendants(ValidTreeRows rows)
    {
        var tree = OrganizationTree.Build(rows.Rows);
        for (var a = 0; a < tree.Count; a++)
        {
            var descendants = tree.GetDescendants(a).ToArray().ToHashSet();
            for (var d = 0; d < tree.Count; d++)
            {
                var walked = false;
                for (var x = tree.ParentIndexes[d]; x >= 0; x = tree.ParentIndexes[x])
                {
                    walked |= x == a;
                }

                Assert.Equal(walked, tree.IsAncestorOf(a, d));
                Assert.Equal(walked, descendants.Contains(d));
                Assert.Equal(walked || a == d, a <= d && d < tree.SubtreeEnd[a]);
            }

            var children = tree.GetChildren(a);
            Assert.Equal(Enumerable.Range(0, tree.Count).Where(c => tree.ParentIndexes[c] == a), children);
            Assert.Equal(children.Select(c => tree[c].Id).Order(StringComparer.Ordinal), children.Select(c => tree[c].Id));
        }
    }

    [Property(Arbitrary = [typeof(OrganizationsGenerators)])]
    public void PathToRoot_EndsAtTheRoot(ValidTreeRows rows)
    {
        var tree = OrganizationTree.Build(rows.Rows);
        for (var i = 0; i < tree.Count; i++)
        {
            var path = tree.GetPathToRoot(i);
            Assert.Equal(i, path[0]);
            Assert.Equal(0, path[^1]);
            Assert.Equal(tree.Depths[i] + 1, path.Length);
            for (var step = 1; step < path.Length; step++)
            {
                Assert.Equal(tree.ParentIndexes[path[step - 1]], path[step]);
            }

            Assert.Equal(path.Select(p => tree[p].Id), tree.GetPathToRoot(tree[i].Id));
        }
    }

    [Property(Arbitrary = [typeof(OrganizationsGenerators)])]
    public void Build_ShuffledRows_GivesEqualTree(ValidTreeRows rows, int seed)
    {
        var shuffled = rows.Rows.ToArray();
        new Random(seed).Shuffle(shuffled);
        var tree = OrganizationTree.Build(rows.Rows);
        var again = OrganizationTree.Build(shuffled);
        Assert.Equal(tree, again);
        Assert.Equal(tree.GetHashCode(), again.GetHashCode());
        Assert.Equal(tree.ParentIndexes.ToArray(), again.ParentIndexes.ToArray());
        Assert.Equal(tree.SubtreeEnd.ToArray(), again.SubtreeEnd.ToArray());
    }

    [Property(Arbitrary = [typeof(OrganizationsGenerators)])]
    public void RollUp_AgreesWithDictionaryWalk(ValidTreeRows rows, int seed)
    {
        var random = new Random(seed);
        var perRow = rows.Rows.ToDictionary(r => r.Id, _ => (long)random.Next(0, 1000));
        var parentOf = rows.Rows.ToDictionary(r => r.Id, r => r.ParentId);
        var naive = rows.Rows.ToDictionary(r => r.Id, _ => 0L);
        foreach (var (id, value) in perRow)
        {
            for (var at = id; at is not null; at = parentOf[at])
            {
                naive[at] += value;
            }
        }

        var tree = OrganizationTree.Build(rows.Rows);
        var values = tree.Ids.ToArray().Select(id => perRow[id]).ToArray();
        var totals = new long[tree.Count];
        tree.RollUp<long>(values, totals);
        var merged = values.Select(v => (decimal)v).ToArray();
        tree.RollUpInPlace<decimal>(merged, (parent, child) => parent + child);
        for (var i = 0; i < tree.Count; i++)
        {
            Assert.Equal(naive[tree[i].Id], totals[i]);
            Assert.Equal(totals[i], merged[i]);
        }
    }

    [Property(Arbitrary = [typeof(OrganizationsGenerators)])]
    public void Build_InvalidRows_NamesEveryInjectedProblem(InvalidTreeRows rows)
    {
        Assert.False(OrganizationTree.TryBuild(rows.Rows, OrganizationCatalog.Standard, out var tree, out var problems));
        Assert.Null(tree);
        foreach (var (kind, ids) in rows.Injected)
        {
            var named = kind switch
            {
                OrganizationTreeProblemKind.Cycle => problems.Any(p => p.Kind == kind && p.Ids.ToHashSet().SetEquals(ids)),
                OrganizationTreeProblemKind.SeveralRoots => problems.Any(p => p.Kind == kind && ids.All(p.Ids.Contains)),
                _ => problems.Any(p => p.Kind == kind && p.Ids.SequenceEqual(ids)),
            };
            Assert.True(named, $"{kind} [{string.Join(",", ids)}] not among: {string.Join(" | ", problems)}");
        }

        var error = Assert.Throws<OrganizationTreeException>(() => OrganizationTree.Build(rows.Rows));
        Assert.Equal(problems, error.Problems);
    }

    [Property(Arbitrary = [typeof(OrganizationTreePropertyTests)])]
    public void TryBuild_AnyRows_NeverThrowsAndExplainsFailure(OrganizationRow[] rows)
    {
        var built = OrganizationTree.TryBuild(rows, OrganizationCatalog.Standard, out var tree, out var problems);
        Assert.Equal(built, tree is not null);
        Assert.Equal(built, problems.Count == 0);
        if (tree is not null)
        {
            Assert.Equal(rows.Length, tree.Count);
        }
    }
}

using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PartyWork.Domain.Organizations;

namespace PartyWork.Domain.Benchmarks.Organizations;

/// <summary>
/// A national tree of 320,000 organizations (34 provinces, 3,321 communes, grassroots committees with five cells each):
/// building it, ancestor tests and descendant counts on the array tree against a plain dictionary-walking version.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class OrganizationTreeBenchmarks
{
    private const int Nodes = 320_000;
    private OrganizationRow[] _rows = [];
    private OrganizationTree _tree = null!;
    private Dictionary<string, string?> _parentById = [];
    private Dictionary<string, List<string>> _childrenById = [];
    private (string Ancestor, string Descendant)[] _pairs = [];
    private string[] _subtreeRoots = [];

    /// <summary>Builds the rows, the tree, the dictionaries and the query sets once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _rows = NationalRows(Nodes);
        _tree = OrganizationTree.Build(_rows);
        _parentById = _rows.ToDictionary(r => r.Id, r => r.ParentId, StringComparer.Ordinal);
        _childrenById = NaiveChildren(_rows);
        var random = new Random(20250701);
        _pairs = [.. Enumerable.Range(0, 10_000).Select(_ => (_rows[random.Next(_rows.Length)].Id, _rows[random.Next(_rows.Length)].Id))];
        _subtreeRoots = [.. Enumerable.Range(0, 200).Select(i => i < 4 ? $"T{i}" : _rows[random.Next(_rows.Length)].Id)];
    }

    /// <summary>Naive build: a parent dictionary and a children dictionary.</summary>
    /// <returns>The number of parents with children.</returns>
    [Benchmark(Baseline = true), BenchmarkCategory("Build")]
    public int BuildNaiveDictionaries() => NaiveChildren(_rows).Count;

    /// <summary>Array tree build with every check (roots, cycles, parents, duplicates, kinds, levels).</summary>
    /// <returns>The node count.</returns>
    [Benchmark, BenchmarkCategory("Build")]
    public int BuildOrganizationTree() => OrganizationTree.Build(_rows).Count;

    /// <summary>Naive ancestor test: walk parent ids up the dictionary.</summary>
    /// <returns>How many pairs are ancestor and descendant.</returns>
    [Benchmark(Baseline = true), BenchmarkCategory("Ancestor")]
    public int IsAncestorNaive()
    {
        var count = 0;
        foreach (var (ancestor, descendant) in _pairs)
        {
            for (var at = _parentById[descendant]; at is not null; at = _parentById[at])
            {
                if (at == ancestor)
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }

    /// <summary>Array tree ancestor test: two id look-ups and an O(1) range check.</summary>
    /// <returns>How many pairs are ancestor and descendant.</returns>
    [Benchmark, BenchmarkCategory("Ancestor")]
    public int IsAncestorTree()
    {
        var count = 0;
        foreach (var (ancestor, descendant) in _pairs)
        {
            count += _tree.IsAncestorOf(ancestor, descendant) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Naive descendant count: breadth-first over the children dictionary.</summary>
    /// <returns>The total number of descendants over the query nodes.</returns>
    [Benchmark(Baseline = true), BenchmarkCategory("Descendants")]
    public long DescendantsNaive()
    {
        long total = 0;
        var queue = new Queue<string>();
        foreach (var root in _subtreeRoots)
        {
            queue.Enqueue(root);
            while (queue.Count > 0)
            {
                if (_childrenById.TryGetValue(queue.Dequeue(), out var children))
                {
                    foreach (var child in children)
                    {
                        total++;
                        queue.Enqueue(child);
                    }
                }
            }
        }

        return total;
    }

    /// <summary>Array tree descendant count: one id look-up and the length of a slice.</summary>
    /// <returns>The total number of descendants over the query nodes.</returns>
    [Benchmark, BenchmarkCategory("Descendants")]
    public long DescendantsTree()
    {
        long total = 0;
        foreach (var root in _subtreeRoots)
        {
            total += _tree.GetDescendants(_tree.GetIndex(root)).Length;
        }

        return total;
    }

    private static Dictionary<string, List<string>> NaiveChildren(OrganizationRow[] rows)
    {
        var children = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.ParentId is { } parent)
            {
                if (!children.TryGetValue(parent, out var list))
                {
                    children[parent] = list = [];
                }

                list.Add(row.Id);
            }
        }

        return children;
    }

    private static OrganizationRow[] NationalRows(int count)
    {
        var rows = new List<OrganizationRow>(count) { new("TW", null, OrganizationKindIds.Central, "Trung ương") };
        for (var p = 0; p < 34; p++)
        {
            rows.Add(new($"T{p}", "TW", OrganizationKindIds.ProvincialCommittee, Name("Đảng bộ tỉnh", p)));
        }

        for (var c = 0; c < 3321; c++)
        {
            rows.Add(new($"X{c}", $"T{c % 34}", OrganizationKindIds.CommuneCommittee, Name("Đảng bộ xã", c)));
        }

        for (var g = 0; rows.Count < count; g++)
        {
            var id = $"G{g}";
            rows.Add(new(id, $"X{g % 3321}", OrganizationKindIds.GrassrootsCommittee, Name("Đảng bộ cơ sở", g)));
            for (var cell = 0; cell < 5 && rows.Count < count; cell++)
            {
                rows.Add(new($"{id}-C{cell}", id, OrganizationKindIds.Cell, Name("Chi bộ", cell)));
            }
        }

        return [.. rows];
    }

    private static string Name(string prefix, int number) => string.Create(CultureInfo.InvariantCulture, $"{prefix} {number}");
}

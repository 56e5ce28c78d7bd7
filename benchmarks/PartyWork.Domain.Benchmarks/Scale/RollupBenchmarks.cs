using BenchmarkDotNet.Attributes;
using PartyWork.Domain.Organizations;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Scale;

namespace PartyWork.Domain.Benchmarks.Scale;

/// <summary>
/// The national year-end roll-up: 5.5 million members in 260,000 cells, 52,000 grassroots organizations, 700
/// districts and 34 provinces (<see cref="ScaleDatasetOptions.National"/>); a tally for every organization. Compares
/// a plain LINQ GroupBy over member objects (baseline), the library (sequential and parallel) and a hand-tuned loop
/// over the same arrays without checks (the floor).
/// </summary>
[MemoryDiagnoser]
public class RollupBenchmarks
{
    private OrganizationTree _tree = null!;
    private byte[] _ratings = [];
    private int[] _cells = [];
    private Member[] _members = [];

    /// <summary>Gets or sets the number of partitions of the parallel run (1 and 2: this machine has two cores).</summary>
    [Params(1, 2)]
    public int Partitions { get; set; }

    /// <summary>Generates the national dataset and the member objects once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = ScaleDataset.Generate(ScaleDatasetOptions.National);
        _tree = data.Tree;
        _ratings = data.Ratings.ToArray();
        _cells = data.Cells.ToArray();
        var ids = _tree.Ids;
        _members = new Member[_ratings.Length];
        for (var i = 0; i < _members.Length; i++)
        {
            _members[i] = new Member(i, ids[_cells[i]], (RatingLevel)_ratings[i]);
        }
    }

    /// <summary>
    /// What an application developer writes: group member objects by cell id and level, then walk each cell's counts up
    /// the parent chain into a dictionary per organization.
    /// </summary>
    /// <returns>The national total.</returns>
    [Benchmark(Baseline = true)]
    public long LinqGroupBy()
    {
        var parents = _tree.ParentIndexes.ToArray();
        var ids = _tree.Ids.ToArray();
        var indexById = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var perCell = _members
            .GroupBy(m => m.CellId)
            .Select(g => (Cell: g.Key, Counts: g.GroupBy(m => m.Level).ToDictionary(x => x.Key, x => (long)x.Count())))
            .ToList();
        var totals = new Dictionary<string, Dictionary<RatingLevel, long>>(StringComparer.Ordinal);
        foreach (var (cell, counts) in perCell)
        {
            for (var node = indexById[cell]; node >= 0; node = parents[node])
            {
                if (!totals.TryGetValue(ids[node], out var total))
                {
                    totals[ids[node]] = total = [];
                }

                foreach (var (level, count) in counts)
                {
                    total[level] = total.GetValueOrDefault(level) + count;
                }
            }
        }

        return totals[ids[0]].Values.Sum();
    }

    /// <summary>The library, one core.</summary>
    /// <returns>The national total.</returns>
    [Benchmark]
    public long Library() => RatingRollup.Compute(_tree, _ratings, _cells).Total.Total;

    /// <summary>The library over <see cref="Partitions"/> member ranges.</summary>
    /// <returns>The national total.</returns>
    [Benchmark]
    public long LibraryParallel() => RatingRollup.ComputeParallel(_tree, _ratings, _cells, Partitions).Total.Total;

    /// <summary>The floor: the same two passes with no validation and no result object.</summary>
    /// <returns>The national total.</returns>
    [Benchmark]
    public long HandTunedLoop()
    {
        var counts = new long[_tree.Count * 4];
        var ratings = _ratings;
        var cells = _cells;
        for (var i = 0; i < ratings.Length; i++)
        {
            counts[(cells[i] * 4) + 4 - ratings[i]]++;
        }

        var parents = _tree.ParentIndexes;
        for (var i = parents.Length - 1; i > 0; i--)
        {
            int from = i * 4, to = parents[i] * 4;
            counts[to] += counts[from];
            counts[to + 1] += counts[from + 1];
            counts[to + 2] += counts[from + 2];
            counts[to + 3] += counts[from + 3];
        }

        return counts[0] + counts[1] + counts[2] + counts[3];
    }

    private sealed record Member(int Number, string CellId, RatingLevel Level);
}

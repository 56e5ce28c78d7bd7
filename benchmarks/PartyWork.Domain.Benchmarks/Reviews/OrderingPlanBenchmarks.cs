using BenchmarkDotNet.Attributes;
using PartyWork.Domain.Organizations;
using PartyWork.Domain.Reviews;

namespace PartyWork.Domain.Benchmarks.Reviews;

/// <summary>
/// Validating an ordering plan for a province of 301 organizations (10 districts, 10 grassroots committees each,
/// two cells each) with a collective, five members and a head per organization (2,107 subjects): the library's
/// validation against a plain pairwise LINQ check that walks parent ids.
/// </summary>
[MemoryDiagnoser]
public class OrderingPlanBenchmarks
{
    private OrganizationTree _tree = null!;
    private ReviewSubject[] _plan = [];
    private Dictionary<string, string?> _parentById = [];

    /// <summary>Builds the tree, the subjects and the plan once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var rows = new List<OrganizationRow> { new("T", null, OrganizationKindIds.ProvincialCommittee, "Tỉnh") };
        for (var d = 0; d < 10; d++)
        {
            rows.Add(new($"D{d}", "T", OrganizationKindIds.DistrictCommittee, $"Huyện {d}"));
            for (var g = 0; g < 10; g++)
            {
                rows.Add(new($"D{d}G{g}", $"D{d}", OrganizationKindIds.GrassrootsCommittee, $"Cơ sở {g}"));
                for (var c = 0; c < 2; c++)
                {
                    rows.Add(new($"D{d}G{g}C{c}", $"D{d}G{g}", OrganizationKindIds.Cell, $"Chi bộ {c}"));
                }
            }
        }

        _tree = OrganizationTree.Build(rows);
        _parentById = rows.ToDictionary(r => r.Id, r => r.ParentId, StringComparer.Ordinal);
        var subjects = rows.SelectMany(r => Enumerable.Range(0, 5).Select(m => ReviewSubject.Member(r.Id, $"m{m}"))
            .Append(ReviewSubject.Collective(r.Id))
            .Append(ReviewSubject.Head(r.Id, "h")));
        _plan = [.. ReviewOrder.Plan(_tree, "T", subjects, ReviewOrderPolicy.Default)];
    }

    /// <summary>Plain check: every pair of subjects against the rules, ancestors found by walking parent ids.</summary>
    /// <returns>The number of violations (0).</returns>
    [Benchmark(Baseline = true)]
    public int ValidateNaivePairs() =>
        Enumerable.Range(0, _plan.Length)
            .SelectMany(i => Enumerable.Range(i + 1, _plan.Length - i - 1).Select(j => (Earlier: _plan[i], Later: _plan[j])))
            .Count(p => MustPrecede(p.Later, p.Earlier));

    /// <summary>The library's validation.</summary>
    /// <returns>The number of violations (0).</returns>
    [Benchmark]
    public int ValidateReviewOrder() => ReviewOrder.Validate(_tree, "T", _plan, ReviewOrderPolicy.Default).Count;

    private bool MustPrecede(ReviewSubject first, ReviewSubject second)
    {
        if (first.OrganizationId == second.OrganizationId)
        {
            return (first.Kind == ReviewSubjectKind.Collective && second.Kind != ReviewSubjectKind.Collective)
                || (second.Kind == ReviewSubjectKind.Head && first.Kind != ReviewSubjectKind.Head);
        }

        if (first.Kind != ReviewSubjectKind.Collective || second.Kind != ReviewSubjectKind.Collective)
        {
            return false;
        }

        for (var at = _parentById[first.OrganizationId]; at is not null; at = _parentById[at])
        {
            if (at == second.OrganizationId)
            {
                return true;
            }
        }

        return false;
    }
}

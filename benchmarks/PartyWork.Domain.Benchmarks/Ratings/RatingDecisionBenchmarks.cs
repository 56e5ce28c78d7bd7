using System.Globalization;
using BenchmarkDotNet.Attributes;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Benchmarks.Ratings;

/// <summary>
/// One decision for an individual under 366-QĐ/TW with no violation: the library's allocation-free path against a
/// straightforward implementation that builds every cap with its messages and takes the minimum with LINQ.
/// </summary>
[MemoryDiagnoser]
public class RatingDecisionBenchmarks
{
    private RatingPolicy policy = null!;
    private RatingFacts facts = null!;

    /// <summary>Builds the policy and the facts once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        policy = RatingPolicies.ForReviewYear(2025);
        facts = new RatingFacts(RatingSubjectKind.Individual)
        {
            Score = 86.5m,
            Targets = new TargetFigures(12, 12, 12, 3),
            SelfRating = RatingLevel.Good,
            Proposed = RatingLevel.Good,
            CivilServiceRating = RatingLevel.Good,
        };
    }

    /// <summary>The straightforward version: every cap as an object with its messages, then LINQ.</summary>
    /// <returns>The highest level allowed.</returns>
    [Benchmark(Baseline = true)]
    public RatingLevel Straightforward()
    {
        var caps = new List<(string Rule, RatingLevel Max, string Vietnamese, string English)>();
        var score = facts.Score!.Value;
        var bands = policy.Bands!;
        foreach (var level in new[] { RatingLevel.Excellent, RatingLevel.Good, RatingLevel.Completed })
        {
            var from = bands.LowerBound(level);
            if (score < from)
            {
                caps.Add((bands.RuleId, level - 1, $"Điểm {score.ToString(CultureInfo.InvariantCulture)} thấp hơn {from}", $"Score {score} below {from}"));
            }
        }

        var targets = facts.Targets!.Value;
        var conditions = new[] { (policy.ExcellentTargets!, RatingLevel.Good), (policy.GoodTargets!, RatingLevel.Completed) };
        foreach (var (condition, max) in conditions)
        {
            if (!condition.IsMetBy(targets))
            {
                caps.Add((condition.RuleId, max, $"Chỉ tiêu {targets.Done}/{targets.Total}", $"Targets {targets.Done}/{targets.Total}"));
            }
        }

        if (facts.DegradationConcluded || policy.Discipline!.Counts(facts.Discipline))
        {
            caps.Add(("R366-OVERRIDE", RatingLevel.NotCompleted, "Không hoàn thành", "Not completed"));
        }

        return caps.Count == 0 ? RatingLevel.Excellent : caps.Min(c => c.Max);
    }

    /// <summary>The library: <see cref="RatingPolicy.Decide(RatingFacts)"/>.</summary>
    /// <returns>The highest level allowed.</returns>
    [Benchmark]
    public RatingLevel? Library() => policy.Decide(facts).HighestAllowed;
}

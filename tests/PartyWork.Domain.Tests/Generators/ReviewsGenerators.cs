using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PartyWork.Domain.Organizations;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Reviews;

namespace PartyWork.Domain.Tests.Generators;

/// <summary>A tree, a scope, subjects in scope (shuffled) and an order policy.</summary>
public sealed record PlanScenario(OrganizationTree Tree, string ScopeRootId, ReviewSubject[] Subjects, ReviewOrderPolicy Policy)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"scope {ScopeRootId} of {Tree.Count} nodes, {Policy.Levels}, bodies {Policy.BodiesBeforePartyOrganization}, "
        + $"collective {Policy.CollectiveBeforeMembers}, head {Policy.HeadAfterUnit}: {string.Join("; ", Subjects)}";
}

/// <summary>One random move: which kind, a level, a facts cap, an item pick, a time step and whether it targets another subject.</summary>
public sealed record MoveSpec(int Kind, RatingLevel Level, RatingLevel? LedUnit, int Item, int Seconds, bool OtherSubject, RemediationStatus Status);

/// <summary>A subject and a random sequence of moves to try on its review.</summary>
public sealed record MoveScenario(ReviewSubject Subject, int Year, MoveSpec[] Moves)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Subject} {Year}: " + string.Join(", ", Moves.Select(m => m.ToString()));
}

/// <summary>FsCheck generators for the Reviews area.</summary>
public static class ReviewsGenerators
{
    /// <summary>The number of move kinds <see cref="ToEvent"/> knows.</summary>
    public const int MoveKinds = 12;

    /// <summary>Random plan scenarios over trees of 1 to 30 nodes.</summary>
    public static Arbitrary<PlanScenario> PlanScenarios() => Arb.From(
        from rows in OrganizationsGenerators.ValidRowsGen(1, 30)
        from picks in Gen.Choose(0, 1 << 20).ArrayOf(200)
        from levels in Gen.Elements(LevelOrder.LowerFirst, LevelOrder.HigherFirst, LevelOrder.None)
        from flags in Gen.Choose(0, 7)
        select BuildPlanScenario(OrganizationTree.Build(rows), picks, new ReviewOrderPolicy
        {
            Levels = levels,
            BodiesBeforePartyOrganization = (flags & 1) == 0,
            CollectiveBeforeMembers = (flags & 2) == 0,
            HeadAfterUnit = (flags & 4) == 0,
        }));

    /// <summary>Random move sequences on one review.</summary>
    public static Arbitrary<MoveScenario> MoveScenarios() => Arb.From(
        from subject in Gen.Elements(
            ReviewSubject.Collective("D1"),
            ReviewSubject.Member("D1", "p1"),
            ReviewSubject.Head("D1", "p0"),
            ReviewSubject.Body("D1", "UBND"))
        from year in Gen.Elements(2018, 2021, 2024, 2025)
        from moves in MoveGen().ArrayOf().Select(a => a.Take(40).ToArray())
        select new MoveScenario(subject, year, moves));

    /// <summary>A move spec; kinds are biased towards the forward path so that reviews get far.</summary>
    public static Gen<MoveSpec> MoveGen() =>
        from kind in Gen.Choose(0, MoveKinds - 1)
        from level in Gen.Elements(RatingLevels.Descending.ToArray())
        from led in Gen.Elements<RatingLevel?>(null, RatingLevel.Excellent, RatingLevel.Good, RatingLevel.Completed, RatingLevel.NotCompleted)
        from item in Gen.Choose(0, 3)
        from seconds in Gen.Frequency((9, Gen.Choose(0, 86_400)), (1, Gen.Choose(-86_400, -1)))
        from other in Gen.Frequency((12, Gen.Constant(false)), (1, Gen.Constant(true)))
        from status in Gen.Elements(RemediationStatus.Open, RemediationStatus.InProgress, RemediationStatus.Done, RemediationStatus.Done)
        select new MoveSpec(kind, level, led, item, seconds, other, status);

    /// <summary>Turns a move spec into an event for <paramref name="subject"/> at <paramref name="at"/>.</summary>
    public static ReviewEvent ToEvent(MoveSpec spec, ReviewSubject subject, Instant at, string cycleId, RatingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var target = spec.OtherSubject ? ReviewSubject.Member("D9", "someone-else") : subject;
        var facts = spec.LedUnit is { } led ? new RatingFacts(subject.RatingKind) { LedUnitRating = led } : null;
        var day = new LocalDate(2025, 1, 1).PlusDays(spec.Item * 10);
        return spec.Kind switch
        {
            0 => new FeedbackOpened(target, at),
            1 => new FeedbackReceived(target, at, new FeedbackItem($"F{spec.Item}", (FeedbackSource)(1 + (spec.Item % 7)), day)),
            2 => new SelfAssessmentSubmitted(target, at, spec.Level),
            3 => new ConferenceHeld(target, at),
            4 => new RatingProposed(target, at, spec.Level, facts),
            5 => new RatingDecided(target, at, spec.Level, facts),
            6 => new ResultAnnounced(target, at),
            7 => new RemediationPlanned(target, at, new RemediationItem($"R{spec.Item}", "Chậm khắc phục hạn chế", "Phân công theo dõi", "p1", day)),
            8 => new RemediationStatusChanged(target, at, $"R{spec.Item}", spec.Status),
            9 => new ReviewClosed(target, at),
            10 => new DeadlineSet(target, at, (ReviewStage)(2 + (spec.Item % 8)), day),
            _ => new ReviewPlanned(target, at, cycleId, policy),
        };
    }

    private static PlanScenario BuildPlanScenario(OrganizationTree tree, int[] picks, ReviewOrderPolicy policy)
    {
        var p = 0;
        int Next() => picks[p++ % picks.Length];
        var root = Next() % tree.Count;
        var subjects = new List<ReviewSubject>();
        for (var i = root; i < tree.SubtreeEnd[root]; i++)
        {
            var id = tree.Ids[i];
            if (Next() % 4 != 0)
            {
                subjects.Add(ReviewSubject.Collective(id));
            }

            for (var b = Next() % 3; b > 0; b--)
            {
                subjects.Add(ReviewSubject.Body(id, $"B{b}"));
            }

            for (var m = Next() % 4; m > 0; m--)
            {
                subjects.Add(ReviewSubject.Member(id, $"M{m}"));
            }

            if (Next() % 2 == 0)
            {
                subjects.Add(ReviewSubject.Head(id, "H"));
            }
        }

        // Shuffle (Fisher–Yates) so the plan cannot rely on the input order.
        for (var i = subjects.Count - 1; i > 0; i--)
        {
            var j = Next() % (i + 1);
            (subjects[i], subjects[j]) = (subjects[j], subjects[i]);
        }

        return new PlanScenario(tree, tree.Ids[root], [.. subjects], policy);
    }
}

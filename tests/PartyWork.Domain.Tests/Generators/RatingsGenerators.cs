using FsCheck;
using FsCheck.Fluent;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Tests.Generators;

/// <summary>FsCheck generators for levels, tallies, facts, policies and quota candidates, shared by the Ratings tests.</summary>
public static class RatingsGenerators
{
    /// <summary>One of the four defined levels.</summary>
    /// <returns>The generator.</returns>
    public static Gen<RatingLevel> Level() =>
        Gen.Elements(RatingLevel.Excellent, RatingLevel.Good, RatingLevel.Completed, RatingLevel.NotCompleted);

    /// <summary>One of the four defined levels.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RatingLevel> Levels() => Arb.From(Level());

    /// <summary>A tally with counts from a cell to a national roll-up (up to about 2^40 each).</summary>
    /// <returns>The generator.</returns>
    public static Gen<RatingTally> Tally() =>
        from e in Count()
        from g in Count()
        from c in Count()
        from k in Count()
        select RatingTally.FromCounts(e, g, c, k);

    /// <summary>Tallies.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RatingTally> Tallies() => Arb.From(Tally());

    /// <summary>Tallies with at least one subject.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RatingTally> NonEmptyTallies() => Arb.From(Tally().Where(t => t.Total > 0));

    /// <summary>Scores from 0 to 100 with up to two decimals, band thresholds and their neighbours often.</summary>
    /// <returns>The generator.</returns>
    public static Gen<decimal> Score() =>
        Gen.Frequency(
            (1, Gen.Elements(0m, 49.99m, 50m, 69.99m, 70m, 89.99m, 90m, 100m)),
            (4, Gen.Choose(0, 10_000).Select(x => x / 100m)));

    /// <summary>Scores.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<decimal> Scores() => Arb.From(Score());

    /// <summary>Valid band thresholds 0 &lt; completed &lt; good &lt; excellent ≤ 100, on a 0,5-point grid.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ScoreBands> Bands()
    {
        var gen =
            from c in Gen.Choose(1, 197)
            from g in Gen.Choose(c + 1, 198)
            from e in Gen.Choose(g + 1, 200)
            select new ScoreBands(e / 2m, g / 2m, c / 2m);
        return Arb.From(gen);
    }

    /// <summary>Target figures with their parts consistent; a third of them carry main targets.</summary>
    /// <returns>The generator.</returns>
    public static Gen<TargetFigures> Targets() =>
        from total in Gen.Choose(0, 20)
        from done in Gen.Choose(0, total)
        from onTime in Gen.Choose(0, done)
        from exceeded in Gen.Choose(0, done)
        from withMain in Gen.Elements(false, false, true)
        from mainTotal in Gen.Choose(0, total)
        from mainDone in Gen.Choose(Math.Max(0, done - (total - mainTotal)), Math.Min(mainTotal, done))
        select withMain
            ? new TargetFigures(total, done, onTime, exceeded, mainTotal, mainDone)
            : new TargetFigures(total, done, onTime, exceeded);

    /// <summary>
    /// Facts of any kind of subject, each fact present or not: discipline records with their flags, exemptions
    /// (suspension, months since admission) and score sheets (valid on the 366 frame, out of range, or on a 150-point set).
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RatingFacts> Facts()
    {
        var grade = Gen.Elements(CriterionGrade.Excellent, CriterionGrade.Good, CriterionGrade.Average, CriterionGrade.Poor);
        var core =
            from kind in Gen.Elements(RatingSubjectKind.Individual, RatingSubjectKind.Leader, RatingSubjectKind.LeadershipCollective, RatingSubjectKind.PartyOrganization)
            from proposed in Optional(Level())
            from score in Optional(Score())
            from targets in Optional(Targets())
            from led in Optional(Targets())
            from task in Optional(grade)
            from other in Optional(grade)
            from discipline in DisciplineRecords()
            from memberDiscipline in Gen.Elements(Discipline.None, Discipline.None, Discipline.Warning)
            select new RatingFacts(kind)
            {
                Proposed = proposed,
                Score = score,
                Targets = targets,
                LedUnitTargets = led,
                TaskResultGrade = task,
                LowestOtherGrade = other,
                Discipline = discipline,
                LeadershipMemberDiscipline = memberDiscipline,
            };
        var gen =
            from facts in core
            from subUnits in Optional(SmallTally())
            from disciplinedSubUnits in Gen.Elements(0L, 0L, 1L, 3L)
            from ledRating in Optional(Level())
            from civil in Optional(Level())
            from low in Optional(Gen.Choose(0, 100).Select(x => (decimal)x))
            from degradation in Gen.Elements(false, false, false, true)
            from suspended in Gen.Elements(false, false, false, false, true)
            from months in Gen.Frequency((3, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 24).Select(m => (int?)m)))
            from sheet in Gen.Frequency((2, Gen.Constant<ScoreSheet?>(null)), (1, Sheets().Select(s => (ScoreSheet?)s)))
            from handled in Gen.Elements(0L, 0L, 0L, 1L)
            from corruption in Gen.Elements(0L, 0L, 0L, 2L)
            select facts with
            {
                SubUnits = subUnits,
                DisciplinedSubUnits = disciplinedSubUnits,
                LedUnitRating = ledRating,
                CivilServiceRating = civil,
                LowConfidencePercent = low,
                DegradationConcluded = degradation,
                IsSuspended = suspended,
                MonthsSinceAdmission = months,
                ScoreSheet = sheet,
                SubUnitsHandledForViolations = handled,
                SubUnitsDisciplinedForCorruptionOrWaste = corruption,
            };
        return Arb.From(gen);
    }

    /// <summary>Discipline records: none often, otherwise any form (even none) with each flag set or not.</summary>
    /// <returns>The generator.</returns>
    public static Gen<DisciplineRecord> DisciplineRecords() =>
        Gen.Frequency(
            (2, Gen.Constant(DisciplineRecord.None)),
            (3,
                from form in Gen.Elements(Discipline.None, Discipline.Reprimand, Discipline.Warning, Discipline.Dismissal, Discipline.Expulsion)
                from notDuty in Gen.Elements(false, false, true)
                from selfDetected in Gen.Elements(false, false, true)
                from counted in Gen.Elements(false, false, true)
                select new DisciplineRecord(form, notDuty, selfDetected, counted)));

    /// <summary>
    /// Score sheets: on the 366 frame with common points 0–40 and task points 0–80 (so some exceed the 30 / 70 maxima)
    /// and an optional deduction from the task results, or on an agency's 150-point set (never usable with the bands).
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<ScoreSheet> Sheets()
    {
        var frame =
            from common in Gen.Frequency((4, Gen.Choose(0, 3_000)), (1, Gen.Choose(3_001, 4_000)))
            from task in Gen.Frequency((4, Gen.Choose(0, 7_000)), (1, Gen.Choose(7_001, 8_000)))
            from deduction in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 500)))
            let sheet = ScoreSheet.For(CriteriaSets.Regulation366)
                .WithPoints(CriteriaSets.CommonCode, common / 100m)
                .WithPoints(CriteriaSets.TaskResultsCode, task / 100m)
            select deduction == 0 ? sheet : sheet.WithDeduction(CriteriaSets.TaskResultsCode, deduction / 100m, "Chậm tiến độ");
        var agency =
            from a in Gen.Choose(0, 50)
            from b in Gen.Choose(0, 100)
            select ScoreSheet.For(AgencySet).WithPoints("A", a).WithPoints("B", b);
        return Gen.Frequency((4, frame), (1, agency));
    }

    /// <summary>One of the built-in policies.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RatingPolicy> Policies() => Arb.From(Gen.Elements(RatingPolicies.All.ToArray()));

    /// <summary>A group of quota candidates in descending score order, with ties.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<QuotaCandidate[]> CandidateGroups()
    {
        var candidate =
            from score in Gen.Choose(40, 100)
            from level in Gen.Frequency((3, Gen.Constant(RatingLevel.Excellent)), (5, Gen.Constant(RatingLevel.Good)), (1, Level()))
            select (score, level);
        var gen = candidate.ListOf().Select(list => list
            .OrderByDescending(c => c.score)
            .Select((c, i) => new QuotaCandidate($"c{i}", c.score, c.level))
            .ToArray());
        return Arb.From(gen);
    }

    /// <summary>Quota percentages, 0 to 100 with up to two decimals, 20 often.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<decimal> QuotaPercents() =>
        Arb.From(Gen.Frequency(
            (2, Gen.Elements(20m, 20.0m, 20.00m)),
            (3, from x in Gen.Choose(0, 10_000)
                from scale in Gen.Elements(2, 2, 3)
                select new decimal(x, 0, 0, false, (byte)scale))));

    /// <summary>Quota percentages as whole hundredths of a percent (0 to 10 000; 2 000 = 20% often), for integer oracles.</summary>
    /// <returns>The generator.</returns>
    public static Gen<int> QuotaPercentHundredths() =>
        Gen.Frequency((2, Gen.Constant(2_000)), (1, Gen.Elements(0, 10_000, 1_000, 2_500)), (3, Gen.Choose(0, 10_000)));

    private static readonly CriteriaSet AgencySet = new(
        "Bộ tiêu chí 150 điểm của cơ quan",
        [new Criterion("A", "Tiêu chí chung", 50m), new Criterion("B", "Kết quả nhiệm vụ", 100m)],
        "AGENCY-150");

    private static Gen<long> Count() =>
        Gen.Frequency(
            (2, Gen.Choose(0, 50).Select(x => (long)x)),
            (2, Gen.Choose(0, 5_500_000).Select(x => (long)x)),
            (1, from hi in Gen.Choose(0, 1 << 9) from lo in Gen.Choose(0, int.MaxValue) select ((long)hi << 31) | (long)lo));

    private static Gen<RatingTally> SmallTally() =>
        from e in Gen.Choose(0, 10)
        from g in Gen.Choose(0, 10)
        from c in Gen.Choose(0, 5)
        from k in Gen.Choose(0, 5)
        select RatingTally.FromCounts(e, g, c, k);

    private static Gen<T?> Optional<T>(Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(x => (T?)x)));
}

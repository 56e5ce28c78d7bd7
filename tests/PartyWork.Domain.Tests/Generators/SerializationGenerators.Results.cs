using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Reviews;
using PartyWork.Domain.Text;

namespace PartyWork.Domain.Tests.Generators;

/// <content>
/// Generators of the rating inputs and results (criteria, score sheets, decisions, histories, quota solutions,
/// rankings, legacy mappings), the review results (deadlines, findings, feedback counts) and parsed numbers.
/// </content>
public static partial class SerializationGenerators
{
    private static readonly string[] CriterionNames = ["Tiêu chí chung", "Kết quả \"nhiệm vụ\"", "a\\b", "Đoàn kết, thống nhất"];

    /// <summary>
    /// A criterion with the given code: a leaf with a maximum of any scale, or (down to <paramref name="depth"/> levels)
    /// one with one to three sub-criteria coded <c>code.1</c>, <c>code.2</c>… whose maxima add up to its own.
    /// </summary>
    /// <param name="code">The code.</param>
    /// <param name="depth">How many levels of sub-criteria it may have.</param>
    /// <returns>The generator.</returns>
    public static Gen<Criterion> CriterionTree(string code, int depth)
    {
        var leaf =
            from name in Gen.Elements(CriterionNames)
            from units in Gen.Choose(1, 4_000)
            from scale in Gen.Choose(0, 2)
            select new Criterion(code, name, Scaled(units, scale));
        if (depth <= 0)
        {
            return leaf;
        }

        var parent =
            from count in Gen.Choose(1, 3)
            from subs in Gen.CollectToArray(Enumerable.Range(1, count).Select(i => CriterionTree($"{code}.{i}", depth - 1)))
            from name in Gen.Elements(CriterionNames)
            select new Criterion(code, name, subs.Sum(s => s.MaxPoints), subs);
        return Gen.Frequency((2, leaf), (1, parent));
    }

    /// <summary>Criteria with sub-criteria up to two levels deep.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Criterion> Criteria() => Arb.From(CriterionTree("2", 2));

    /// <summary>Criteria sets: the 366 frame, and agencies' sets of one to four criteria with sub-criteria, under their own rule id.</summary>
    /// <returns>The generator.</returns>
    public static Gen<CriteriaSet> Set()
    {
        var agency =
            from count in Gen.Choose(1, 4)
            from criteria in Gen.CollectToArray(Enumerable.Range(1, count).Select(i => CriterionTree(i.ToString(CultureInfo.InvariantCulture), 2)))
            from name in Gen.Elements("Bộ tiêu chí của Đảng ủy khối", "Set \"B\"")
            from ruleId in Gen.Elements("R366-SCALE", "AGENCY-150", "QĐ-12/TU")
            select new CriteriaSet(name, criteria, ruleId);
        return Gen.Frequency((1, Gen.Constant(PartyWork.Domain.Ratings.CriteriaSets.Regulation366)), (3, agency));
    }

    /// <summary>Criteria sets.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CriteriaSet> Sets() => Arb.From(Set());

    /// <summary>Deductions: known and unknown codes, negative and fractional points, awkward reasons.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ScoreDeduction> Deduction() =>
        from code in Gen.Elements("1", "2", "2.1", "9", string.Empty)
        from units in Gen.Choose(-200, 2_000)
        from scale in Gen.Choose(0, 3)
        from reason in Gen.Elements("Chậm tiến độ", string.Empty, "\"quoted\"", "a\\b")
        select new ScoreDeduction(code, Scaled(units, scale), reason);

    /// <summary>Deductions.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ScoreDeduction> Deductions() => Arb.From(Deduction());

    /// <summary>
    /// Score sheets on those sets, valid or not: points for leaves, parents and unknown codes (some negative, some above
    /// the maximum, of any scale), and a few deductions.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<ScoreSheet> Sheet() =>
        from set in Set()
        let codes = Codes(set.Criteria).Append("unknown").ToArray()
        from points in (from code in Gen.Elements(codes)
                        from units in Gen.Frequency((1, Gen.Choose(-500, -1)), (8, Gen.Choose(0, 4_000)))
                        from scale in Gen.Choose(0, 2)
                        select (code, value: Scaled(units, scale))).ListOf().Select(l => l.Take(8).ToArray())
        from deductions in Deduction().ListOf().Select(l => l.Take(3).ToArray())
        select deductions.Aggregate(
            points.Aggregate(ScoreSheet.For(set), (sheet, p) => sheet.WithPoints(p.code, p.value)),
            (sheet, d) => sheet.WithDeduction(d.Code, d.Points, d.Reason));

    /// <summary>Score sheets: these and those of <see cref="RatingsGenerators.Sheets"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ScoreSheet> Sheets() => Arb.From(Gen.OneOf(Sheet(), RatingsGenerators.Sheets()));

    /// <summary>Target figures, with and without main targets.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TargetFigures> TargetFigureValues() => Arb.From(RatingsGenerators.Targets());

    /// <summary>Discipline records.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DisciplineRecord> DisciplineRecords() => Arb.From(RatingsGenerators.DisciplineRecords());

    /// <summary>Decisions of the built-in policies over <see cref="Facts"/> (score sheets included).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RatingDecision> Decisions() => Arb.From(
        from policy in RatingsGenerators.Policies().Generator
        from facts in Facts().Generator
        select policy.Decide(facts));

    /// <summary>Year ratings from 1930 to 9999.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<YearRating> YearRatings() => Arb.From(
        from year in Gen.Frequency((3, Gen.Choose(2000, 2030)), (1, Gen.Elements(1930, 9999)), (1, Gen.Choose(1930, 9999)))
        from level in RatingsGenerators.Level()
        select new YearRating(year, level));

    /// <summary>Histories made of runs of one level (so that two-K and five-excellent runs are common), with gaps.</summary>
    /// <returns>The generator of a history and its first year.</returns>
    public static Gen<(RatingHistory History, int First)> History() =>
        from first in Gen.Choose(1990, 2020)
        from runs in (from level in Gen.Elements<RatingLevel?>(null, RatingLevel.Excellent, RatingLevel.Good, RatingLevel.Completed, RatingLevel.NotCompleted)
                      from length in Gen.Choose(1, 6)
                      select (level, length)).ListOf().Select(l => l.Take(6).ToArray())
        let levels = runs.SelectMany(r => Enumerable.Repeat(r.level, r.length)).ToArray()
        select (new RatingHistory(levels
            .Select((level, i) => (level, year: first + i))
            .Where(x => x.level is not null)
            .Select(x => new YearRating(x.year, x.level!.Value))), first);

    /// <summary>Term ratings that histories give over terms of one to seven years, under R89-TERM and a stricter rule.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TermRatingResult> TermRatings() => Arb.From(
        from generated in History()
        from offset in Gen.Choose(-2, 20)
        from length in Gen.Choose(0, 6)
        from strict in Gen.Elements(false, true)
        let rule = strict ? TermRatingRule.Regulation89 with { RuleId = "R-TERM-AGENCY", GoodYears = 5 } : null
        select generated.History.TermRating(generated.First + offset, generated.First + offset + length, rule));

    /// <summary>Flags that histories raise, for any roles.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<HistoryFlag> HistoryFlags() => Arb.From(
        (from generated in History()
         from offset in Gen.Choose(0, 36)
         from roles in Gen.Choose(0, (int)HistoryRoles.All)
         from appointed in Gen.Elements<int?>(null, generated.First, generated.First + 3)
         select generated.History.Flags(generated.First + offset, (HistoryRoles)roles, appointed))
        .Where(flags => flags.Count > 0)
        .SelectMany(flags => Gen.Elements(flags.ToArray())));

    /// <summary>Quota rules under their rule ids, with any percentage of up to two decimals.</summary>
    /// <returns>The generator.</returns>
    public static Gen<QuotaRule> Quota() =>
        from id in Gen.Elements("R124-QUOTA", "R366-QUOTA", "R21-QUOTA-MEMBER", "R335-QUOTA")
        from percent in RatingsGenerators.QuotaPercents().Generator
        select new QuotaRule(id) { MaxExcellentPercentOfGood = percent };

    /// <summary>Quota rules.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<QuotaRule> Quotas() => Arb.From(Quota());

    /// <summary>Solutions <see cref="PartyWork.Domain.Ratings.QuotaRule.Solve"/> gives for candidate groups, with and without the exception.</summary>
    /// <returns>The generator.</returns>
    public static Gen<QuotaSolution> Solution() =>
        from rule in Quota()
        from candidates in RatingsGenerators.CandidateGroups().Generator
        from exception in Gen.Elements(false, false, true)
        select rule.Solve(candidates, exception);

    /// <summary>Quota solutions.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<QuotaSolution> Solutions() => Arb.From(Solution());

    /// <summary>Assignments of quota solutions.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<QuotaAssignment> QuotaAssignments() => Arb.From(
        Solution().Where(s => s.Assignments.Count > 0).SelectMany(s => Gen.Elements(s.Assignments.ToArray())));

    /// <summary>Quota candidates with awkward ids and scores of any scale and sign.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<QuotaCandidate> QuotaCandidates() => Arb.From(
        from id in Gen.Elements("c0", "Đảng viên \"A\"", "a\\b")
        from units in Gen.Choose(-10_000, 100_000)
        from scale in Gen.Choose(0, 3)
        from level in RatingsGenerators.Level()
        select new QuotaCandidate(id, Scaled(units, scale), level));

    /// <summary>Rankings of quota groups by a score of any scale, competition or dense, best first.</summary>
    /// <returns>The arbitrary of whole rankings.</returns>
    public static Arbitrary<IReadOnlyList<RankedItem<QuotaGroup>>> Rankings() => Arb.From(
        from groups in Group().ListOf().Select(l => l.Take(12).ToArray())
        from scores in Gen.Choose(0, 20).Select(x => x / 4m).ArrayOf(12)
        from method in Gen.Elements(RankingMethod.Competition, RankingMethod.Dense)
        select (IReadOnlyList<RankedItem<QuotaGroup>>)Ranking.Rank(Enumerable.Range(0, groups.Length).ToArray(), i => scores[i], method)
            .Select(r => new RankedItem<QuotaGroup>(groups[r.Item], r.Score, r.Rank, r.IsTied))
            .ToArray());

    /// <summary>The mapping of every legacy label.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LegacyMapping> LegacyMappings() =>
        Arb.From(Gen.Elements(Enum.GetValues<LegacyRatingLevel>()).Select(level => level.ToCurrent()));

    /// <summary>Deadlines of reviews that set them, and deadlines of any subject, stage with a deadline and day.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ReviewDeadline> Deadlines()
    {
        var real = Reviews().Generator.Where(r => r.Review.Deadlines.Count > 0).SelectMany(r => Gen.Elements(r.Review.Deadlines.ToArray()));
        var made =
            from subject in Subject()
            from stage in Gen.Elements(Enum.GetValues<ReviewStage>().Where(s => s != ReviewStage.Planned).ToArray())
            from due in TermsGenerators.DatesFrom1930()
            select new ReviewDeadline(subject, stage, due);
        return Arb.From(Gen.Frequency((1, real), (2, made)));
    }

    /// <summary>Findings of the overdue follow-up over generated reviews, and made-up ones.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RemediationFinding> Findings()
    {
        var real = Reviews().Generator
            .Select(r => RemediationFollowUp.OverdueItems([r.Review], new LocalDate(2100, 1, 1)))
            .Where(f => f.Count > 0)
            .SelectMany(f => Gen.Elements(f.ToArray()));
        var made =
            from subject in Subject()
            from cycle in Gen.Elements("C-2025", "Kiểm điểm \"2024\"")
            from item in RemediationItems().Generator
            select new RemediationFinding(subject, cycle, item);
        return Arb.From(Gen.Frequency((1, real), (2, made)));
    }

    /// <summary>Counts of feedback items from every source.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<FeedbackCounts> FeedbackCountsOf() => Arb.From(
        FeedbackItems().Generator.ListOf().Select(items => FeedbackCounts.Of(items)));

    /// <summary>Numbers read from text in either notation (grouped or not, with up to four decimals), ambiguous or not.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ParsedNumber> ParsedNumbers() => Arb.From(
        from whole in Gen.Frequency((2, Gen.Choose(0, 999)), (3, Gen.Choose(1_000, 99_999_999)))
        from grouping in Gen.Elements(".", ",", string.Empty)
        from decimals in Gen.Choose(0, 4)
        from fraction in Gen.Choose(0, 9_999)
        from mark in Gen.Elements(",", ".")
        let text = Grouped(whole, grouping) + (decimals == 0 ? string.Empty : mark + fraction.ToString("D4", CultureInfo.InvariantCulture)[..decimals])
        let read = Read(text)
        where read is not null
        select read!.Value);

    private static ParsedNumber? Read(string text) => VietnameseNumber.TryRead(text, out var number) ? number : null;

    private static IEnumerable<string> Codes(IEnumerable<Criterion> criteria) =>
        criteria.SelectMany(c => Codes(c.SubCriteria).Prepend(c.Code));

    private static string Grouped(int whole, string separator)
    {
        var digits = whole.ToString(CultureInfo.InvariantCulture);
        if (separator.Length == 0)
        {
            return digits;
        }

        var groups = new List<string>();
        for (var end = digits.Length; end > 0; end -= 3)
        {
            groups.Insert(0, digits[Math.Max(0, end - 3)..end]);
        }

        return string.Join(separator, groups);
    }
}

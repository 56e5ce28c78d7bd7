using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PartyWork.Domain.Organizations;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Ratios;
using PartyWork.Domain.Terms;

namespace PartyWork.Domain.Tests.Generators;

/// <summary>
/// FsCheck generators for the JSON tests: every type with a JSON contract, built from the other areas' generators and,
/// for results, by the library's own checks (so the values are the ones real callers serialize); and garbage JSON.
/// </summary>
public static class SerializationGenerators
{
    private static readonly string[] FigureNames = ["excellentPercentOfGood", "score", "total", "tỷ lệ", "\"quoted\"", "a\\b", "\n"];

    /// <summary>Text positions anywhere in a long report.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TextPosition> Positions() => Arb.From(
        from line in Gen.Choose(1, 100_000)
        from column in Gen.Choose(1, 5_000)
        from offset in Gen.Choose(0, int.MaxValue / 2)
        from length in Gen.Choose(0, 10_000)
        select new TextPosition(line, column, offset, length));

    /// <summary>Claim check options with any subset of rounding modes, in any order, and either flag.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ClaimCheckOptions> ClaimOptions() => Arb.From(
        from roundings in Gen.Elements(Enum.GetValues<MidpointRounding>()).ListOf()
        from truncation in Gen.Elements(false, true)
        from remainder in Gen.Elements(false, true)
        select new ClaimCheckOptions { AcceptedRoundings = roundings, AcceptTruncation = truncation, AcceptLargestRemainder = remainder });

    /// <summary>Percent checks made by <see cref="ClaimVerifier.CheckPercent(long, long, decimal, ClaimCheckOptions?)"/>: right, truncated and wrong figures at 0–4 decimals.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PercentClaimCheck> PercentChecks() => Arb.From(
        from pair in RatiosGenerators.PartOfWhole().Generator
        from decimals in Gen.Choose(0, 4)
        from rounding in Gen.Elements(MidpointRounding.AwayFromZero, MidpointRounding.ToZero, MidpointRounding.ToEven)
        from shift in Gen.Elements(0m, 0m, 0m, 1m, -1m)
        let printed = Math.Max(0m, Percent.Of(pair.Part, pair.Whole, decimals, rounding) + (shift / Pow10(decimals)))
        select ClaimVerifier.CheckPercent(pair.Part, pair.Whole, printed));

    /// <summary>Sum checks made by <see cref="ClaimVerifier.CheckSum"/>, consistent or not.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SumClaimCheck> SumChecks() => Arb.From(
        from parts in Gen.Choose(0, 5_000).Select(x => (long)x).ArrayOf()
        from drift in Gen.Elements(0L, 0L, 1L, -1L, 7L)
        let sum = parts.Sum()
        select ClaimVerifier.CheckSum(Math.Max(sum + drift, 1), parts));

    /// <summary>Claims found by the report scanner in report-like text.</summary>
    /// <returns>The arbitrary of claim lists (often non-empty).</returns>
    public static Arbitrary<IReadOnlyList<ReportClaim>> ScannedClaims() =>
        Arb.From(ScannerGenerators.ReportishText().Generator.Select(text => ReportScanner.Scan(text)));

    /// <summary>Terms of the default Central Committee catalog.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CentralCommitteeTerm> CentralCommitteeTerms() =>
        Arb.From(Gen.Elements(CentralCommitteeCatalog.Default.Terms.ToArray()));

    /// <summary>Document references with and without a date.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DocumentReference> DocumentReferences() => Arb.From(
        from symbol in TermsGenerators.Symbols().Generator
        from date in Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (3, TermsGenerators.DatesFrom1930().Select(d => (LocalDate?)d)))
        select new DocumentReference(symbol, date));

    /// <summary>Figures with awkward names (quotes, backslashes, Vietnamese) and decimals of any scale and sign.</summary>
    /// <returns>The generator.</returns>
    public static Gen<RatingFigure> Figure() =>
        from name in Gen.Elements(FigureNames)
        from units in Gen.Choose(-1_000_000, 1_000_000)
        from scale in Gen.Choose(0, 6)
        select new RatingFigure(name, units / Pow10(scale));

    /// <summary>Figures.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RatingFigure> Figures() => Arb.From(Figure());

    /// <summary>Decisions of the built-in policies over any facts (their violations and caps are what rules really return).</summary>
    /// <returns>The generator.</returns>
    public static Gen<RatingDecision> Decision() =>
        from policy in RatingsGenerators.Policies().Generator
        from facts in RatingsGenerators.Facts().Generator
        select policy.Decide(facts);

    /// <summary>Rule violations: the real ones of decisions, and made-up ones with awkward text.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RuleViolation> Violations()
    {
        var real = Decision().Where(d => d.Violations.Count > 0).SelectMany(d => Gen.Elements(d.Violations.ToArray()));
        var made = from id in Gen.Elements("R124-QUOTA", "R132-X", "")
                   from vietnamese in TextGenerators.VietnameseishText().Generator
                   from english in Gen.Elements("over the quota", "ends with a backslash \\", "\u0001 control")
                   from figures in Figure().ListOf()
                   select new RuleViolation(id, vietnamese, english, figures.ToArray());
        return Arb.From(Gen.OneOf(real, made));
    }

    /// <summary>Caps that decisions explain.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RatingCap> Caps()
    {
        var real = Decision().Select(d => d.ExplainCaps()).Where(caps => caps.Count > 0).SelectMany(caps => Gen.Elements(caps.ToArray()));
        var made = from level in RatingsGenerators.Level()
                   from figures in Figure().ListOf()
                   select new RatingCap("R-CAP", level, "Không quá mức hoàn thành nhiệm vụ", "At most completed", figures.ToArray());
        return Arb.From(Gen.OneOf(real, made));
    }

    /// <summary>Shares of a tally's distribution at 0–4 decimals.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RatingShare> Shares() => Arb.From(
        from tally in RatingsGenerators.NonEmptyTallies().Generator
        from decimals in Gen.Choose(0, 4)
        from index in Gen.Choose(0, 3)
        select tally.Distribution(decimals)[index]);

    /// <summary>Quota groups with Vietnamese names.</summary>
    /// <returns>The generator.</returns>
    public static Gen<QuotaGroup> Group() =>
        from name in Gen.Elements("Chi bộ 1", "Đảng bộ xã Tân Hòa", "Chi bộ \"Khu 3\"")
        from tally in RatingsGenerators.Tally()
        from outstanding in Gen.Elements(false, false, true)
        select new QuotaGroup(name, tally, outstanding);

    /// <summary>Quota groups.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<QuotaGroup> Groups() => Arb.From(Group());

    /// <summary>Excesses found by <see cref="QuotaRule.Check"/> in groups that break the quota.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<QuotaExcess> Excesses() => Arb.From(
        from good in Gen.Choose(0, 500)
        from extra in Gen.Choose(1, 200)
        from completed in Gen.Choose(0, 50)
        let rule = QuotaRule.Decree335
        let tally = RatingTally.FromCounts(rule.MaxExcellent(good) + extra, good, completed, 0)
        let excesses = rule.Check([new QuotaGroup("Chi bộ 2", tally)])
        where excesses.Count > 0
        select excesses[0]);

    /// <summary>Validity periods: closed and open-ended, from 1930 on, and <see cref="ValidityPeriod.Always"/> (first day in year -9998).</summary>
    /// <returns>The generator.</returns>
    public static Gen<ValidityPeriod> Validity() => Gen.Frequency(
        (1, Gen.Constant(ValidityPeriod.Always)),
        (2, TermsGenerators.DatesFrom1930().Select(start => new ValidityPeriod(start))),
        (5, from start in TermsGenerators.DatesFrom1930()
            from days in Gen.Choose(0, 4_000)
            select new ValidityPeriod(start, start.PlusDays(days))));

    /// <summary>Validity periods.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ValidityPeriod> ValidityPeriods() => Arb.From(Validity());

    /// <summary>Rows of valid trees (roots included), with Vietnamese names and any validity.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OrganizationRow> OrganizationRows() => Arb.From(
        from rows in OrganizationsGenerators.ValidRowsGen(1, 6)
        from row in Gen.Elements(rows)
        from validity in Validity()
        from name in Gen.Elements(row.Name, "Đảng bộ xã Tân Hòa", "Chi bộ \"Khu 3\"")
        select new OrganizationRow(row.Id, row.ParentId, row.KindId, name, validity));

    /// <summary>Tenures of random histories.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Tenure> Tenures() => Arb.From(
        OrganizationsGenerators.TenureScenarios().Generator.Where(s => s.Tenures.Length > 0).SelectMany(s => Gen.Elements(s.Tenures)));

    /// <summary>Cell memberships of random histories.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CellMembership> Memberships() => Arb.From(
        OrganizationsGenerators.MembershipScenarios().Generator.Where(s => s.Memberships.Length > 0).SelectMany(s => Gen.Elements(s.Memberships)));

    /// <summary>Violations that <see cref="TenureHistory.FindConflicts"/> and <see cref="MembershipHistory.FindOverlaps"/> really report.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OrganizationViolation> OrganizationViolations()
    {
        var tenures = OrganizationsGenerators.TenureScenarios().Generator.Select(s => new TenureHistory(s.Tenures).FindConflicts());
        var memberships = OrganizationsGenerators.MembershipScenarios().Generator.Select(s => new MembershipHistory(s.Memberships).FindOverlaps());
        return Arb.From(Gen.OneOf(tenures, memberships).Where(v => v.Count > 0).SelectMany(v => Gen.Elements(v.ToArray())));
    }

    /// <summary>Problems that <see cref="OrganizationTree.TryBuild"/> really reports for invalid rows.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OrganizationTreeProblem> TreeProblems() => Arb.From(
        OrganizationsGenerators.InvalidTrees().Generator
            .Select(invalid => OrganizationTree.TryBuild(invalid.Rows, OrganizationCatalog.Standard, out _, out var problems) ? [] : problems)
            .Where(problems => problems.Count > 0)
            .SelectMany(problems => Gen.Elements(problems.ToArray())));

    /// <summary>
    /// Garbage: random text, and JSON that is well formed but wrong — wrong token types, missing and misspelled
    /// properties, numbers out of range, dates that do not exist, nesting of the wrong kind.
    /// </summary>
    /// <returns>The arbitrary of JSON texts.</returns>
    public static Arbitrary<string> GarbageJson()
    {
        var scalar = Gen.Elements(
            "null", "true", "false", "0", "-1", "1", "1.5", "1e400", "-9223372036854775809", "9223372036854775808",
            "79228162514264337593543950336", "2147483648", "\"\"", "\"493/502\"", "\"502/493\"", "\"0/0\"", "\"-1/2\"", "\"x\"",
            "\"05-CT/TW\"", "\"0-CT/TW\"", "\"XII\"", "\"XV\"", "\"Excellent\"", "\"excellent\"", "\"4\"", "\"2024-02-30\"",
            "\"2024-07-01\"", "\"0999-01-01\"", "\"Quarter\"", "\"Term\"", "\"AwayFromZero\"", "\"Consistent\"", "\"\\u0000\"",
            "\"2020-01-01/..\"", "\"2020-01-01/2019-12-31\"", "\"2020-01-01/\"", "\"/..\"", "\"-9998-01-01/..\"", "\"NoRoot\"", "\"Cycle\"", "\"  \"");
        var names = Gen.Elements(
            "part", "whole", "line", "column", "offset", "length", "kind", "start", "end", "ordinal", "termNumber", "number",
            "plenum", "symbol", "date", "excellent", "good", "completed", "notCompleted", "name", "value", "ruleId",
            "vietnamese", "english", "figures", "tally", "group", "violation", "level", "count", "percent", "maximum",
            "verdict", "printed", "exact", "expected", "sum", "position", "text", "parts", "acceptedRoundings", "Part", "",
            "id", "parentId", "kindId", "validity", "personId", "positionId", "organizationId", "memberId", "cellId", "period",
            "subjectIds", "ids", "vietnameseMessage", "englishMessage");
        var value = Gen.Sized(size => Value(Math.Min(size, 6), scalar, names));
        var random = ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty);
        return Arb.From(Gen.Frequency((1, random), (4, value)));
    }

    private static Gen<string> Value(int depth, Gen<string> scalar, Gen<string> names)
    {
        if (depth <= 0)
        {
            return scalar;
        }

        var inner = Value(depth / 2, scalar, names);
        var array = inner.ListOf().Select(items => "[" + string.Join(",", items) + "]");
        var member = from name in names from v in inner select "\"" + name + "\":" + v;
        var obj = member.ListOf().Select(members => "{" + string.Join(",", members) + "}");
        return Gen.Frequency((3, scalar), (1, array), (3, obj));
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}

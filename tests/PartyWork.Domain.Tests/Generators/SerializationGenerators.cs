using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PartyWork.Domain.Organizations;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Ratios;
using PartyWork.Domain.Reviews;
using PartyWork.Domain.Terms;

namespace PartyWork.Domain.Tests.Generators;

/// <summary>
/// FsCheck generators for the JSON tests: every type with a JSON contract, built from the other areas' generators and,
/// for results, by the library's own checks (so the values are the ones real callers serialize); and garbage JSON.
/// </summary>
public static partial class SerializationGenerators
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
        select new RatingFigure(name, Scaled(units, scale));

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

    /// <summary>Review subjects of every kind, with awkward ids.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ReviewSubject> Subject() =>
        from kind in Gen.Choose(0, 3)
        from organization in Gen.Elements("D1", "Đảng bộ \"X\"", "N0")
        from party in Gen.Elements("p1", "UBND", "a\\b")
        select kind switch
        {
            0 => ReviewSubject.Collective(organization),
            1 => ReviewSubject.Body(organization, party),
            2 => ReviewSubject.Member(organization, party),
            _ => ReviewSubject.Head(organization, party),
        };

    /// <summary>Review subjects.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ReviewSubject> Subjects() => Arb.From(Subject());

    /// <summary>Feedback items from every source.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<FeedbackItem> FeedbackItems() => Arb.From(
        from id in Gen.Elements("F1", "góp ý 2")
        from source in Gen.Elements(Enum.GetValues<FeedbackSource>())
        from day in TermsGenerators.DatesFrom1930()
        from summary in Gen.Elements("", "Chậm triển khai nghị quyết", "\"quoted\"")
        select new FeedbackItem(id, source, day, summary));

    /// <summary>Remediation items in every status.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RemediationItem> RemediationItems() => Arb.From(
        from id in Gen.Elements("R1", "KP-3")
        from day in TermsGenerators.DatesFrom1930()
        from status in Gen.Elements(Enum.GetValues<RemediationStatus>())
        select new RemediationItem(id, "Chậm khắc phục hạn chế", "Phân công theo dõi", "p1", day, status));

    /// <summary>
    /// Rating facts of <see cref="RatingsGenerators.Facts"/> (score sheets included, some on agencies' sets with
    /// sub-criteria) with a self-rating, suspension and months sometimes set.
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RatingFacts> Facts() => Arb.From(
        from generated in RatingsGenerators.Facts().Generator
        from sheet in Gen.Frequency((3, Gen.Constant(generated.ScoreSheet)), (1, Sheet().Select(s => (ScoreSheet?)s)))
        let facts = generated with { ScoreSheet = sheet }
        from self in Gen.Elements<RatingLevel?>(null, RatingLevel.Good, RatingLevel.Excellent)
        from months in Gen.Elements<int?>(null, 0, 14)
        from flags in Gen.Choose(0, 7)
        from discipline in Gen.Elements(Enum.GetValues<Discipline>())
        select facts with
        {
            SelfRating = self,
            MonthsSinceAdmission = months,
            IsSuspended = (flags & 1) != 0,
            ForceMajeure = (flags & 2) != 0,
            LeadershipMemberSelfDetected = (flags & 4) != 0,
            SelfDetectedDisciplinedSubUnits = flags,
            Discipline = new DisciplineRecord(discipline, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0),
        });

    /// <summary>Single events of every type, with awkward subjects, instants to the nanosecond and real facts.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ReviewEvent> Events() => Arb.From(
        from spec in ReviewsGenerators.MoveGen()
        from subject in Subject()
        from ticks in Gen.Choose(0, int.MaxValue)
        from nanos in Gen.Choose(0, 999_999)
        from policy in RatingsGenerators.Policies().Generator
        from facts in Facts().Generator
        from withFacts in Gen.Elements(false, true)
        let at = Instant.FromUtc(2018, 1, 1, 0, 0).PlusTicks(ticks * 1_000L).PlusNanoseconds(nanos)
        let e = ReviewsGenerators.ToEvent(spec, subject, at, "C-2024", policy)
        select withFacts ? WithFacts(e, facts) : e);

    /// <summary>
    /// Reviews built by applying random moves to a planned review (refused moves are skipped), with the refusals met on
    /// the way.
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<(Review Review, ReviewRefusal[] Refusals)> Reviews() => Arb.From(
        ReviewsGenerators.MoveScenarios().Generator.Select(scenario =>
        {
            var at = Instant.FromUtc(scenario.Year, 1, 2, 1, 0);
            var policy = RatingPolicies.ForReviewYear(scenario.Year);
            var review = Review.Start(new ReviewPlanned(scenario.Subject, at, $"C-{scenario.Year}", policy));
            var refusals = new List<ReviewRefusal>();
            foreach (var move in scenario.Moves)
            {
                at = at.Plus(Duration.FromSeconds(move.Seconds));
                var e = ReviewsGenerators.ToEvent(move, scenario.Subject, at, $"C-{scenario.Year}", policy);
                if (review.TryApply(e, out var next, out var refusal))
                {
                    review = next;
                }
                else
                {
                    refusals.Add(refusal);
                }
            }

            return (review, refusals.ToArray());
        }));

    /// <summary>Refusals that reviews really give.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ReviewRefusal> Refusals() => Arb.From(
        Reviews().Generator.Where(r => r.Refusals.Length > 0).SelectMany(r => Gen.Elements(r.Refusals)));

    /// <summary>Order violations that <see cref="ReviewOrder.Validate"/> finds in reversed plans.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OrderViolation> OrderViolations() => Arb.From(
        ReviewsGenerators.PlanScenarios().Generator
            .Select(s => ReviewOrder.Validate(s.Tree, s.ScopeRootId, ReviewOrder.Plan(s.Tree, s.ScopeRootId, s.Subjects, s.Policy).Reverse(), s.Policy))
            .Where(v => v.Count > 0)
            .SelectMany(v => Gen.Elements(v.ToArray())));

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
            "\"2020-01-01/..\"", "\"2020-01-01/2019-12-31\"", "\"2020-01-01/\"", "\"/..\"", "\"-9998-01-01/..\"", "\"NoRoot\"", "\"Cycle\"", "\"  \"",
            "\"RatingDecided\"", "\"ReviewPlanned\"", "\"DeadlineSet\"", "\"Member\"", "\"Collective\"", "\"2025-01-20T02:00:00Z\"",
            "{\"kind\":\"Member\",\"organizationId\":\"D1\",\"partyId\":\"p1\"}", "{\"kind\":\"Collective\",\"organizationId\":\"D1\"}",
            "\"Planned\"", "\"Open\"", "{\"subject\":\"Individual\"}", "1929", "1930", "9999", "10000", "\"Quy \u0111\u1ECBnh 366-Q\u0110/TW, H\u01B0\u1EDBng d\u1EABn 43-HD/BTCTW\"",
            "\"MemberGood\"", "\"CleanStrong\"", "\"Vietnamese\"", "\"English\"", "\"Conference\"", "\"Warning\"", "\"None\"", "\"R124-QUOTA\"",
            "{\"ruleId\":\"R124-QUOTA\"}", "{\"code\":\"1\",\"name\":\"A\",\"maxPoints\":30}", "{\"id\":\"c0\",\"score\":1,\"highestAllowed\":\"Good\"}",
            "{\"form\":\"Warning\"}", "{\"total\":3,\"done\":2,\"onTime\":1,\"exceeded\":0}");
        var names = Gen.Elements(
            "part", "whole", "line", "column", "offset", "length", "kind", "start", "end", "ordinal", "termNumber", "number",
            "plenum", "symbol", "date", "excellent", "good", "completed", "notCompleted", "name", "value", "ruleId",
            "vietnamese", "english", "figures", "tally", "group", "violation", "level", "count", "percent", "maximum",
            "verdict", "printed", "exact", "expected", "sum", "position", "text", "parts", "acceptedRoundings", "Part", "",
            "id", "parentId", "kindId", "validity", "personId", "positionId", "organizationId", "memberId", "cellId", "period",
            "subjectIds", "ids", "vietnameseMessage", "englishMessage", "type", "subject", "at", "partyId", "cycleId", "policy",
            "item", "selfRating", "facts", "itemId", "status", "stage", "due", "source", "received", "summary", "other",
            "violations", "targets", "discipline", "form", "shortcoming", "measure", "owner", "highestAllowed", "set", "points",
            "deductions", "code", "reason", "criteria", "subCriteria", "maxPoints", "scoreSheet", "year", "yearly", "missingYears",
            "years", "rule", "pool", "eligible", "excellentCount", "exceptionApplied", "assignments", "tiedAtCut", "candidate",
            "score", "legacy", "isMapped", "notation", "alternative", "higherCommittee", "public", "rank", "isTied", "total", "done",
            "onTime", "exceeded", "mainTotal", "mainDone", "maxExcellentPercentOfGood", "1", "2");
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

    private static ReviewEvent WithFacts(ReviewEvent e, RatingFacts facts) => e switch
    {
        RatingProposed p => new RatingProposed(p.Subject, p.At, p.Level, facts with { Subject = p.Subject.RatingKind }),
        RatingDecided d => new RatingDecided(d.Subject, d.At, d.Level, facts with { Subject = d.Subject.RatingKind }),
        _ => e,
    };

    /// <summary>units × 10^-scale, keeping the scale (150 and 2 give 1.50, not 1.5), so that lost trailing zeros show.</summary>
    private static decimal Scaled(int units, int scale) => new(Math.Abs(units), 0, 0, units < 0, (byte)scale);

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

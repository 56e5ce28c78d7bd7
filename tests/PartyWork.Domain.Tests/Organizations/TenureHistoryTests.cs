using FsCheck.Xunit;
using NodaTime;
using PartyWork.Domain.Organizations;
using PartyWork.Domain.Tests.Contracts;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Organizations;

public sealed class TenureHistoryTests
{
    private static readonly LocalDate CongressEnd = new(2020, 10, 16);
    private static readonly LocalDate Reform = new(2025, 7, 1);

    // A ward committee: secretary A until a transfer on 14/03/2023, a vacancy, then B; C is standing deputy and also
    // secretary of a cell (concurrent posts); D was briefly appointed secretary while A was still in office.
    private static readonly Tenure[] Tenures =
    [
        new("A", PositionIds.Secretary, "DU-P", CongressEnd, new LocalDate(2023, 3, 14)),
        new("B", PositionIds.Secretary, "DU-P", new LocalDate(2023, 4, 1)),
        new("C", PositionIds.StandingDeputySecretary, "DU-P", CongressEnd),
        new("C", PositionIds.Secretary, "CB-2", new DateInterval(new LocalDate(2021, 1, 5), new LocalDate(2025, 6, 30))),
        new("D", PositionIds.Secretary, "DU-P", new LocalDate(2023, 3, 1), new LocalDate(2023, 3, 10)),
        new("E", PositionIds.DeputySecretary, "DU-P", CongressEnd),
        new("F", PositionIds.DeputySecretary, "DU-P", CongressEnd),
    ];

    private static readonly TenureHistory History = new(Tenures);

    [Fact]
    public void GetHeadOn_FollowsTheSecretaries()
    {
        Assert.Equal("A", History.GetHeadOn("DU-P", new LocalDate(2022, 1, 1))?.PersonId);
        Assert.Null(History.GetHeadOn("DU-P", new LocalDate(2023, 3, 20)));
        Assert.Equal("B", History.GetHeadOn("DU-P", Reform)?.PersonId);
        Assert.Null(History.GetHeadOn("DU-P", new LocalDate(2020, 10, 15)));
        Assert.Null(History.GetHeadOn("nowhere", Reform));
    }

    [Fact]
    public void GetHeadOn_ConfiguredHead_UsesThatPosition()
    {
        var history = new TenureHistory(Tenures, PositionCatalog.Standard.WithHead(PositionIds.StandingDeputySecretary));
        Assert.Equal("C", history.GetHeadOn("DU-P", Reform)?.PersonId);
    }

    [Fact]
    public void GetHoldersOn_TwoDeputies_ReturnsBoth()
    {
        Assert.Equal(["E", "F"], History.GetHoldersOn("DU-P", PositionIds.DeputySecretary, Reform).Select(t => t.PersonId));
        Assert.Equal(["A", "D"], History.GetHoldersOn("DU-P", PositionIds.Secretary, new LocalDate(2023, 3, 5)).Select(t => t.PersonId));
        Assert.Empty(History.GetHoldersOn("DU-P", PositionIds.PartyMember, Reform));
    }

    [Fact]
    public void GetPositionsOn_ConcurrentPosts_MostSeniorFirst()
    {
        var posts = History.GetPositionsOn("C", new LocalDate(2024, 5, 1));
        Assert.Equal([(PositionIds.Secretary, "CB-2"), (PositionIds.StandingDeputySecretary, "DU-P")],
            posts.Select(t => (t.PositionId, t.OrganizationId)));
        Assert.Single(History.GetPositionsOn("C", Reform));
        Assert.Empty(History.GetPositionsOn("nobody", Reform));
        Assert.Equal(2, History.GetTenuresOf("C").Count);
        Assert.Empty(History.GetTenuresOf("nobody"));
    }

    [Fact]
    public void GetVacancies_BetweenTransfer_FindsTheGap()
    {
        var term = new DateInterval(CongressEnd, new LocalDate(2025, 10, 15));
        Assert.Equal([new DateInterval(new LocalDate(2023, 3, 15), new LocalDate(2023, 3, 31))],
            History.GetVacancies("DU-P", PositionIds.Secretary, term));
        Assert.Equal([new DateInterval(new LocalDate(2025, 7, 1), new LocalDate(2025, 10, 15))],
            History.GetVacancies("CB-2", PositionIds.Secretary, new DateInterval(new LocalDate(2021, 1, 5), new LocalDate(2025, 10, 15))));
        Assert.Equal([term], History.GetVacancies("nowhere", PositionIds.Secretary, term));
    }

    [Fact]
    public void FindConflicts_TwoSecretaries_ReportsSingleHeadViolation()
    {
        var violation = Assert.Single(History.FindConflicts());
        Assert.Equal(OrganizationRuleIds.SingleHead, violation.RuleId);
        Assert.Equal("DU-P", violation.OrganizationId);
        Assert.Equal(["A", "D"], violation.SubjectIds);
        Assert.Equal(new ValidityPeriod(new LocalDate(2023, 3, 1), new LocalDate(2023, 3, 10)), violation.Period);
        Assert.Equal(
            "Tổ chức 'DU-P' có quá 1 người giữ chức Bí thư cùng lúc (A, D) từ ngày 01/03/2023 đến ngày 10/03/2023.",
            violation.VietnameseMessage);
        Assert.Contains("Secretary", violation.EnglishMessage, StringComparison.Ordinal);
        Assert.StartsWith("ORG-SINGLE-HEAD: ", violation.ToString(), StringComparison.Ordinal);
        var again = Assert.Single(new TenureHistory(Tenures.Reverse()).FindConflicts());
        ValueContract.AssertEqualityLaws(violation, again);
        Assert.Equal(violation, again);
        Assert.Equal(violation.GetHashCode(), again.GetHashCode());
        ValueContract.AssertEqualityLaws(Tenures[0], new Tenure("A", PositionIds.Secretary, "DU-P", CongressEnd, new LocalDate(2023, 3, 14)));
        ValueContract.AssertEqualityLaws(Tenures[0], Tenures[1]);
    }

    [Fact]
    public void FindConflicts_TwoOpenStandingDeputies_ReportsOpenCapacityViolation()
    {
        var history = new TenureHistory([.. Tenures, new Tenure("G", PositionIds.StandingDeputySecretary, "DU-P", Reform)]);
        var capacity = history.FindConflicts().Single(v => v.RuleId == OrganizationRuleIds.PositionCapacity);
        Assert.Equal(new ValidityPeriod(Reform), capacity.Period);
        Assert.Equal(["C", "G"], capacity.SubjectIds);
        Assert.Contains("đến nay", capacity.VietnameseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void BadInput_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new TenureHistory(null!));
        Assert.Throws<ArgumentNullException>(() => new TenureHistory(Tenures, null!));
        Assert.Throws<ArgumentNullException>(() => new TenureHistory([Tenures[0], null!]));
        Assert.Throws<ArgumentException>(() => new TenureHistory([new Tenure("A", "Chairman", "DU-P", Reform)]));
        Assert.Throws<ArgumentNullException>(() => History.GetHoldersOn(null!, PositionIds.Secretary, Reform));
        Assert.Throws<ArgumentNullException>(() => History.GetHoldersOn("DU-P", null!, Reform));
        Assert.Throws<ArgumentNullException>(() => History.GetHeadOn(null!, Reform));
        Assert.Throws<ArgumentNullException>(() => History.GetPositionsOn(null!, Reform));
        Assert.Throws<ArgumentNullException>(() => History.GetTenuresOf(null!));
        Assert.Throws<ArgumentNullException>(() => History.GetVacancies("DU-P", PositionIds.Secretary, null!));
        Assert.Throws<ArgumentException>(() => new Tenure("", PositionIds.Secretary, "DU-P", Reform));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Tenure("A", PositionIds.Secretary, "DU-P", Reform, Reform.PlusDays(-1)));
        Assert.Throws<ArgumentNullException>(() => new Tenure("A", PositionIds.Secretary, "DU-P", (DateInterval)null!));
    }

    [Property(Arbitrary = [typeof(OrganizationsGenerators)])]
    public void Queries_AgreeWithBruteForceScan(TenureScenario scenario)
    {
        var history = new TenureHistory(scenario.Tenures);
        foreach (var day in scenario.Days)
        {
            foreach (var organization in TenureScenario.Organizations)
            {
                foreach (var position in TenureScenario.Positions)
                {
                    var expected = FirstPerKey(
                        scenario.Tenures.Where(t => t.OrganizationId == organization && t.PositionId == position && t.Period.Contains(day)),
                        t => t.PersonId);
                    Assert.Equal(Canonical(expected), Canonical(history.GetHoldersOn(organization, position, day)));
                }

                var secretaries = FirstPerKey(
                    scenario.Tenures.Where(t => t.OrganizationId == organization && t.PositionId == PositionIds.Secretary && t.Period.Contains(day)),
                    t => t.PersonId);
                var head = history.GetHeadOn(organization, day);
                Assert.Equal(secretaries.Length == 0, head is null);
                if (head is not null)
                {
                    Assert.Contains(head, secretaries);
                    Assert.Equal(secretaries.Max(t => t.Period.Start), head.Period.Start);
                }
            }

            foreach (var person in TenureScenario.People)
            {
                var expected = FirstPerKey(scenario.Tenures.Where(t => t.PersonId == person && t.Period.Contains(day)), t => t.OrganizationId + "|" + t.PositionId);
                var actual = history.GetPositionsOn(person, day);
                Assert.Equal(Canonical(expected), Canonical(actual));
                Assert.Equal(actual.Select(t => PositionCatalog.Standard.GetPosition(t.PositionId).Rank).Order(), actual.Select(t => PositionCatalog.Standard.GetPosition(t.PositionId).Rank));
            }
        }
    }

    [Property(Arbitrary = [typeof(OrganizationsGenerators)])]
    public void Vacancies_AgreeWithDayByDayScan(TenureScenario scenario)
    {
        var history = new TenureHistory(scenario.Tenures);
        var within = new DateInterval(OrganizationsGenerators.Epoch.PlusDays(-5), OrganizationsGenerators.Epoch.PlusDays(200));
        foreach (var organization in TenureScenario.Organizations)
        {
            foreach (var position in TenureScenario.Positions)
            {
                var vacant = within.Where(day => !scenario.Tenures.Any(t => t.OrganizationId == organization && t.PositionId == position && t.Period.Contains(day))).ToHashSet();
                var gaps = history.GetVacancies(organization, position, within);
                Assert.Equal(vacant.Order(), gaps.SelectMany(g => g));
                for (var i = 1; i < gaps.Count; i++)
                {
                    Assert.True(gaps[i - 1].End.PlusDays(1) < gaps[i].Start, "vacancies are maximal and ordered");
                }
            }
        }
    }

    [Property(Arbitrary = [typeof(OrganizationsGenerators)])]
    public void Conflicts_AgreeWithDayByDayScan(TenureScenario scenario)
    {
        var history = new TenureHistory(scenario.Tenures);
        var violations = history.FindConflicts();
        var horizon = new DateInterval(OrganizationsGenerators.Epoch.PlusDays(-5), OrganizationsGenerators.Epoch.PlusDays(200));
        foreach (var organization in TenureScenario.Organizations)
        {
            foreach (var position in new[] { PositionIds.Secretary, PositionIds.StandingDeputySecretary })
            {
                var over = horizon.Where(day => scenario.Tenures
                    .Where(t => t.OrganizationId == organization && t.PositionId == position && t.Period.Contains(day))
                    .Select(t => t.PersonId).Distinct().Count() > 1).ToArray();
                var rule = position == PositionIds.Secretary ? OrganizationRuleIds.SingleHead : OrganizationRuleIds.PositionCapacity;
                var runs = violations.Where(v => v.OrganizationId == organization && v.RuleId == rule).Select(v => v.Period).ToArray();
                Assert.Equal(over, horizon.Where(day => runs.Any(r => r.Contains(day))));
                foreach (var run in runs)
                {
                    Assert.True(run.Contains(run.Start));
                }
            }
        }

        foreach (var organization in TenureScenario.Organizations)
        {
            foreach (var position in TenureScenario.Positions)
            {
                foreach (var person in TenureScenario.People)
                {
                    var own = scenario.Tenures.Where(t => t.OrganizationId == organization && t.PositionId == position && t.PersonId == person).ToArray();
                    var doubled = own.Length < 2 ? [] : horizon.Where(day => own.Count(t => t.Period.Contains(day)) > 1).ToArray();
                    var position1 = PositionCatalog.Standard.GetPosition(position);
                    var runs = violations.Where(v => v.RuleId == OrganizationRuleIds.TenureOverlap && v.OrganizationId == organization
                        && v.SubjectIds.SequenceEqual([person]) && v.VietnameseMessage.Contains($"giữ chức {position1.VietnameseName} của", StringComparison.Ordinal)).Select(v => v.Period).ToArray();
                    Assert.Equal(doubled, horizon.Where(day => runs.Any(r => r.Contains(day))));
                    for (var i = 1; i < runs.Length; i++)
                    {
                        Assert.True(runs[i - 1].End is { } end && end.PlusDays(1) < runs[i].Start, "overlap runs are maximal and ordered");
                    }
                }
            }
        }

        Assert.DoesNotContain(violations, v => v.VietnameseMessage.Length == 0 || v.SubjectIds.Count < 1);
    }

    [Fact]
    public void GetHoldersOn_OnePersonWithTwoOverlappingSecretaryTenures_CountsThemOnce()
    {
        var history = new TenureHistory(
        [
            new Tenure("nguyen-van-a", PositionIds.Secretary, "P-KA", new LocalDate(2020, 10, 16), new LocalDate(2025, 6, 30)),
            new Tenure("nguyen-van-a", PositionIds.Secretary, "P-KA", new LocalDate(2025, 6, 1)),
        ]);
        var holders = history.GetHoldersOn("P-KA", PositionIds.Secretary, new LocalDate(2025, 6, 15));
        var holder = Assert.Single(holders);
        Assert.Equal(new LocalDate(2020, 10, 16), holder.Period.Start);
        Assert.Single(history.GetPositionsOn("nguyen-van-a", new LocalDate(2025, 6, 15)));
        Assert.Equal("nguyen-van-a", history.GetHeadOn("P-KA", new LocalDate(2025, 6, 15))?.PersonId);
    }

    [Fact]
    public void FindConflicts_OnePersonWithTwoOverlappingSecretaryTenures_ReportsTenureOverlapNotSingleHead()
    {
        var history = new TenureHistory(
        [
            new Tenure("nguyen-van-a", PositionIds.Secretary, "P-KA", new LocalDate(2020, 10, 16), new LocalDate(2025, 6, 30)),
            new Tenure("nguyen-van-a", PositionIds.Secretary, "P-KA", new LocalDate(2025, 6, 1)),
            new Tenure("nguyen-van-a", PositionIds.PartyMember, "P-KA", new LocalDate(2010, 1, 1)),
        ]);
        var violation = Assert.Single(history.FindConflicts());
        Assert.Equal(OrganizationRuleIds.TenureOverlap, violation.RuleId);
        Assert.Equal("ORG-TENURE-OVERLAP", violation.RuleId);
        Assert.Equal("P-KA", violation.OrganizationId);
        Assert.Equal(["nguyen-van-a"], violation.SubjectIds);
        Assert.Equal(new ValidityPeriod(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30)), violation.Period);
        Assert.Contains("chồng lấn", violation.VietnameseMessage, StringComparison.Ordinal);
        Assert.Contains("01/06/2025", violation.VietnameseMessage, StringComparison.Ordinal);
        Assert.Contains("overlapping tenures", violation.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains("2025-06-30", violation.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void FindConflicts_AdjacentTenuresOfOnePerson_AreNoConflict()
    {
        var history = new TenureHistory(
        [
            new Tenure("A", PositionIds.Secretary, "P-KA", new LocalDate(2020, 10, 16), new LocalDate(2025, 6, 30)),
            new Tenure("A", PositionIds.Secretary, "P-KA", new LocalDate(2025, 7, 1)),
            new Tenure("B", PositionIds.Secretary, "P-KA", new LocalDate(2026, 1, 1)),
        ]);
        var violation = Assert.Single(history.FindConflicts());
        Assert.Equal(OrganizationRuleIds.SingleHead, violation.RuleId);
        Assert.Equal(new ValidityPeriod(new LocalDate(2026, 1, 1)), violation.Period);
        Assert.Equal(["A", "B"], violation.SubjectIds);
    }

    private static Tenure[] FirstPerKey(IEnumerable<Tenure> tenures, Func<Tenure, string> key) =>
        [.. tenures.GroupBy(key, StringComparer.Ordinal).Select(g => g.OrderBy(t => t.Period).First())];

    private static string[] Canonical(IEnumerable<Tenure> tenures) => [.. tenures.Select(t => t.ToString()).Order(StringComparer.Ordinal)];

    [Fact]
    public void Queries_NonIsoDates_ThrowDocumentedException()
    {
        var julian = new LocalDate(2025, 7, 1, CalendarSystem.Julian);
        Assert.Throws<ArgumentOutOfRangeException>(() => History.GetHoldersOn("DU-P", PositionIds.Secretary, julian));
        Assert.Throws<ArgumentOutOfRangeException>(() => History.GetHeadOn("DU-P", julian));
        Assert.Throws<ArgumentOutOfRangeException>(() => History.GetPositionsOn("C", julian));
        Assert.Throws<ArgumentOutOfRangeException>(() => History.GetVacancies("DU-P", PositionIds.Secretary, new DateInterval(julian, julian.PlusDays(10))));
        var memberships = new MembershipHistory([new CellMembership("M", "C", new LocalDate(2020, 1, 1))]);
        Assert.Throws<ArgumentOutOfRangeException>(() => memberships.GetCellOn("M", julian));
        Assert.Throws<ArgumentOutOfRangeException>(() => memberships.TryGetMembershipOn("M", julian, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => memberships.GetMembersOn("C", julian));
    }
}

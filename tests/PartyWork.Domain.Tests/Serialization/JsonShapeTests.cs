using System.Globalization;
using System.Text.Json;
using NodaTime;
using PartyWork.Domain.Organizations;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Ratios;
using PartyWork.Domain.Reviews;
using PartyWork.Domain.Serialization;
using PartyWork.Domain.Terms;

namespace PartyWork.Domain.Tests.Serialization;

/// <summary>The documented JSON contract of docs/json.md, one example per type (both paths write the same).</summary>
public sealed class JsonShapeTests
{
    private static readonly PartyWorkJsonContext Context = PartyWorkJsonContext.Default;

    [Fact]
    public void Ratio_IsItsInvariantText() =>
        Assert.Equal("\"493/502\"", JsonAssert.RoundTrips(new Ratio(493, 502), Context.Ratio));

    [Fact]
    public void TextPosition_IsAnObject() =>
        Assert.Equal(
            """{"line":3,"column":12,"offset":140,"length":18}""",
            JsonAssert.RoundTrips(new TextPosition(3, 12, 140, 18), Context.TextPosition));

    [Fact]
    public void ClaimCheckOptions_Default_IsAnObject() =>
        Assert.Equal(
            """{"acceptedRoundings":["AwayFromZero","ToEven"],"acceptTruncation":false,"acceptLargestRemainder":true}""",
            JsonAssert.RoundTrips(ClaimCheckOptions.Default, Context.ClaimCheckOptions));

    [Fact]
    public void ClaimCheckOptions_EmptyObject_ReadsAsDefault() =>
        Assert.Equal(ClaimCheckOptions.Default, JsonSerializer.Deserialize("{}", Context.ClaimCheckOptions));

    [Fact]
    public void PercentClaimCheck_TruncatedFigure_KeepsEveryFigure()
    {
        var check = ClaimVerifier.CheckPercent(281, 1004, 27.98m);
        using var json = JsonDocument.Parse(JsonAssert.RoundTrips(check, Context.PercentClaimCheck));
        var root = json.RootElement;
        Assert.Equal(
            ["verdict", "part", "whole", "printed", "exact", "expected", "matchesTruncation", "matchesApportionment", "reasonVietnamese", "reasonEnglish"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Inconsistent", root.GetProperty("verdict").GetString());
        Assert.Equal("27.98", root.GetProperty("printed").GetRawText());
        Assert.Equal("27.99", root.GetProperty("expected").GetRawText());
        Assert.StartsWith("27.98804780876", root.GetProperty("exact").GetRawText(), StringComparison.Ordinal);
        Assert.True(root.GetProperty("matchesTruncation").GetBoolean());
        Assert.Equal(check.ReasonVietnamese, root.GetProperty("reasonVietnamese").GetString());
        Assert.NotEmpty(check.ReasonVietnamese);
    }

    [Fact]
    public void PercentClaimCheck_TrailingZero_KeepsTheDecimalsPrinted()
    {
        var check = ClaimVerifier.CheckPercent(1, 2, 50.0m);
        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(check, Context.PercentClaimCheck), Context.PercentClaimCheck)!;
        Assert.Equal(1, back.Decimals);
        Assert.Equal(check, back);
    }

    [Fact]
    public void SumClaimCheck_IsAnObject()
    {
        var check = ClaimVerifier.CheckSum(1004, [281, 705, 12, 6]);
        Assert.Equal(
            """{"verdict":"Consistent","whole":1004,"sum":1004,"reasonVietnamese":"","reasonEnglish":""}""",
            JsonAssert.RoundTrips(check, Context.SumClaimCheck));
    }

    [Fact]
    public void ReportClaim_HasItsPositionAndChecks()
    {
        var claim = Assert.Single(ReportScanner.Scan("Có 493/502 (98,2%) đảng viên dự họp."));
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(claim, Context.ReportClaim));
        var root = json.RootElement;
        Assert.Equal(
            ["kind", "position", "text", "part", "whole", "printedPercent", "parts", "isApproximate", "verdict", "expectedPercent", "percentCheck", "sumCheck", "reasonVietnamese", "reasonEnglish"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(493, root.GetProperty("part").GetInt64());
        Assert.Equal(502, root.GetProperty("whole").GetInt64());
        Assert.Equal("98.2", root.GetProperty("printedPercent").GetRawText());
        Assert.Equal("Consistent", root.GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("percentCheck").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("sumCheck").ValueKind);
        Assert.Equal(claim.Position.Offset, root.GetProperty("position").GetProperty("offset").GetInt32());
    }

    [Theory]
    [InlineData("tháng 7/2018", """{"kind":"Month","start":"2018-07-01","end":"2018-07-31"}""")]
    [InlineData("quý III/2024", """{"kind":"Quarter","start":"2024-07-01","end":"2024-09-30"}""")]
    [InlineData("6 tháng cuối năm 2018", """{"kind":"HalfYear","start":"2018-07-01","end":"2018-12-31"}""")]
    [InlineData("10 tháng đầu năm 2018", """{"kind":"FirstMonths","start":"2018-01-01","end":"2018-10-31"}""")]
    [InlineData("năm 2019", """{"kind":"Year","start":"2019-01-01","end":"2019-12-31"}""")]
    [InlineData("nhiệm kỳ 2015-2020", """{"kind":"Term","start":"2015-01-01","end":"2019-12-31"}""")]
    [InlineData("từ ngày 01/03/2018 đến ngày 15/04/2018", """{"kind":"Interval","start":"2018-03-01","end":"2018-04-15"}""")]
    public void ReviewPeriod_IsKindAndIsoDays(string phrase, string expected) =>
        Assert.Equal(expected, JsonAssert.RoundTrips(ReviewPeriod.Parse(phrase), Context.ReviewPeriod));

    [Fact]
    public void CongressTerm_IsIsoDaysAndOrdinal()
    {
        Assert.Equal(
            """{"start":"2015-01-01","end":"2019-12-31","ordinal":3}""",
            JsonAssert.RoundTrips(new CongressTerm(2015, 2020, 3), Context.CongressTerm));
        Assert.Equal(
            """{"start":"2020-10-14","end":"2025-10-12"}""",
            JsonAssert.RoundTrips(new CongressTerm(new DateInterval(new LocalDate(2020, 10, 14), new LocalDate(2025, 10, 12))), Context.CongressTerm));
    }

    [Fact]
    public void CentralCommitteeTerm_IsItsNumeral() =>
        Assert.Equal("\"XII\"", JsonAssert.RoundTrips(CentralCommitteeTerm.Parse("khóa XII"), Context.CentralCommitteeTerm));

    [Fact]
    public void PlenumReference_IsPlenumAndKind() =>
        Assert.Equal(
            """{"plenum":{"termNumber":12,"number":4},"kind":"Resolution"}""",
            JsonAssert.RoundTrips(PlenumReference.Parse("Nghị quyết Trung ương 4 khóa XII"), Context.PlenumReference));

    [Fact]
    public void DocumentSymbolAndReference_AreTheSymbolText()
    {
        Assert.Equal("\"05-CT/TW\"", JsonAssert.RoundTrips(new DocumentSymbol(5, "CT", "TW"), Context.DocumentSymbol));
        Assert.Equal(
            """{"symbol":"11-CTr/TU","date":"2017-03-10"}""",
            JsonAssert.RoundTrips(DocumentReference.Parse("số 11-CTr/TU ngày 10/03/2017"), Context.DocumentReference));
        Assert.Equal(
            """{"symbol":"05-CT/TW"}""",
            JsonAssert.RoundTrips(new DocumentReference(new DocumentSymbol(5, "CT", "TW"), null), Context.DocumentReference));
    }

    [Theory]
    [InlineData(RatingLevel.Excellent, "\"Excellent\"")]
    [InlineData(RatingLevel.Good, "\"Good\"")]
    [InlineData(RatingLevel.Completed, "\"Completed\"")]
    [InlineData(RatingLevel.NotCompleted, "\"NotCompleted\"")]
    public void RatingLevel_IsItsName_NeverItsNumber(RatingLevel level, string expected) =>
        Assert.Equal(expected, JsonAssert.RoundTrips(level, Context.RatingLevel));

    [Fact]
    public void RatingTally_IsTheFourCounts() =>
        Assert.Equal(
            """{"excellent":281,"good":705,"completed":12,"notCompleted":6}""",
            JsonAssert.RoundTrips(RatingTally.FromCounts(281, 705, 12, 6), Context.RatingTally));

    [Fact]
    public void RatingShare_KeepsThePercentScale() =>
        Assert.Equal(
            """{"level":"Good","count":705,"percent":70.22}""",
            JsonAssert.RoundTrips(RatingTally.FromCounts(281, 705, 12, 6).Distribution(2)[1], Context.RatingShare));

    [Fact]
    public void QuotaExcess_NestsGroupAndViolation()
    {
        var excess = Assert.Single(QuotaRule.Decree335.Check([new QuotaGroup("Chi bo 1", RatingTally.FromCounts(5, 10, 0, 0))]));
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(excess, Context.QuotaExcess));
        var root = json.RootElement;
        Assert.Equal(["group", "allowedWithCurrentGood", "minimumDemotions", "violation"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            """{"name":"Chi bo 1","tally":{"excellent":5,"good":10,"completed":0,"notCompleted":0},"outstandingException":false}""",
            root.GetProperty("group").GetRawText());
        Assert.Equal(excess.AllowedWithCurrentGood, root.GetProperty("allowedWithCurrentGood").GetInt64());
        var violation = root.GetProperty("violation");
        Assert.Equal(["ruleId", "vietnamese", "english", "figures"], violation.EnumerateObject().Select(p => p.Name));
        Assert.Equal("R335-QUOTA", violation.GetProperty("ruleId").GetString());
        Assert.Equal(excess.Violation.Vietnamese, violation.GetProperty("vietnamese").GetString());
    }

    [Fact]
    public void ValidityPeriod_IsItsIsoText()
    {
        Assert.Equal("\"2020-10-16/2025-06-30\"", JsonAssert.RoundTrips(new ValidityPeriod(new LocalDate(2020, 10, 16), new LocalDate(2025, 6, 30)), Context.ValidityPeriod));
        Assert.Equal("\"2025-07-01/..\"", JsonAssert.RoundTrips(new ValidityPeriod(new LocalDate(2025, 7, 1)), Context.ValidityPeriod));
    }

    [Fact]
    public void OrganizationRow_LeavesOutTheParentOfARoot()
    {
        Assert.Equal(
            """{"id":"N0","kindId":"Central","name":"Trung \u01B0\u01A1ng","validity":"-9998-01-01/.."}""",
            JsonAssert.RoundTrips(new OrganizationRow("N0", null, OrganizationKindIds.Central, "Trung ương"), Context.OrganizationRow));
        Assert.Equal(
            """{"id":"N1","parentId":"N0","kindId":"ProvincialCommittee","name":"Tinh 1","validity":"2020-01-01/.."}""",
            JsonAssert.RoundTrips(
                new OrganizationRow("N1", "N0", OrganizationKindIds.ProvincialCommittee, "Tinh 1", new ValidityPeriod(new LocalDate(2020, 1, 1))),
                Context.OrganizationRow));
        var noValidity = JsonSerializer.Deserialize("""{"id":"N0","kindId":"Central","name":"TW"}""", Context.OrganizationRow)!;
        Assert.Equal(ValidityPeriod.Always, noValidity.Validity);
    }

    [Fact]
    public void TenureAndMembership_AreIdsAndPeriod()
    {
        Assert.Equal(
            """{"personId":"P1","positionId":"Secretary","organizationId":"O1","period":"2020-10-16/2025-06-30"}""",
            JsonAssert.RoundTrips(new Tenure("P1", PositionIds.Secretary, "O1", new LocalDate(2020, 10, 16), new LocalDate(2025, 6, 30)), Context.Tenure));
        Assert.Equal(
            """{"memberId":"P1","cellId":"C3","period":"2021-03-01/.."}""",
            JsonAssert.RoundTrips(new CellMembership("P1", "C3", new LocalDate(2021, 3, 1)), Context.CellMembership));
    }

    [Fact]
    public void OrganizationViolation_TwoSecretaries_KeepsEveryField()
    {
        var history = new TenureHistory(
        [
            new Tenure("P1", PositionIds.Secretary, "O1", new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31)),
            new Tenure("P2", PositionIds.Secretary, "O1", new LocalDate(2020, 7, 1)),
        ]);
        var violation = Assert.Single(history.FindConflicts());
        using var json = JsonDocument.Parse(JsonAssert.RoundTrips(violation, Context.OrganizationViolation));
        var root = json.RootElement;
        Assert.Equal(
            ["ruleId", "organizationId", "subjectIds", "period", "vietnameseMessage", "englishMessage"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(OrganizationRuleIds.SingleHead, root.GetProperty("ruleId").GetString());
        Assert.Equal("O1", root.GetProperty("organizationId").GetString());
        Assert.Equal(["P1", "P2"], root.GetProperty("subjectIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("2020-07-01/2020-12-31", root.GetProperty("period").GetString());
        Assert.Equal(violation.VietnameseMessage, root.GetProperty("vietnameseMessage").GetString());
    }

    [Fact]
    public void OrganizationTreeProblem_UnknownParent_IsKindRuleAndIds()
    {
        OrganizationRow[] rows =
        [
            new("N0", null, OrganizationKindIds.Central, "TW"),
            new("N1", "N9", OrganizationKindIds.ProvincialCommittee, "Tinh 1"),
        ];
        Assert.False(OrganizationTree.TryBuild(rows, OrganizationCatalog.Standard, out _, out var problems));
        var problem = Assert.Single(problems);
        using var json = JsonDocument.Parse(JsonAssert.RoundTrips(problem, Context.OrganizationTreeProblem));
        var root = json.RootElement;
        Assert.Equal(["kind", "ruleId", "ids", "vietnameseMessage", "englishMessage"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("UnknownParent", root.GetProperty("kind").GetString());
        Assert.Equal(OrganizationRuleIds.TreeParent, root.GetProperty("ruleId").GetString());
        Assert.Equal(["N1", "N9"], root.GetProperty("ids").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(problem.EnglishMessage, root.GetProperty("englishMessage").GetString());
    }

    [Fact]
    public void ReviewSubject_LeavesOutThePartyOfACollective()
    {
        Assert.Equal("""{"kind":"Member","organizationId":"D1","partyId":"p1"}""", JsonAssert.RoundTrips(ReviewSubject.Member("D1", "p1"), Context.ReviewSubject));
        Assert.Equal("""{"kind":"Collective","organizationId":"D1"}""", JsonAssert.RoundTrips(ReviewSubject.Collective("D1"), Context.ReviewSubject));
    }

    [Fact]
    public void FeedbackAndRemediationItems_AreObjects()
    {
        Assert.Equal(
            """{"id":"F1","source":"PeoplesCouncil","received":"2025-01-10","summary":""}""",
            JsonAssert.RoundTrips(new FeedbackItem("F1", FeedbackSource.PeoplesCouncil, new LocalDate(2025, 1, 10)), Context.FeedbackItem));
        Assert.Equal(
            """{"id":"R1","shortcoming":"late","measure":"follow up","owner":"p1","due":"2025-06-30","status":"Open"}""",
            JsonAssert.RoundTrips(new RemediationItem("R1", "late", "follow up", "p1", new LocalDate(2025, 6, 30)), Context.RemediationItem));
    }

    [Fact]
    public void RatingDecided_HasTypeSubjectAtThenItsOwnProperties()
    {
        var facts = new RatingFacts(RatingSubjectKind.Individual) { Score = 82.5m, Targets = new TargetFigures(10, 9, 8, 2) };
        ReviewEvent decided = new RatingDecided(ReviewSubject.Member("D1", "p1"), Instant.FromUtc(2025, 1, 20, 2, 0), RatingLevel.Good, facts);
        Assert.Equal(
            """{"type":"RatingDecided","subject":{"kind":"Member","organizationId":"D1","partyId":"p1"},"at":"2025-01-20T02:00:00Z","level":"Good","facts":{"subject":"Individual","proposed":"Good","score":82.5,"targets":{"total":10,"done":9,"onTime":8,"exceeded":2},"forceMajeure":false,"discipline":{"form":"None","notDutyRelated":false,"selfDetectedAndRemedied":false,"alreadyCounted":false},"leadershipMemberDiscipline":"None","disciplinedSubUnits":0,"selfDetectedDisciplinedSubUnits":0,"subUnitsHandledForViolations":0,"subUnitsDisciplinedForCorruptionOrWaste":0,"leadershipMemberSelfDetected":false,"degradationConcluded":false,"isSuspended":false}}""",
            JsonAssert.RoundTrips(decided, Context.ReviewEvent));
    }

    [Fact]
    public void RatingFacts_MainTargets_AreWrittenOnlyWhenGiven_AndMustComeTogether()
    {
        var facts = new RatingFacts(RatingSubjectKind.PartyOrganization) { Targets = new TargetFigures(10, 4, 4, 0, 3, 3) };
        var json = JsonSerializer.Serialize(facts, Context.RatingFacts);
        Assert.Contains("\"targets\":{\"total\":10,\"done\":4,\"onTime\":4,\"exceeded\":0,\"mainTotal\":3,\"mainDone\":3}", json, StringComparison.Ordinal);
        Assert.Equal(facts.Targets, JsonSerializer.Deserialize(json, Context.RatingFacts)!.Targets);
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(
            """{"subject":"PartyOrganization","targets":{"total":10,"done":4,"onTime":4,"exceeded":0,"mainTotal":3}}""", Context.RatingFacts));
        Assert.Contains("mainDone", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TargetFiguresAndDisciplineRecord_AreObjects()
    {
        Assert.Equal("""{"total":10,"done":9,"onTime":8,"exceeded":2}""", JsonAssert.RoundTrips(new TargetFigures(10, 9, 8, 2), Context.TargetFigures));
        Assert.Equal(
            """{"total":10,"done":4,"onTime":4,"exceeded":0,"mainTotal":3,"mainDone":3}""",
            JsonAssert.RoundTrips(new TargetFigures(10, 4, 4, 0, 3, 3), Context.TargetFigures));
        Assert.Equal(
            """{"form":"Warning","notDutyRelated":true,"selfDetectedAndRemedied":false,"alreadyCounted":false}""",
            JsonAssert.RoundTrips(new DisciplineRecord(Discipline.Warning, NotDutyRelated: true), Context.DisciplineRecord));
        Assert.Equal(new DisciplineRecord(Discipline.Reprimand), JsonSerializer.Deserialize("""{"form":"Reprimand"}""", Context.DisciplineRecord));
    }

    [Fact]
    public void CriterionAndCriteriaSet_NestTheirSubCriteria()
    {
        var criterion = new Criterion("2", "Task results", 70m, [new Criterion("2.1", "Targets", 40m), new Criterion("2.2", "Tasks", 30.0m)]);
        Assert.Equal(
            """{"code":"2","name":"Task results","maxPoints":70,"subCriteria":[{"code":"2.1","name":"Targets","maxPoints":40},{"code":"2.2","name":"Tasks","maxPoints":30.0}]}""",
            JsonAssert.RoundTrips(criterion, Context.Criterion));
        using var json = JsonDocument.Parse(JsonAssert.RoundTrips(CriteriaSets.Regulation366, Context.CriteriaSet));
        var root = json.RootElement;
        Assert.Equal(["name", "ruleId", "criteria"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(CriteriaSets.Regulation366.Name, root.GetProperty("name").GetString());
        Assert.Equal("R366-SCALE", root.GetProperty("ruleId").GetString());
        Assert.Equal(["30", "70"], root.GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("maxPoints").GetRawText()));
        var noRuleId = JsonSerializer.Deserialize("""{"name":"S","criteria":[{"code":"1","name":"A","maxPoints":100}]}""", Context.CriteriaSet)!;
        Assert.Equal("R366-SCALE", noRuleId.RuleId);
    }

    [Fact]
    public void ScoreSheet_IsItsSetPointsByCodeAndDeductions()
    {
        var sheet = ScoreSheet.For(CriteriaSets.Regulation366)
            .WithPoints(CriteriaSets.TaskResultsCode, 61m)
            .WithPoints(CriteriaSets.CommonCode, 27.5m)
            .WithDeduction(CriteriaSets.TaskResultsCode, 1.50m, "late report");
        Assert.Equal(
            """{"code":"2","points":1.50,"reason":"late report"}""",
            JsonAssert.RoundTrips(sheet.Deductions[0], Context.ScoreDeduction));
        using var json = JsonDocument.Parse(JsonAssert.RoundTrips(sheet, Context.ScoreSheet));
        var root = json.RootElement;
        Assert.Equal(["set", "points", "deductions"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("""{"1":27.5,"2":61}""", root.GetProperty("points").GetRawText());
        Assert.Equal("""[{"code":"2","points":1.50,"reason":"late report"}]""", root.GetProperty("deductions").GetRawText());
        Assert.Equal(87.0m, sheet.Total);
    }

    [Fact]
    public void RatingFacts_WithAScoreSheet_WriteItAfterTheScore_AndReadBackItsScore()
    {
        var sheet = ScoreSheet.For(CriteriaSets.Regulation366).WithPoints("1", 27.5m).WithPoints("2", 61m);
        var facts = new RatingFacts(RatingSubjectKind.Individual) { Proposed = RatingLevel.Good, ScoreSheet = sheet };
        using var json = JsonDocument.Parse(JsonAssert.RoundTrips(facts, Context.RatingFacts));
        Assert.Equal(["subject", "proposed", "scoreSheet", "forceMajeure"], json.RootElement.EnumerateObject().Take(4).Select(p => p.Name));
        var back = JsonSerializer.Deserialize(json.RootElement.GetRawText(), Context.RatingFacts)!;
        Assert.Equal(88.5m, back.EffectiveScore);
        Assert.Equal(facts, back);
        Assert.Empty(back.ScoreSheetViolations);
    }

    [Fact]
    public void RatingPolicy_IsItsName()
    {
        foreach (var policy in RatingPolicies.All)
        {
            var json = JsonAssert.RoundTrips(policy, Context.RatingPolicy);
            Assert.Equal(policy.Name, JsonSerializer.Deserialize<string>(json));
            Assert.Same(policy, JsonSerializer.Deserialize(json, Context.RatingPolicy));
        }

        Assert.Equal(
            "\"Quy \\u0111\\u1ECBnh 366-Q\\u0110/TW, H\\u01B0\\u1EDBng d\\u1EABn 43-HD/BTCTW\"",
            JsonSerializer.Serialize(RatingPolicies.Qd366Hd43, Context.RatingPolicy));
    }

    [Fact]
    public void RatingDecision_IsPolicyFactsHighestAllowedAndViolations()
    {
        var facts = new RatingFacts(RatingSubjectKind.Individual) { Proposed = RatingLevel.Excellent, Score = 85m };
        var decision = RatingPolicies.Qd366Hd43.Decide(facts);
        Assert.Equal(RatingLevel.Good, decision.HighestAllowed);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(decision, Context.RatingDecision));
        var root = json.RootElement;
        Assert.Equal(["policy", "facts", "highestAllowed", "violations"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(RatingPolicies.Qd366Hd43.Name, root.GetProperty("policy").GetString());
        Assert.Equal("85", root.GetProperty("facts").GetProperty("score").GetRawText());
        Assert.Equal("Good", root.GetProperty("highestAllowed").GetString());
        Assert.Equal(decision.Violations.Count, root.GetProperty("violations").GetArrayLength());
        Assert.NotEmpty(decision.Violations);
        var back = JsonSerializer.Deserialize(root.GetRawText(), Context.RatingDecision);
        Assert.Same(RatingPolicies.Qd366Hd43, back.Policy);
        Assert.True(back.HasViolations);
        Assert.Equal(decision.ExplainCaps().Count, back.ExplainCaps().Count);

        var exempt = RatingPolicies.Qd366Hd43.Decide(new RatingFacts(RatingSubjectKind.Individual) { IsSuspended = true });
        Assert.True(exempt.IsExempt);
        using var exemptJson = JsonDocument.Parse(JsonSerializer.Serialize(exempt, Context.RatingDecision));
        Assert.Equal(["policy", "facts", "violations"], exemptJson.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.True(JsonSerializer.Deserialize(exemptJson.RootElement.GetRawText(), Context.RatingDecision).IsExempt);
    }

    [Fact]
    public void YearRatingTermResultAndFlag_AreObjects()
    {
        Assert.Equal("""{"year":2024,"level":"Good"}""", JsonAssert.RoundTrips(new YearRating(2024, RatingLevel.Good), Context.YearRating));
        var history = new RatingHistory(
        [
            new YearRating(2020, RatingLevel.Excellent), new YearRating(2021, RatingLevel.Excellent), new YearRating(2022, RatingLevel.Excellent),
            new YearRating(2023, RatingLevel.Excellent), new YearRating(2024, RatingLevel.Excellent),
        ]);
        var term = history.TermRating(2021, 2025);
        using var termJson = JsonDocument.Parse(JsonSerializer.Serialize(term, Context.TermRatingResult));
        Assert.Equal(["level", "yearly", "missingYears", "vietnamese", "english"], termJson.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Excellent", termJson.RootElement.GetProperty("level").GetString());
        Assert.Equal("""{"excellent":4,"good":0,"completed":0,"notCompleted":0}""", termJson.RootElement.GetProperty("yearly").GetRawText());
        Assert.Equal("[2025]", termJson.RootElement.GetProperty("missingYears").GetRawText());
        Assert.Equal(term.English, termJson.RootElement.GetProperty("english").GetString());
        var none = new RatingHistory([]).TermRating(2021, 2025);
        Assert.Null(none.Level);
        Assert.DoesNotContain("\"level\"", JsonSerializer.Serialize(none, Context.TermRatingResult), StringComparison.Ordinal);

        var flag = Assert.Single(history.Flags(2024, HistoryRoles.PartyMember));
        using var flagJson = JsonDocument.Parse(JsonSerializer.Serialize(flag, Context.HistoryFlag));
        Assert.Equal(["ruleId", "vietnamese", "english", "years"], flagJson.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("R-XS-5Y", flagJson.RootElement.GetProperty("ruleId").GetString());
        Assert.Equal("[2020,2021,2022,2023,2024]", flagJson.RootElement.GetProperty("years").GetRawText());
    }

    [Fact]
    public void QuotaSolution_TieAtTheCut_KeepsEveryAssignment()
    {
        QuotaCandidate[] candidates =
        [
            new("c1", 95m, RatingLevel.Excellent), new("c2", 95m, RatingLevel.Excellent), new("c3", 88m, RatingLevel.Good),
            new("c4", 85m, RatingLevel.Good), new("c5", 80m, RatingLevel.Good), new("c6", 75m, RatingLevel.Good),
            new("c7", 60.5m, RatingLevel.Completed),
        ];
        var solution = new QuotaRule("R124-QUOTA").Solve(candidates);
        Assert.Equal(
            """{"rule":{"ruleId":"R124-QUOTA","maxExcellentPercentOfGood":20},"pool":6,"eligible":2,"excellentCount":1,"exceptionApplied":false,"assignments":["""
            + """{"candidate":{"id":"c1","score":95,"highestAllowed":"Excellent"},"level":"Excellent"},"""
            + """{"candidate":{"id":"c2","score":95,"highestAllowed":"Excellent"},"level":"Good"},"""
            + """{"candidate":{"id":"c3","score":88,"highestAllowed":"Good"},"level":"Good"},"""
            + """{"candidate":{"id":"c4","score":85,"highestAllowed":"Good"},"level":"Good"},"""
            + """{"candidate":{"id":"c5","score":80,"highestAllowed":"Good"},"level":"Good"},"""
            + """{"candidate":{"id":"c6","score":75,"highestAllowed":"Good"},"level":"Good"},"""
            + """{"candidate":{"id":"c7","score":60.5,"highestAllowed":"Completed"},"level":"Completed"}],"tiedAtCut":["c1","c2"]}""",
            JsonSerializer.Serialize(solution, Context.QuotaSolution));
        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(solution, Context.QuotaSolution), Context.QuotaSolution)!;
        Assert.Equal(5, back.GoodCount);
        Assert.Equal("""{"ruleId":"R335-QUOTA","maxExcellentPercentOfGood":20}""", JsonAssert.RoundTrips(QuotaRule.Decree335, Context.QuotaRule));
        Assert.Equal(15m, JsonSerializer.Deserialize("""{"ruleId":"R","maxExcellentPercentOfGood":15}""", Context.QuotaRule)!.MaxExcellentPercentOfGood);
        Assert.Equal(20m, JsonSerializer.Deserialize("""{"ruleId":"R"}""", Context.QuotaRule)!.MaxExcellentPercentOfGood);
    }

    [Fact]
    public void RankedItem_IsItemScoreRankAndTie_WithTheCallersConverter()
    {
        var ranking = Ranking.Rank(["Chi bo A", "Chi bo B", "Chi bo C"], name => name.EndsWith('C') ? 8m : 9.5m);
        Assert.Equal(
            """{"item":"Chi bo A","score":9.5,"rank":1,"isTied":true}""",
            JsonAssert.RoundTrips(ranking[0], RankedItemContext.Default.RankedItemString, RankedItemContext.ReflectionOptions));
        Assert.Equal(
            """{"item":"Chi bo C","score":8,"rank":3,"isTied":false}""",
            JsonAssert.RoundTrips(ranking[2], RankedItemContext.Default.RankedItemString, RankedItemContext.ReflectionOptions));
        var group = new RankedItem<QuotaGroup>(new QuotaGroup("Chi bo 1", RatingTally.FromCounts(1, 5, 0, 0)), 97.25m, 1, false);
        Assert.Equal(
            """{"item":{"name":"Chi bo 1","tally":{"excellent":1,"good":5,"completed":0,"notCompleted":0},"outstandingException":false},"score":97.25,"rank":1,"isTied":false}""",
            JsonAssert.RoundTrips(group, RankedItemContext.Default.RankedItemQuotaGroup, RankedItemContext.ReflectionOptions));
    }

    [Fact]
    public void LegacyMapping_WritesALevelOnlyWhenMapped()
    {
        using var mapped = JsonDocument.Parse(JsonAssert.RoundTrips(LegacyRatingLevel.MemberGood.ToCurrent(), Context.LegacyMapping));
        Assert.Equal(["legacy", "isMapped", "level", "vietnamese", "english"], mapped.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("MemberGood", mapped.RootElement.GetProperty("legacy").GetString());
        Assert.Equal("Good", mapped.RootElement.GetProperty("level").GetString());
        using var notMapped = JsonDocument.Parse(JsonAssert.RoundTrips(LegacyRatingLevel.CleanStrong.ToCurrent(), Context.LegacyMapping));
        Assert.Equal(["legacy", "isMapped", "vietnamese", "english"], notMapped.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.False(notMapped.RootElement.GetProperty("isMapped").GetBoolean());
    }

    [Fact]
    public void ReviewDeadlineAndFinding_AreObjects()
    {
        Assert.Equal(
            """{"subject":{"kind":"Member","organizationId":"D1","partyId":"p1"},"stage":"Conference","due":"2025-02-15"}""",
            JsonAssert.RoundTrips(new ReviewDeadline(ReviewSubject.Member("D1", "p1"), ReviewStage.Conference, new LocalDate(2025, 2, 15)), Context.ReviewDeadline));
        Assert.Equal(
            """{"subject":{"kind":"Collective","organizationId":"D1"},"cycleId":"C-2025","item":{"id":"R1","shortcoming":"late","measure":"follow up","owner":"p1","due":"2025-06-30","status":"Open"}}""",
            JsonAssert.RoundTrips(
                new RemediationFinding(ReviewSubject.Collective("D1"), "C-2025", new RemediationItem("R1", "late", "follow up", "p1", new LocalDate(2025, 6, 30))),
                Context.RemediationFinding));
    }

    [Fact]
    public void FeedbackCounts_IsOneCountPerSource_AndMissingSourcesReadAsZero()
    {
        var counts = FeedbackCounts.Of(
        [
            new FeedbackItem("F1", FeedbackSource.HigherCommittee, new LocalDate(2025, 1, 10)),
            new FeedbackItem("F2", FeedbackSource.HigherCommittee, new LocalDate(2025, 1, 11)),
            new FeedbackItem("F3", FeedbackSource.RetiredLeaders, new LocalDate(2025, 1, 12)),
        ]);
        Assert.Equal(
            """{"higherCommittee":2,"peoplesCouncil":0,"subordinateUnit":0,"retiredLeaders":1,"cellOfResidence":0,"public":0,"other":0}""",
            JsonAssert.RoundTrips(counts, Context.FeedbackCounts));
        Assert.Equal(FeedbackCounts.Empty, JsonSerializer.Deserialize("{}", Context.FeedbackCounts));
        Assert.Equal(3, JsonSerializer.Deserialize("""{"higherCommittee":2,"retiredLeaders":1}""", Context.FeedbackCounts)!.Total);
    }

    [Theory]
    [InlineData("1.004", """{"value":1004,"notation":"Vietnamese","alternative":1.004}""")]
    [InlineData("27,98", """{"value":27.98,"notation":"Vietnamese"}""")]
    [InlineData("99.41", """{"value":99.41,"notation":"English"}""")]
    [InlineData("0,60", """{"value":0.60,"notation":"Vietnamese"}""")]
    public void ParsedNumber_KeepsItsScaleAndAlternative(string text, string expected)
    {
        Assert.True(PartyWork.Domain.Text.VietnameseNumber.TryRead(text, out var number));
        Assert.Equal(expected, JsonAssert.RoundTrips(number, Context.ParsedNumber));
    }

    [Fact]
    public void ReviewPlanned_WritesThePolicyName_AndReadsTheSamePolicy()
    {
        ReviewEvent planned = new ReviewPlanned(ReviewSubject.Collective("D1"), Instant.FromUtc(2025, 1, 2, 1, 0), "C-2025", RatingPolicies.Qd366Hd43);
        using var json = JsonDocument.Parse(JsonAssert.RoundTrips(planned, Context.ReviewEvent));
        Assert.Equal(["type", "subject", "at", "cycleId", "policy"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(RatingPolicies.Qd366Hd43.Name, json.RootElement.GetProperty("policy").GetString());
        var back = (ReviewPlanned)JsonSerializer.Deserialize(json.RootElement.GetRawText(), Context.ReviewEvent)!;
        Assert.Same(RatingPolicies.Qd366Hd43, back.Policy);
    }

    [Fact]
    public void ReviewEvent_TypeMayComeLast()
    {
        const string json = """{"subject":{"kind":"Collective","organizationId":"D1"},"at":"2025-01-01T00:00:00Z","item":{"id":"R1","shortcoming":"a","measure":"b","owner":"c","due":"2025-03-01"},"type":"RemediationPlanned"}""";
        var e = Assert.IsType<RemediationPlanned>(JsonSerializer.Deserialize(json, Context.ReviewEvent));
        Assert.Equal("R1", e.Item.Id);
        Assert.Equal(RemediationStatus.Open, e.Item.Status);
    }

    [Fact]
    public void Review_EventsReplayed_GiveTheSameReview()
    {
        var subject = ReviewSubject.Member("D1", "p1");
        var at = Instant.FromUtc(2025, 1, 2, 1, 0);
        var review = Review.Start(new ReviewPlanned(subject, at, "C-2025", RatingPolicies.ForReviewYear(2025)))
            .Apply(new FeedbackOpened(subject, at.Plus(Duration.FromHours(1))))
            .Apply(new FeedbackReceived(subject, at.Plus(Duration.FromHours(2)), new FeedbackItem("F1", FeedbackSource.CellOfResidence, new LocalDate(2025, 1, 5), "Tốt")))
            .Apply(new SelfAssessmentSubmitted(subject, at.Plus(Duration.FromHours(3)), RatingLevel.Good))
            .Apply(new ConferenceHeld(subject, at.Plus(Duration.FromHours(4))));
        var json = JsonSerializer.Serialize(review.Events, JsonAssert.Options);
        var replayed = Review.Replay(JsonSerializer.Deserialize<ReviewEvent[]>(json, JsonAssert.Options)!);
        Assert.Equal(review, replayed);
        Assert.Equal(ReviewStage.Conference, replayed.Stage);
        Assert.Equal(RatingLevel.Good, replayed.SelfRating);
    }

    [Fact]
    public void OrderViolationAndRefusal_AreObjects()
    {
        var violation = new OrderViolation("R-ORDER", ReviewSubject.Member("D1", "p1"), ReviewSubject.Collective("D1"), 2, "Sai thứ tự", "Wrong order");
        Assert.Equal(
            """{"ruleId":"R-ORDER","subject":{"kind":"Member","organizationId":"D1","partyId":"p1"},"other":{"kind":"Collective","organizationId":"D1"},"position":2,"vietnamese":"Sai th\u1EE9 t\u1EF1","english":"Wrong order"}""",
            JsonAssert.RoundTrips(violation, Context.OrderViolation));
        var refusal = new ReviewRefusal("R-STAGE", "Không", "No", [new RuleViolation("R1", "v", "e", [new RatingFigure("x", 1.50m)])]);
        Assert.Equal(
            """{"ruleId":"R-STAGE","vietnamese":"Kh\u00F4ng","english":"No","violations":[{"ruleId":"R1","vietnamese":"v","english":"e","figures":[{"name":"x","value":1.50}]}]}""",
            JsonSerializer.Serialize(refusal, Context.ReviewRefusal));
    }

    [Theory]
    [InlineData(RatingSubjects.Individual | RatingSubjects.LeadershipCollective, "\"Individual, LeadershipCollective\"")]
    [InlineData(RatingSubjects.Persons, "\"Persons\"")]
    [InlineData(RatingSubjects.None, "\"None\"")]
    public void FlagsEnumeration_IsItsMemberNames(RatingSubjects subjects, string expected) =>
        Assert.Equal(expected, JsonAssert.RoundTrips(subjects, Context.RatingSubjects));

    [Fact]
    public void FlagsEnumeration_NumbersAndUnnamedBits_AreRefused()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"3\"", Context.RatingSubjects));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("3", Context.RatingSubjects));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"Individual,Leader\"", Context.RatingSubjects));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize((RatingSubjects)16, Context.RatingSubjects));
    }

    [Fact]
    public void Enumerations_InsideResults_AreNamesOnBothPaths()
    {
        Assert.Equal("\"Consistent\"", JsonSerializer.Serialize(ClaimVerdict.Consistent, Context.ClaimVerdict));
        Assert.Equal("\"Consistent\"", JsonSerializer.Serialize(ClaimVerdict.Consistent, JsonAssert.Options));
        Assert.Equal(ReviewPeriodKind.Term, JsonSerializer.Deserialize("\"Term\"", Context.ReviewPeriodKind));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("6", Context.ReviewPeriodKind));
    }

    [Fact]
    public void VietnameseText_RoundTripsExactly_EvenWhenEscaped()
    {
        var group = new QuotaGroup("Đảng bộ xã Tân Hòa", RatingTally.Zero);
        var json = JsonAssert.RoundTrips(group, Context.QuotaGroup);
        Assert.Equal("Đảng bộ xã Tân Hòa", JsonSerializer.Deserialize(json, Context.QuotaGroup)!.Name);
    }

    [Fact]
    public void LocalDate_UsesNodaTimesIsoFormat()
    {
        var date = new LocalDate(2024, 7, 1);
        Assert.Equal("\"2024-07-01\"", JsonSerializer.Serialize(date, JsonAssert.Options));
        Assert.Equal("\"2024-07-01\"", JsonSerializer.Serialize(date, Context.LocalDate));
        Assert.Equal(date, JsonSerializer.Deserialize(JsonSerializer.Serialize(date, Context.LocalDate), Context.LocalDate));
        Assert.Equal(
            date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(date, JsonAssert.Options)));
    }

    [Fact]
    public void DateInterval_UsesNodaTimesConverter_OnBothPaths()
    {
        var quarter = new DateInterval(new LocalDate(2024, 7, 1), new LocalDate(2024, 9, 30));
        var json = JsonSerializer.Serialize(quarter, Context.DateInterval);
        Assert.Equal(JsonSerializer.Serialize(quarter, JsonAssert.Options), json);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        Assert.Equal(quarter, JsonSerializer.Deserialize(json, Context.DateInterval));
        Assert.Equal(quarter, JsonSerializer.Deserialize<DateInterval>(json, JsonAssert.Options));
    }

    [Fact]
    public void EveryNodaTimeTypeOfTheContext_HasAConverter_NotTheDefaultContract()
    {
        var nodaTypes = typeof(PartyWorkJsonContext).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(System.Text.Json.Serialization.Metadata.JsonTypeInfo<>))
            .Select(p => (System.Text.Json.Serialization.Metadata.JsonTypeInfo)p.GetValue(Context)!)
            .Where(info => info.Type.Namespace == "NodaTime")
            // CalendarSystem is only reached as a property of LocalDate and DateInterval, which have converters.
            .Where(info => info.Type != typeof(CalendarSystem))
            .ToArray();
        Assert.Contains(nodaTypes, info => info.Type == typeof(DateInterval));
        Assert.All(nodaTypes, info => Assert.True(
            info.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.None,
            $"{info.Type.Name} is serialized with the default {info.Kind} contract, not NodaTime's converter"));
    }
}

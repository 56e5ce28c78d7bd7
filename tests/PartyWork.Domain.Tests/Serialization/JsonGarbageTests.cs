using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Ratios;
using PartyWork.Domain.Serialization;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Serialization;

/// <summary>Garbage JSON never throws anything but <see cref="JsonException"/>, and the errors say where and what was expected.</summary>
public sealed class JsonGarbageTests
{
    private static readonly PartyWorkJsonContext Context = PartyWorkJsonContext.Default;

    [Property(MaxTest = 300)]
    public Property AnyText_ForEveryType_ThrowsOnlyJsonException() =>
        Prop.ForAll(SerializationGenerators.GarbageJson(), json =>
            JsonAssert.FailsOnlyWithJsonException(json, Context.Ratio)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.TextPosition)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.ClaimCheckOptions)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.PercentClaimCheck)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.SumClaimCheck)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.ReportClaim)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.ReviewPeriod)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.CongressTerm)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.CentralCommitteeTerm)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.Plenum)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.PlenumReference)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.DocumentSymbol)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.DocumentReference)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.RatingLevel)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.RatingTally)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.RatingFigure)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.RatingShare)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.RatingCap)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.RuleViolation)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.QuotaGroup)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.QuotaExcess)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.ValidityPeriod)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.OrganizationRow)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.Tenure)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.CellMembership)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.OrganizationViolation)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.OrganizationTreeProblem)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.ReviewSubject)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.FeedbackItem)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.RemediationItem)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.OrderViolation)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.ReviewRefusal)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.RatingFacts)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.TargetFigures)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.DisciplineRecord)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.ScoreDeduction)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.Criterion)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.CriteriaSet)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.ScoreSheet)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.RatingPolicy)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.RatingDecision)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.YearRating)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.TermRatingResult)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.HistoryFlag)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.QuotaRule)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.QuotaCandidate)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.QuotaAssignment)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.QuotaSolution)
            && JsonAssert.FailsOnlyWithJsonException(json, RankedItemContext.Default.RankedItemQuotaGroup, RankedItemContext.ReflectionOptions)
            && JsonAssert.FailsOnlyWithJsonException(json, RankedItemContext.Default.RankedItemString, RankedItemContext.ReflectionOptions)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.LegacyMapping)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.ReviewDeadline)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.RemediationFinding)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.FeedbackCounts)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.ParsedNumber)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.ReviewEvent)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.RatingDecided)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.DeadlineSet)
            && JsonAssert.FailsOnlyWithJsonException(json, Context.LocalDate));

    [Property]
    public Property ValidJson_WithOneMemberBroken_ThrowsOnlyJsonException() =>
        Prop.ForAll(RatingsGenerators.Tallies(), SerializationGenerators.GarbageJson(), Arb.From(Gen.Choose(0, 3)), (tally, garbage, index) =>
        {
            var json = JsonSerializer.Serialize(new QuotaGroup("Chi bộ 1", tally), JsonAssert.Options);
            var names = new[] { "excellent", "good", "completed", "notCompleted" };
            var broken = json.Replace($"\"{names[index]}\":{tally[(RatingLevel)(4 - index)]}", $"\"{names[index]}\":{garbage}", StringComparison.Ordinal);
            return JsonAssert.FailsOnlyWithJsonException(broken, Context.QuotaGroup)
                && JsonAssert.FailsOnlyWithJsonException(broken, Context.QuotaExcess);
        });

    [Theory]
    [InlineData("\"502/493\"")]
    [InlineData("\"493/0\"")]
    [InlineData("\"-1/2\"")]
    [InlineData("493")]
    [InlineData("null")]
    [InlineData("{\"part\":493,\"whole\":502}")]
    public void Ratio_Invalid_ThrowsJsonExceptionSayingWhatWasExpected(string json)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Ratio>(json, JsonAssert.Options));
        Assert.Contains("part/whole", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$", ex.Path);
    }

    [Fact]
    public void NestedError_HasThePathOfTheValue()
    {
        const string json = """{"items":[{"excellent":1,"good":2,"completed":3,"notCompleted":4},{"excellent":1,"good":-2,"completed":3,"notCompleted":4}]}""";
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder>(json, JsonAssert.Options));
        Assert.Equal("$.items[1]", ex.Path);
        Assert.Contains("'good': a count from 0", ex.Message, StringComparison.Ordinal);
        Assert.Contains("-2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingProperty_IsNamed()
    {
        var ex = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize("""{"excellent":1,"good":2,"completed":3}""", Context.RatingTally));
        Assert.Contains("'notCompleted'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("missing", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("\"excellent\"")]
    [InlineData("\"Xuất sắc\"")]
    [InlineData("\"1\"")]
    [InlineData("\"Excellent, Good\"")]
    public void RatingLevel_NumberOrOtherSpelling_IsRefused(string json)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.RatingLevel));
        Assert.Contains("a rating level, one of \"NotCompleted\", \"Completed\", \"Good\", \"Excellent\"", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"kind":"Quarter","start":"2024-07-01","end":"2024-09-29"}""")]
    [InlineData("""{"kind":"Quarter","start":"2024-07-02","end":"2024-09-30"}""")]
    [InlineData("""{"kind":"FirstMonths","start":"2024-01-01","end":"2024-03-31"}""")]
    [InlineData("""{"kind":"Interval","start":"2024-03-01","end":"2024-02-01"}""")]
    [InlineData("""{"kind":"Year","start":"0999-01-01","end":"0999-12-31"}""")]
    [InlineData("""{"kind":"Term","start":"2020-01-01","end":"2015-12-31"}""")]
    [InlineData("""{"kind":"Month","start":"2024-02-30","end":"2024-03-01"}""")]
    [InlineData("""{"kind":2,"start":"2024-07-01","end":"2024-09-30"}""")]
    [InlineData("""{"start":"2024-07-01","end":"2024-09-30"}""")]
    public void ReviewPeriod_DaysNotOfTheKind_AreRefused(string json)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.ReviewPeriod));
        Assert.StartsWith("Expected ", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$", ex.Path);
    }

    [Theory]
    [InlineData("""{"termNumber":12,"number":100}""")]
    [InlineData("""{"termNumber":0,"number":4}""")]
    [InlineData("""{"termNumber":12.5,"number":4}""")]
    [InlineData("""{"termNumber":"12","number":4}""")]
    public void Plenum_OutOfRangeOrWrongType_ThrowsJsonExceptionNamingTheProperty(string json)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.Plenum));
        Assert.Contains("'", ex.Message, StringComparison.Ordinal);
        Assert.Matches("termNumber|number", ex.Message);
    }

    [Theory]
    [InlineData("\"XV\"")]
    [InlineData("\"xii\"")]
    [InlineData("\"12\"")]
    [InlineData("12")]
    public void CentralCommitteeTerm_NotInTheDefaultCatalog_IsRefused(string json)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.CentralCommitteeTerm));
        Assert.Contains("Roman numeral", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name":"  ","tally":{"excellent":0,"good":0,"completed":0,"notCompleted":0}}""")]
    [InlineData("""{"name":"A","tally":null}""")]
    [InlineData("""{"name":"A"}""")]
    public void QuotaGroup_BlankNameOrNoTally_IsRefused(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.QuotaGroup));

    [Theory]
    [InlineData("\"2020-01-01/2019-12-31\"")]
    [InlineData("\"2020-01-01\"")]
    [InlineData("\"2020-02-30/..\"")]
    [InlineData("\"2020-01-01/...\"")]
    [InlineData("20200101")]
    [InlineData("{\"start\":\"2020-01-01\"}")]
    public void ValidityPeriod_Malformed_IsRefused(string json)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.ValidityPeriod));
        Assert.Contains("uuuu-MM-dd/..", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id":" ","kindId":"K","name":"A"}""", "'id'")]
    [InlineData("""{"id":"N1","parentId":"","kindId":"K","name":"A"}""", "'parentId'")]
    [InlineData("""{"id":"N1","kindId":"K"}""", "'name'")]
    [InlineData("""{"id":"N1","kindId":"K","name":"A","validity":"2020-01-01/2019-01-01"}""", "'validity'")]
    public void OrganizationRow_BlankOrMissingOrBadValidity_IsRefused(string json, string named)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.OrganizationRow));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"personId":"P1","positionId":"","organizationId":"O1","period":"2020-01-01/.."}""")]
    [InlineData("""{"personId":"P1","positionId":"bi-thu","organizationId":"O1"}""")]
    [InlineData("""{"personId":"P1","positionId":"bi-thu","organizationId":"O1","period":null}""")]
    public void Tenure_BlankIdOrNoPeriod_IsRefused(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.Tenure));

    [Theory]
    [InlineData("""{"kind":"Loop","ruleId":"R","ids":[],"vietnameseMessage":"","englishMessage":""}""")]
    [InlineData("""{"kind":5,"ruleId":"R","ids":[],"vietnameseMessage":"","englishMessage":""}""")]
    [InlineData("""{"kind":"Cycle","ruleId":"R","ids":[1],"vietnameseMessage":"","englishMessage":""}""")]
    [InlineData("""{"kind":"Cycle","ruleId":"R","vietnameseMessage":"","englishMessage":""}""")]
    public void OrganizationTreeProblem_UnknownKindOrBadIds_IsRefused(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.OrganizationTreeProblem));

    [Property]
    public Property ValidEvent_WithOneMemberReplacedByGarbage_ThrowsOnlyJsonException() =>
        Prop.ForAll(SerializationGenerators.Events(), SerializationGenerators.GarbageJson(), Arb.From(Gen.Choose(0, 40)), (e, garbage, pick) =>
        {
            using var document = JsonDocument.Parse(JsonSerializer.Serialize(e, Context.ReviewEvent));
            var members = document.RootElement.EnumerateObject().ToArray();
            var broken = pick % members.Length;
            var json = "{" + string.Join(",", members.Select((m, i) =>
                JsonSerializer.Serialize(m.Name) + ":" + (i == broken ? garbage : m.Value.GetRawText()))) + "}";
            return JsonAssert.FailsOnlyWithJsonException(json, Context.ReviewEvent);
        });

    [Theory]
    [InlineData("""{"type":"Deleted","subject":{"kind":"Collective","organizationId":"D1"},"at":"2025-01-01T00:00:00Z"}""", "'type'")]
    [InlineData("""{"subject":{"kind":"Collective","organizationId":"D1"},"at":"2025-01-01T00:00:00Z"}""", "'type'")]
    [InlineData("""{"type":"ConferenceHeld","subject":{"kind":"Collective","organizationId":"D1"},"at":"2025-01-01"}""", "'at'")]
    [InlineData("""{"type":"ReviewPlanned","subject":{"kind":"Collective","organizationId":"D1"},"at":"2025-01-01T00:00:00Z","cycleId":"C","policy":"Mine"}""", "'policy'")]
    [InlineData("""{"type":"DeadlineSet","subject":{"kind":"Collective","organizationId":"D1"},"at":"2025-01-01T00:00:00Z","stage":"Planned","due":"2025-02-01"}""", "DeadlineSet")]
    [InlineData("""{"type":"RatingDecided","subject":{"kind":"Collective","organizationId":"D1","partyId":"p"},"at":"2025-01-01T00:00:00Z","level":"Good"}""", "'partyId'")]
    [InlineData("""{"type":"RatingDecided","subject":{"kind":"Member","organizationId":"D1"},"at":"2025-01-01T00:00:00Z","level":"Good"}""", "'partyId'")]
    [InlineData("""{"type":"RatingDecided","subject":{"kind":"Member","organizationId":"D1","partyId":"p"},"at":"2025-01-01T00:00:00Z","level":"Good","facts":{"subject":"Individual","score":120}}""", "'score'")]
    public void ReviewEvent_Invalid_IsRefusedNamingTheProblem(string json, string named)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.ReviewEvent));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewEvent_OfAnotherTypeUnderAnEventType_IsRefused()
    {
        const string json = """{"type":"ConferenceHeld","subject":{"kind":"Collective","organizationId":"D1"},"at":"2025-01-01T00:00:00Z"}""";
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.RatingDecided));
        Assert.Contains("RatingDecided", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomPolicyInAnEvent_CannotBeWritten()
    {
        var subject = PartyWork.Domain.Reviews.ReviewSubject.Collective("D1");
        var custom = RatingPolicies.Qd366Hd43 with { Name = "Riêng" };
        var planned = new PartyWork.Domain.Reviews.ReviewPlanned(subject, NodaTime.Instant.FromUtc(2025, 1, 1, 0, 0), "C", custom);
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Serialize<PartyWork.Domain.Reviews.ReviewEvent>(planned, Context.ReviewEvent));
        Assert.Contains("RatingPolicies.All", ex.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(PartyWork.Domain.Reviews.ReviewSubject), Context.ReviewSubject));
    }

    [Property]
    public Property ValidDecision_WithOneMemberReplacedByGarbage_ThrowsOnlyJsonException() =>
        Prop.ForAll(SerializationGenerators.Decisions(), SerializationGenerators.GarbageJson(), Arb.From(Gen.Choose(0, 40)), (decision, garbage, pick) =>
            JsonAssert.FailsOnlyWithJsonException(ReplaceMember(JsonSerializer.Serialize(decision, Context.RatingDecision), garbage, pick), Context.RatingDecision));

    [Property]
    public Property ValidSheet_WithOneMemberReplacedByGarbage_ThrowsOnlyJsonException() =>
        Prop.ForAll(SerializationGenerators.Sheets(), SerializationGenerators.GarbageJson(), Arb.From(Gen.Choose(0, 40)), (sheet, garbage, pick) =>
            JsonAssert.FailsOnlyWithJsonException(ReplaceMember(JsonSerializer.Serialize(sheet, Context.ScoreSheet), garbage, pick), Context.ScoreSheet));

    [Property]
    public Property ValidSolution_WithOneMemberReplacedByGarbage_ThrowsOnlyJsonException() =>
        Prop.ForAll(SerializationGenerators.Solutions(), SerializationGenerators.GarbageJson(), Arb.From(Gen.Choose(0, 40)), (solution, garbage, pick) =>
            JsonAssert.FailsOnlyWithJsonException(ReplaceMember(JsonSerializer.Serialize(solution, Context.QuotaSolution), garbage, pick), Context.QuotaSolution));

    [Theory]
    [InlineData("\"Quy định 366\"")]
    [InlineData("\"quy định 366-qđ/tw, hướng dẫn 43-hd/btctw\"")]
    [InlineData("5")]
    [InlineData("{\"name\":\"Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW\"}")]
    public void RatingPolicy_NotTheNameOfABuiltInOne_IsRefused(string json)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.RatingPolicy));
        Assert.StartsWith("Expected a rating policy: the name of a policy of RatingPolicies.All", ex.Message, StringComparison.Ordinal);
        Assert.Contains("but found", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomPolicy_CannotBeWritten_AloneOrInADecision()
    {
        var custom = RatingPolicies.Qd366Hd43 with { Name = "Quy định riêng của Đảng bộ tỉnh" };
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(custom, Context.RatingPolicy));
        Assert.Contains("RatingPolicies.All", ex.Message, StringComparison.Ordinal);
        var decision = custom.Decide(new RatingFacts(RatingSubjectKind.Individual) { Proposed = RatingLevel.Good, Score = 80m });
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(decision, Context.RatingDecision));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(RatingDecision), Context.RatingDecision));
        Assert.Equal(
            "\"Quy \\u0111\\u1ECBnh 366-Q\\u0110/TW, H\\u01B0\\u1EDBng d\\u1EABn 43-HD/BTCTW\"",
            JsonSerializer.Serialize(RatingPolicies.Qd366Hd43 with { }, Context.RatingPolicy));
    }

    [Theory]
    [InlineData("""{"policy":"Mine","facts":{"subject":"Individual"},"violations":[]}""", "'policy'")]
    [InlineData("""{"policy":"Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW","violations":[]}""", "'facts'")]
    [InlineData("""{"policy":"Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW","facts":{"subject":"Individual"}}""", "'violations'")]
    [InlineData("""{"policy":"Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW","facts":{"subject":"Individual"},"highestAllowed":"Best","violations":[]}""", "'highestAllowed'")]
    [InlineData("""{"policy":"Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW","facts":{"subject":"Individual"},"violations":{}}""", "'violations'")]
    public void RatingDecision_Invalid_IsRefusedNamingTheProperty(string json, string named)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.RatingDecision));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("Expected ", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"code":"","name":"A","maxPoints":30}""", "non-blank")]
    [InlineData("""{"code":"1","name":"A","maxPoints":0}""", "'maxPoints' above 0")]
    [InlineData("""{"code":"1","name":"A","maxPoints":-5}""", "'maxPoints' above 0")]
    [InlineData("""{"code":"1","name":"A","maxPoints":30,"subCriteria":[{"code":"1.1","name":"B","maxPoints":20}]}""", "adding up")]
    [InlineData("""{"code":"1","name":"A","maxPoints":"30"}""", "'maxPoints': a number")]
    [InlineData("""{"code":"1","name":"A"}""", "'maxPoints'")]
    [InlineData("""{"code":"1","name":"A","maxPoints":30,"subCriteria":{}}""", "'subCriteria'")]
    public void Criterion_Invalid_IsRefused(string json, string named)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.Criterion));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name":"S","criteria":[]}""", "at least one criterion")]
    [InlineData("""{"name":"S","criteria":[{"code":"1","name":"A","maxPoints":30},{"code":"1","name":"B","maxPoints":70}]}""", "unique codes")]
    [InlineData("""{"name":" ","criteria":[{"code":"1","name":"A","maxPoints":30}]}""", "non-blank")]
    [InlineData("""{"name":"S","ruleId":"","criteria":[{"code":"1","name":"A","maxPoints":30}]}""", "non-blank")]
    [InlineData("""{"name":"S"}""", "'criteria'")]
    public void CriteriaSet_Invalid_IsRefused(string json, string named)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.CriteriaSet));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Criterion_NestedDeeperThanTheDepthLimit_IsRefusedOnBothSides()
    {
        var criterion = new Criterion("x", "leaf", 1m);
        for (var i = 0; i < 40; i++)
        {
            criterion = new Criterion("x" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "parent", 1m, [criterion]);
        }

        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(criterion, Context.Criterion));
        Assert.Contains("depth limit of 64", ex.Message, StringComparison.Ordinal);
        var deep = string.Concat(Enumerable.Repeat("""{"code":"c","name":"n","maxPoints":1,"subCriteria":[""", 40))
            + """{"code":"c","name":"n","maxPoints":1}""" + string.Concat(Enumerable.Repeat("]}", 40));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(deep, Context.Criterion));
    }

    [Theory]
    [InlineData("""{"points":{"1":20}}""", "'set'")]
    [InlineData("""{"set":{"name":"S","criteria":[{"code":"1","name":"A","maxPoints":30}]},"points":{"1":20,"1":25}}""", "twice")]
    [InlineData("""{"set":{"name":"S","criteria":[{"code":"1","name":"A","maxPoints":30}]},"points":{"1":"20"}}""", "'points' of \"1\"")]
    [InlineData("""{"set":{"name":"S","criteria":[{"code":"1","name":"A","maxPoints":30}]},"points":[20]}""", "'points'")]
    [InlineData("""{"set":{"name":"S","criteria":[{"code":"1","name":"A","maxPoints":30}]},"deductions":[{"code":"1","points":2}]}""", "'reason'")]
    [InlineData("""{"set":{"name":"S","criteria":[{"code":"1","name":"A","maxPoints":30}]},"deductions":[{"code":null,"points":2,"reason":""}]}""", "'code'")]
    public void ScoreSheet_Invalid_IsRefused(string json, string named)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.ScoreSheet));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoreSheet_FiguresThatBreakTheSet_AreReadAsData_AndValidateReportsThem()
    {
        const string json = """{"set":{"name":"S","ruleId":"R-S","criteria":[{"code":"1","name":"A","maxPoints":30}]},"points":{"1":45,"9":1},"deductions":[{"code":"1","points":-2,"reason":"?"}]}""";
        var sheet = JsonSerializer.Deserialize(json, Context.ScoreSheet)!;
        var violations = sheet.Validate();
        Assert.Equal(3, violations.Count);
        Assert.All(violations, v => Assert.Equal("R-S", v.RuleId));
        Assert.Equal(json, JsonSerializer.Serialize(sheet, Context.ScoreSheet));
    }

    [Theory]
    [InlineData("""{"year":1929,"level":"Good"}""", "'year': a year from 1930 to 9999")]
    [InlineData("""{"year":10000,"level":"Good"}""", "'year': a year from 1930 to 9999")]
    [InlineData("""{"year":2024.5,"level":"Good"}""", "'year'")]
    [InlineData("""{"year":2024}""", "'level'")]
    [InlineData("""{"year":2024,"level":"Xuất sắc"}""", "'level'")]
    public void YearRating_Invalid_IsRefused(string json, string named)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.YearRating));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"yearly":{"excellent":0,"good":0,"completed":0,"notCompleted":0},"missingYears":[2021,2021],"vietnamese":"","english":""}""", "strictly ascending")]
    [InlineData("""{"yearly":{"excellent":0,"good":0,"completed":0,"notCompleted":0},"missingYears":[2022,2021],"vietnamese":"","english":""}""", "found 2021 after 2022")]
    [InlineData("""{"yearly":{"excellent":0,"good":0,"completed":0,"notCompleted":0},"missingYears":["2021"],"vietnamese":"","english":""}""", "a year in 'missingYears'")]
    [InlineData("""{"yearly":{"excellent":0,"good":0,"completed":0,"notCompleted":0},"vietnamese":"","english":""}""", "'missingYears'")]
    [InlineData("""{"missingYears":[],"vietnamese":"","english":""}""", "'yearly'")]
    public void TermRatingResult_Invalid_IsRefused(string json, string named)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.TermRatingResult));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"ruleId":" "}""", "non-blank")]
    [InlineData("""{"ruleId":"R","maxExcellentPercentOfGood":100.5}""", "from 0 to 100")]
    [InlineData("""{"ruleId":"R","maxExcellentPercentOfGood":-1}""", "from 0 to 100")]
    [InlineData("""{"maxExcellentPercentOfGood":20}""", "'ruleId'")]
    public void QuotaRule_Invalid_IsRefused(string json, string named)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.QuotaRule));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"candidate":{"id":"c","score":1,"highestAllowed":"Good"},"level":"Excellent"}""")]
    [InlineData("""{"candidate":{"id":"c","score":1,"highestAllowed":"Completed"},"level":"Good"}""")]
    [InlineData("""{"candidate":{"id":"c","score":1,"highestAllowed":"Excellent"},"level":"Completed"}""")]
    public void QuotaAssignment_LevelTheSolverCannotGive_IsRefused(string json)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.QuotaAssignment));
        Assert.Contains("'highestAllowed'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("but found", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, 1, 1, "[]", "'pool'")]
    [InlineData(3, 2, 1, "[]", "'eligible'")]
    [InlineData(3, 1, 0, "[]", "'excellentCount'")]
    [InlineData(3, 1, 1, "[\"c9\"]", "'tiedAtCut'")]
    [InlineData(3, 1, 1, "[\"c2\"]", "'tiedAtCut'")]
    public void QuotaSolution_CountsNotThoseOfTheAssignments_AreRefused(long pool, long eligible, long excellent, string tied, string named)
    {
        var json = $$"""{"rule":{"ruleId":"R124-QUOTA"},"pool":{{pool}},"eligible":{{eligible}},"excellentCount":{{excellent}},"exceptionApplied":false,"assignments":[{"candidate":{"id":"c1","score":90,"highestAllowed":"Excellent"},"level":"Excellent"},{"candidate":{"id":"c2","score":80,"highestAllowed":"Good"},"level":"Good"},{"candidate":{"id":"c3","score":80,"highestAllowed":"Good"},"level":"Good"},{"candidate":{"id":"c4","score":70,"highestAllowed":"Completed"},"level":"Completed"}],"tiedAtCut":{{tied}}}""";
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.QuotaSolution));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QuotaSolution_AssignmentsNotInScoreOrder_AreRefused()
    {
        const string json = """{"rule":{"ruleId":"R"},"pool":2,"eligible":0,"excellentCount":0,"exceptionApplied":false,"assignments":[{"candidate":{"id":"a","score":1,"highestAllowed":"Good"},"level":"Good"},{"candidate":{"id":"b","score":2,"highestAllowed":"Good"},"level":"Good"}],"tiedAtCut":[]}""";
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.QuotaSolution));
        Assert.Contains("descending score order", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"item":"x","score":1,"rank":0,"isTied":false}""", "'rank': an integer from 1")]
    [InlineData("""{"item":"x","score":1,"rank":1.5,"isTied":false}""", "'rank'")]
    [InlineData("""{"score":1,"rank":1,"isTied":false}""", "'item'")]
    [InlineData("""{"item":5,"score":1,"rank":1,"isTied":false}""", "")]
    [InlineData("""{"item":"x","score":1,"rank":1}""", "'isTied'")]
    public void RankedItem_Invalid_IsRefused(string json, string named)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, RankedItemContext.Default.RankedItemString));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<RankedItem<string>>(json, RankedItemContext.ReflectionOptions));
    }

    [Theory]
    [InlineData("""{"legacy":"CleanStrong","isMapped":false,"level":"Good","vietnamese":"","english":""}""", "no 'level'")]
    [InlineData("""{"legacy":"MemberGood","isMapped":true,"vietnamese":"","english":""}""", "'level'")]
    [InlineData("""{"legacy":"Good","isMapped":true,"level":"Good","vietnamese":"","english":""}""", "'legacy'")]
    [InlineData("""{"legacy":"MemberGood","level":"Good","vietnamese":"","english":""}""", "'isMapped'")]
    public void LegacyMapping_Invalid_IsRefused(string json, string named)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.LegacyMapping));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"subject":{"kind":"Collective","organizationId":"D1"},"stage":"Planned","due":"2025-02-15"}""", "'stage' has a deadline")]
    [InlineData("""{"subject":{"kind":"Collective","organizationId":"D1"},"stage":"Conference","due":"2025-02-30"}""", "'due'")]
    [InlineData("""{"subject":{"kind":"Member","organizationId":"D1"},"stage":"Conference","due":"2025-02-15"}""", "'partyId'")]
    [InlineData("""{"stage":"Conference","due":"2025-02-15"}""", "'subject'")]
    public void ReviewDeadline_Invalid_IsRefused(string json, string named)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.ReviewDeadline));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"subject":{"kind":"Collective","organizationId":"D1"},"cycleId":" ","item":{"id":"R1","shortcoming":"a","measure":"b","owner":"c","due":"2025-03-01"}}""", "'cycleId'")]
    [InlineData("""{"subject":{"kind":"Collective","organizationId":"D1"},"cycleId":"C"}""", "'item'")]
    [InlineData("""{"subject":{"kind":"Collective","organizationId":"D1"},"cycleId":"C","item":{"id":"R1","shortcoming":"","measure":"b","owner":"c","due":"2025-03-01"}}""", "non-blank")]
    public void RemediationFinding_Invalid_IsRefused(string json, string named)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.RemediationFinding));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"public":-1}""", "'public': a count from 0")]
    [InlineData("""{"other":1.5}""", "'other'")]
    [InlineData("""{"higherCommittee":9223372036854775807,"other":1}""", "fits a 64-bit integer")]
    [InlineData("""[]""", "feedback counts")]
    public void FeedbackCounts_Invalid_IsRefused(string json, string named)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.FeedbackCounts));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"value":1004,"notation":"Vietnamese","alternative":1004.0}""", "differs from its 'value'")]
    [InlineData("""{"value":1004,"notation":"French"}""", "'notation'")]
    [InlineData("""{"value":"1.004","notation":"Vietnamese"}""", "'value': a number")]
    [InlineData("""{"notation":"English"}""", "'value'")]
    public void ParsedNumber_Invalid_IsRefused(string json, string named)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.ParsedNumber));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultStructsWithoutMeaning_CannotBeWritten()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(ScoreDeduction), Context.ScoreDeduction));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(YearRating), Context.YearRating));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(QuotaCandidate), Context.QuotaCandidate));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(QuotaAssignment), Context.QuotaAssignment));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(LegacyMapping), Context.LegacyMapping));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(PartyWork.Domain.Reviews.ReviewDeadline), Context.ReviewDeadline));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(RankedItem<string>), RankedItemContext.Default.RankedItemString));
        Assert.Equal("""{"total":0,"done":0,"onTime":0,"exceeded":0}""", JsonSerializer.Serialize(default(TargetFigures), Context.TargetFigures));
        Assert.Equal(
            """{"form":"None","notDutyRelated":false,"selfDetectedAndRemedied":false,"alreadyCounted":false}""",
            JsonSerializer.Serialize(DisciplineRecord.None, Context.DisciplineRecord));
    }

    [Fact]
    public void RatingTally_CountsWhoseTotalOverflows_AreRefused()
    {
        var json = $$"""{"excellent":{{long.MaxValue}},"good":1,"completed":0,"notCompleted":0}""";
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.RatingTally));
    }

    [Fact]
    public void UndefinedLevel_CannotBeWritten()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(RatingLevel), Context.RatingLevel));
        Assert.Contains("not a defined member", ex.Message, StringComparison.Ordinal);
    }

    private static string ReplaceMember(string json, string garbage, int pick)
    {
        using var document = JsonDocument.Parse(json);
        var members = document.RootElement.EnumerateObject().ToArray();
        var broken = pick % members.Length;
        return "{" + string.Join(",", members.Select((m, i) =>
            JsonSerializer.Serialize(m.Name) + ":" + (i == broken ? garbage : m.Value.GetRawText()))) + "}";
    }

    /// <summary>A caller's type holding tallies.</summary>
    /// <param name="Items">The tallies.</param>
    private sealed record Holder(IReadOnlyList<RatingTally> Items);
}

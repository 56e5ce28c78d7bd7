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
    public void CustomPolicyAndScoreSheet_CannotBeWritten()
    {
        var subject = PartyWork.Domain.Reviews.ReviewSubject.Collective("D1");
        var custom = RatingPolicies.Qd366Hd43 with { Name = "Riêng" };
        var planned = new PartyWork.Domain.Reviews.ReviewPlanned(subject, NodaTime.Instant.FromUtc(2025, 1, 1, 0, 0), "C", custom);
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Serialize<PartyWork.Domain.Reviews.ReviewEvent>(planned, Context.ReviewEvent));
        Assert.Contains("RatingPolicies.All", ex.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(PartyWork.Domain.Reviews.ReviewSubject), Context.ReviewSubject));
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

    /// <summary>A caller's type holding tallies.</summary>
    /// <param name="Items">The tallies.</param>
    private sealed record Holder(IReadOnlyList<RatingTally> Items);
}

using System.Globalization;
using System.Text.Json;
using NodaTime;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Reviews;
using PartyWork.Domain.Serialization;
using PartyWork.Domain.Text;

namespace PartyWork.Domain.Tests.Serialization;

/// <summary>
/// Values a caller can build but JSON could not carry back are refused when written (never written and lost), and
/// in-range numbers whose sum overflows are refused when read with <see cref="JsonException"/>.
/// </summary>
public sealed class JsonWriteRefusalTests
{
    private const string Max = "79228162514264337593543950335";
    private static readonly PartyWorkJsonContext Context = PartyWorkJsonContext.Default;

    [Theory]
    [InlineData("""{"code":"1","name":"A","maxPoints":1,"subCriteria":[{"code":"1.1","name":"B","maxPoints":MAX},{"code":"1.2","name":"C","maxPoints":MAX}]}""")]
    [InlineData("""{"code":"2","name":"B","maxPoints":70,"subCriteria":[{"code":"2.1","name":"C","maxPoints":MAX},{"code":"2.2","name":"D","maxPoints":30}]}""")]
    public void Criterion_WhoseSubCriteriaOverflow_IsAJsonException(string json)
    {
        json = json.Replace("MAX", Max, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.Criterion));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Criterion>(json, JsonAssert.Options));
    }

    [Fact]
    public void CriteriaSet_WhoseMaximaOverflow_IsAJsonException_AlsoInsideSheetsAndFacts()
    {
        var json = """{"name":"S","criteria":[{"code":"1","name":"A","maxPoints":MAX},{"code":"2","name":"B","maxPoints":1}]}""".Replace("MAX", Max, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.CriteriaSet));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CriteriaSet>(json, JsonAssert.Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("{\"set\":" + json + "}", Context.ScoreSheet));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("{\"subject\":\"Individual\",\"scoreSheet\":{\"set\":" + json + "}}", Context.RatingFacts));
    }

    [Fact]
    public void CriterionAndSet_Constructors_RefuseAnOverflowingSum_WithArgumentException()
    {
        var huge = new Criterion("1", "A", decimal.MaxValue);
        var one = new Criterion("2", "B", 1m);
        Assert.Equal("subCriteria", Assert.Throws<ArgumentException>(() => new Criterion("0", "Z", 1m, [huge, one])).ParamName);
        Assert.Equal("criteria", Assert.Throws<ArgumentException>(() => new CriteriaSet("S", [huge, one])).ParamName);
        Assert.Equal(decimal.MaxValue, new CriteriaSet("S", [huge]).MaxTotal);
    }

    [Fact]
    public void Criterion_TheDeepestTreeThatReads_IsAlsoWritten()
    {
        var criterion = new Criterion("x", "leaf", 1m);
        for (var i = 0; i < 31; i++)
        {
            criterion = new Criterion("x" + i.ToString(CultureInfo.InvariantCulture), "p", 1m, [criterion]);
        }

        var hand = string.Concat(Enumerable.Range(0, 31).Select(i => "{\"code\":\"x" + (30 - i).ToString(CultureInfo.InvariantCulture) + "\",\"name\":\"p\",\"maxPoints\":1,\"subCriteria\":["))
            + "{\"code\":\"x\",\"name\":\"leaf\",\"maxPoints\":1}" + string.Concat(Enumerable.Repeat("]}", 31));
        Assert.Equal(criterion, JsonSerializer.Deserialize(hand, Context.Criterion));
        Assert.Equal(hand, JsonSerializer.Serialize(criterion, Context.Criterion));

        var deeper = new Criterion("y", "p", 1m, [criterion]);
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(deeper, Context.Criterion));
    }

    [Fact]
    public void LegacyMapping_NotMappedButWithALevel_IsRefusedWhenWritten()
    {
        var mapping = new LegacyMapping(LegacyRatingLevel.CleanStrong, false, RatingLevel.Good, "v", "e");
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(mapping, Context.LegacyMapping));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(mapping, JsonAssert.Options));
        var real = LegacyRatingLevel.CleanStrong.ToCurrent();
        Assert.Equal(real, JsonSerializer.Deserialize(JsonSerializer.Serialize(real, Context.LegacyMapping), Context.LegacyMapping));
    }

    [Fact]
    public void ValuesTheReaderWouldRefuse_AreRefusedWhenWritten()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new YearRating(1900, RatingLevel.Good), Context.YearRating));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new HistoryFlag("R", "v", "e", [2024, 2023]), Context.HistoryFlag));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new HistoryFlag("R", "v", "e", [2024, 2024]), JsonAssert.Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(
            new ReviewDeadline(ReviewSubject.Collective("D1"), ReviewStage.Planned, new LocalDate(2025, 1, 1)), Context.ReviewDeadline));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new ParsedNumber(1.0m, NumberNotation.Vietnamese, 1.00m), Context.ParsedNumber));

        // The same kinds of values, in range, are written and read back.
        var year = new YearRating(2024, RatingLevel.Good);
        Assert.Equal(year, JsonSerializer.Deserialize(JsonSerializer.Serialize(year, Context.YearRating), Context.YearRating));
        var flag = new HistoryFlag("R-XS-5Y", "v", "e", [2020, 2021, 2022, 2023, 2024]);
        Assert.Equal(flag.Years, JsonSerializer.Deserialize(JsonSerializer.Serialize(flag, Context.HistoryFlag), Context.HistoryFlag)!.Years);
        var number = new ParsedNumber(1.004m, NumberNotation.Vietnamese, 1004m);
        Assert.Equal(number, JsonSerializer.Deserialize(JsonSerializer.Serialize(number, Context.ParsedNumber), Context.ParsedNumber));
    }
}

// <example id="json-register">
using PartyWork.Domain.Serialization;
// </example>
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Tests.Docs;

// <example id="json-own-context">
[JsonSourceGenerationOptions(Converters = [typeof(PartyWorkJsonConverterFactory)])]
[JsonSerializable(typeof(MyReport))]
partial class MyContext : JsonSerializerContext;
// </example>

// <example id="json-ranked-context">
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,  // as PartyWorkJson.CreateOptions() does
    Converters = [typeof(PartyWorkJsonConverterFactory), typeof(RankedItemJsonConverter<Unit>)])]
[JsonSerializable(typeof(RankedItem<Unit>))]
partial class MyRankingContext : JsonSerializerContext;
// </example>

/// <summary>A caller's own item type, ranked in docs/json.md.</summary>
/// <param name="Name">The unit's id.</param>
/// <param name="Score">Its score.</param>
internal sealed record Unit(string Name, decimal Score);

/// <summary>A caller's own type, for the source-generated context of docs/json.md.</summary>
/// <param name="District">The district's name.</param>
/// <param name="Tally">Its members' ratings.</param>
internal sealed record MyReport(string District, RatingTally Tally);

/// <summary>The examples of docs/json.md (checked against the page by <see cref="DocsExamplesTests"/>).</summary>
public class JsonExamples
{
    [Fact]
    public void RegisterInOneCall()
    {
        var tally = RatingTally.FromCounts(281, 705, 12, 6);
        var myOptions = new JsonSerializerOptions { WriteIndented = false };

        // <example id="json-register">
        var options = PartyWorkJson.CreateOptions();          // camelCase + every converter
        // or, on options you already have (before their first use):
        PartyWorkJson.Configure(myOptions);

        string json = JsonSerializer.Serialize(tally, options);  // {"excellent":281,"good":705,"completed":12,"notCompleted":6}
        // </example>

        Assert.Equal("""{"excellent":281,"good":705,"completed":12,"notCompleted":6}""", json);
        Assert.Equal(json, JsonSerializer.Serialize(tally, myOptions));
        Assert.Equal(tally, JsonSerializer.Deserialize<RatingTally>(json, options));
    }

    [Fact]
    public void SourceGenerated()
    {
        var tally = RatingTally.FromCounts(281, 705, 12, 6);

        // <example id="json-context">
        var json = JsonSerializer.Serialize(tally, PartyWorkJsonContext.Default.RatingTally);
        var back = JsonSerializer.Deserialize(json, PartyWorkJsonContext.Default.RatingTally);
        // </example>

        Assert.Equal("""{"excellent":281,"good":705,"completed":12,"notCompleted":6}""", json);
        Assert.Equal(tally, back);
    }

    [Fact]
    public void YourOwnContext()
    {
        var report = new MyReport("Đảng bộ huyện Ngọc Mai", RatingTally.FromCounts(281, 705, 12, 6));

        var json = JsonSerializer.Serialize(report, MyContext.Default.MyReport);

        // Combined resolvers need the converters on the options too: a context used as another options' resolver
        // does not bring its own [JsonSourceGenerationOptions] converters.
        Assert.EndsWith(""","Tally":{"excellent":281,"good":705,"completed":12,"notCompleted":6}}""", json, StringComparison.Ordinal);
        Assert.Equal(report, JsonSerializer.Deserialize(json, MyContext.Default.MyReport));
    }

    [Fact]
    public void CombinedResolvers()
    {
        var report = new MyReport("Đảng bộ huyện Ngọc Mai", RatingTally.FromCounts(281, 705, 12, 6));

        // <example id="json-combine">
        var options = PartyWorkJson.CreateOptions();
        options.TypeInfoResolver = JsonTypeInfoResolver.Combine(MyContext.Default, PartyWorkJsonContext.Default);
        string json = JsonSerializer.Serialize(report.Tally, options);  // {"excellent":281,"good":705,"completed":12,"notCompleted":6}
        // </example>

        Assert.Equal("""{"excellent":281,"good":705,"completed":12,"notCompleted":6}""", json);
        Assert.Equal(report.Tally, JsonSerializer.Deserialize<RatingTally>(json, options));
        Assert.Equal(report, JsonSerializer.Deserialize<MyReport>(JsonSerializer.Serialize(report, options), options));

        // What the page warns about: without the converters on the options, the default contract is used.
        var bare = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(MyContext.Default, PartyWorkJsonContext.Default) };
        Assert.StartsWith("""{"Excellent":281""", JsonSerializer.Serialize(report.Tally, bare), StringComparison.Ordinal);
    }

    [Fact]
    public void Rankings()
    {
        // <example id="json-ranked-options">
        var ranked = Ranking.Rank([new Unit("D1", 92.5m), new Unit("D2", 88m)], unit => unit.Score);
        var options = PartyWorkJson.CreateOptions();
        options.Converters.Add(new RankedItemJsonConverter<Unit>());
        string json = JsonSerializer.Serialize(ranked[0], options);  // {"item":{"name":"D1","score":92.5},"score":92.5,"rank":1,"isTied":false}
        // </example>

        Assert.Equal("""{"item":{"name":"D1","score":92.5},"score":92.5,"rank":1,"isTied":false}""", json);
        Assert.Equal(ranked[0], JsonSerializer.Deserialize<RankedItem<Unit>>(json, options));
        var context = MyRankingContext.Default.RankedItemUnit;
        Assert.Equal(json, JsonSerializer.Serialize(ranked[0], context));
        Assert.Equal(ranked[0], JsonSerializer.Deserialize(json, context));
        Assert.Equal(ranked[1], JsonSerializer.Deserialize(JsonSerializer.Serialize(ranked[1], context), context));
        Assert.Equal((2, false), (ranked[1].Rank, ranked[1].IsTied));
    }
}

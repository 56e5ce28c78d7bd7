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
        var combined = PartyWorkJson.CreateOptions();
        combined.TypeInfoResolver = JsonTypeInfoResolver.Combine(MyContext.Default, PartyWorkJsonContext.Default);

        Assert.EndsWith(""","Tally":{"excellent":281,"good":705,"completed":12,"notCompleted":6}}""", json, StringComparison.Ordinal);
        Assert.Equal(report, JsonSerializer.Deserialize(json, MyContext.Default.MyReport));
        Assert.Equal("""{"excellent":281,"good":705,"completed":12,"notCompleted":6}""", JsonSerializer.Serialize(report.Tally, combined));
        Assert.Equal(report.Tally, JsonSerializer.Deserialize<RatingTally>(JsonSerializer.Serialize(report.Tally, combined), combined));
    }
}

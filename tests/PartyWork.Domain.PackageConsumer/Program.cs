// One rating end to end through the public API of the PartyWork.Domain package, as an outside app would use it.
// Prints "name: value" lines that PackageConsumerTests checks; exit code 0 when every step ran.
using System.Globalization;
using System.Text;
using System.Text.Json;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Ratios;
using PartyWork.Domain.Serialization;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

// Where the library was loaded from: the test checks it is the packed copy in the global packages folder.
Console.WriteLine($"assembly: {typeof(Ratio).Assembly.Location}");
Console.WriteLine($"target: {AppContext.TargetFrameworkName}");
Console.WriteLine($"runtime: {Environment.Version}");
Console.WriteLine($"globalization: {(IsInvariantGlobalization() ? "invariant" : "icu")}");

// The leader of worked example 3 (docs/ratings.md): reviewed for 2024, the led unit met 4 of its 10 targets.
var policy = RatingPolicies.ForReviewYear(2024);
var leader = new RatingFacts(RatingSubjectKind.Leader)
{
    LedUnitTargets = new TargetFigures(10, 4, 4, 0),
    Proposed = RatingLevel.Completed,
};
var decision = policy.Decide(leader);
var level = decision.HighestAllowed ?? throw new InvalidOperationException("The leader was not expected to be exempt.");
Console.WriteLine($"policy: {policy.Version}");
Console.WriteLine($"decision: {level} ({RatingLevels.ToVietnamese(level)})");
Console.WriteLine($"violations: {string.Join(", ", decision.Violations.Select(v => v.RuleId))}");

// The district's 1.004 cadres of worked example 5: 1.003 already rated, the leader decided above is the last one.
var tally = RatingTally.FromCounts(281, 705, 12, 5).Add(level);
Console.WriteLine($"tally: {tally.ToReportString()}");
Console.WriteLine($"ratio: {new Ratio(493, 502).ToVietnameseString()}");

// JSON through the source-generated context: what is written reads back equal, and decides the same.
var factsJson = JsonSerializer.Serialize(leader, PartyWorkJsonContext.Default.RatingFacts);
var factsBack = JsonSerializer.Deserialize(factsJson, PartyWorkJsonContext.Default.RatingFacts)
    ?? throw new InvalidOperationException("The facts read back as null.");
var tallyJson = JsonSerializer.Serialize(tally, PartyWorkJsonContext.Default.RatingTally);
var tallyBack = JsonSerializer.Deserialize(tallyJson, PartyWorkJsonContext.Default.RatingTally);
Console.WriteLine($"facts-json: {factsJson}");
Console.WriteLine($"facts-round-trip: {(factsBack == leader && policy.Decide(factsBack).HighestAllowed == level ? "equal" : "different")}");
Console.WriteLine($"tally-json: {tallyJson}");
Console.WriteLine($"tally-round-trip: {(tallyBack == tally ? "equal" : "different")}");
return 0;

// Under DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 (predefined cultures only) a real culture cannot be created.
static bool IsInvariantGlobalization()
{
    try
    {
        return CultureInfo.GetCultureInfo("vi-VN").Name.Length == 0;
    }
    catch (CultureNotFoundException)
    {
        return true;
    }
}

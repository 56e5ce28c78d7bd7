using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Serialization;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace PartyWork.Domain.Tests.Packaging;

/// <summary>
/// The packed PartyWork.Domain .nupkg, consumed from a local folder source by the console app of
/// tests/PartyWork.Domain.PackageConsumer, runs one rating end to end (issue #8), once with each asset of the package
/// (net8.0 and net10.0). The app uses the public API only; its figures are those of docs/ratings.md's worked examples 3
/// and 5 and of the README.
/// </summary>
[Collection(PackageConsumerCollection.Name)]
public class PackageConsumerTests(PackedConsumerRun run, ITestOutputHelper output)
{
    public static TheoryData<string> Frameworks() => [.. PackedConsumerRun.TargetFrameworks];

    [Theory]
    [MemberData(nameof(Frameworks))]
    public void Consumer_RunsToTheEnd_AndPrintsEveryLine(string framework)
    {
        output.WriteLine(run.Timings);
        string[] expected =
        [
            "assembly", "target", "runtime", "globalization", "policy", "decision", "violations", "tally", "ratio",
            "facts-json", "facts-round-trip", "tally-json", "tally-round-trip",
        ];
        var missing = expected.Where(name => !run.Lines(framework).ContainsKey(name)).ToArray();
        Assert.True(missing.Length == 0, $"Missing {string.Join(", ", missing)}:{Environment.NewLine}{run.Describe(framework)}");
    }

    [Fact]
    public void Consumer_TargetsEveryFrameworkThePackageShips()
    {
        // A framework added to the library and not to the consumer would leave its asset untested.
        var project = XDocument.Load(Path.Combine(run.RepositoryRoot, "tests", "PartyWork.Domain.PackageConsumer", "PackageConsumer.csproj"));
        var projectFrameworks = project.Descendants("TargetFrameworks").Single().Value
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(run.PackageFrameworks(), projectFrameworks.Order(StringComparer.Ordinal));
        Assert.Equal(run.PackageFrameworks(), PackedConsumerRun.TargetFrameworks.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Frameworks))]
    public void Consumer_LoadsTheAssetOfThePackedNupkg_ForItsFramework(string framework)
    {
        // The app ran with lib/<framework>/PartyWork.Domain.dll of the .nupkg just packed, restored as a package into
        // the global packages folder (not a project reference, not another version).
        var frameworkVersion = framework["net".Length..];
        Assert.Equal($".NETCoreApp,Version=v{frameworkVersion}", Line(framework, "target"));
        Assert.Equal(run.ReadPackageEntry($"lib/{framework}/PartyWork.Domain.dll"), File.ReadAllBytes(Line(framework, "assembly")));
        Assert.NotNull(run.InstalledPackage);
        Assert.True(
            File.Exists(Path.Combine(run.InstalledPackage, ".nupkg.metadata")),
            $"{run.InstalledPackage} does not hold the restored package.");

        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(run.ConsumerDirectory, "obj", "project.assets.json")));
        var library = assets.RootElement.GetProperty("libraries").GetProperty($"{PackedConsumerRun.PackageId}/{run.Version}");
        Assert.Equal("package", library.GetProperty("type").GetString());
    }

    [Theory]
    [MemberData(nameof(Frameworks))]
    public void Consumer_DecidesTheLeaderOfWorkedExample3(string framework)
    {
        // 2024 → 124-QĐ/TW + HD25; the led unit met 4 of 10 targets (< 50%), so at most "not completed" (R124-K).
        Assert.Equal(nameof(RegulationVersion.Qd124Hd25), Line(framework, "policy"));
        Assert.Equal("NotCompleted (Không hoàn thành nhiệm vụ)", Line(framework, "decision"));
        Assert.Equal("R124-K", Line(framework, "violations"));
    }

    [Theory]
    [MemberData(nameof(Frameworks))]
    public void Consumer_PrintsTheDistrictTallyAndTheRatio(string framework)
    {
        const string Tally = "hoàn thành xuất sắc nhiệm vụ: 281 đ/c (27,99%); hoàn thành tốt nhiệm vụ: 705 đ/c (70,22%); " +
            "hoàn thành nhiệm vụ: 12 đ/c (1,19%); không hoàn thành nhiệm vụ: 6 đ/c (0,60%)";
        Assert.Equal(Tally, Line(framework, "tally"));
        Assert.Equal(RatingTally.FromCounts(281, 705, 12, 6).ToReportString(), Line(framework, "tally"));
        Assert.Equal("493/502 (98,2%)", Line(framework, "ratio"));
    }

    [Theory]
    [MemberData(nameof(Frameworks))]
    public void Consumer_JsonRoundTrips_AndMatchesTheProjectsJson(string framework)
    {
        var leader = new RatingFacts(RatingSubjectKind.Leader)
        {
            LedUnitTargets = new TargetFigures(10, 4, 4, 0),
            Proposed = RatingLevel.Completed,
        };
        Assert.Equal(JsonSerializer.Serialize(leader, PartyWorkJsonContext.Default.RatingFacts), Line(framework, "facts-json"));
        Assert.Equal("""{"excellent":281,"good":705,"completed":12,"notCompleted":6}""", Line(framework, "tally-json"));
        Assert.Equal("equal", Line(framework, "facts-round-trip"));
        Assert.Equal("equal", Line(framework, "tally-round-trip"));
    }

    [Theory]
    [MemberData(nameof(Frameworks))]
    public void Consumer_RunsInTheGlobalizationModeOfTheTests(string framework)
    {
        // The inner processes keep DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: CI's invariant run checks the package there too.
        Assert.Equal(IsInvariantGlobalization() ? "invariant" : "icu", Line(framework, "globalization"));
    }

    private string Line(string framework, string name) =>
        run.Lines(framework).TryGetValue(name, out var value)
            ? value
            : throw new XunitException($"No '{name}' line:{Environment.NewLine}{run.Describe(framework)}");

    private static bool IsInvariantGlobalization()
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
}

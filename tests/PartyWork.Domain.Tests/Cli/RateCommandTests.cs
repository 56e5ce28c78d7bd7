using System.Text.Json;
using PartyWork.Cli;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Tests.Cli;

/// <summary>In-process tests of <c>partywork rate</c>.</summary>
public sealed class RateCommandTests : IDisposable
{
    private const string Header = "member_id,year,proposed";

    private readonly CsvTempDirectory dir = new();

    private static string Sample => Path.Combine(CsvTempDirectory.Samples, "ratings.csv");

    public void Dispose() => dir.Dispose();

    [Fact]
    public void Rate_Sample_ReportsEachBrokenRuleAndTheTwoYearFlag()
    {
        var (code, output, error) = CsvTempDirectory.Run("rate", Sample);
        Assert.Empty(error);
        Assert.Equal(CommandLine.Findings, code);
        Assert.Contains("7 đề xuất, 3 vi phạm quy định", output, StringComparison.Ordinal);
        Assert.Contains("✗ R124-K:", output, StringComparison.Ordinal);
        Assert.Contains("✗ R124-HEAD-TIE:", output, StringComparison.Ordinal);
        Assert.Contains("✗ R366-BANDS:", output, StringComparison.Ordinal);
        Assert.Contains("(SH-01-A-08) — R-MEMBER-2Y-K:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_SampleJson_MatchesTheLibrarysDecisions()
    {
        var (code, output, error) = CsvTempDirectory.Run("rate", Sample, "--json");
        Assert.Empty(error);
        Assert.Equal(CommandLine.Findings, code);
        using var json = JsonDocument.Parse(output);
        var decisions = json.RootElement.GetProperty("decisions").EnumerateArray().ToArray();
        Assert.Equal(7, decisions.Length);
        Assert.Equal(7, json.RootElement.GetProperty("proposals").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("withViolations").GetInt32());
        Assert.Equal(Enumerable.Range(2, 7), decisions.Select(d => d.GetProperty("line").GetInt32()));

        // The head (line 5): proposed excellent, unit good → capped at good by R124-HEAD-TIE, as the library decides.
        var head = decisions[3];
        var expected = RatingPolicies.ForReviewYear(2024).Decide(
            new RatingFacts(RatingSubjectKind.Leader) { Proposed = RatingLevel.Excellent, LedUnitRating = RatingLevel.Good });
        Assert.Equal("SH-01", head.GetProperty("memberId").GetString());
        Assert.Equal("leader", head.GetProperty("subject").GetString());
        Assert.Equal("HTXSNV", head.GetProperty("proposed").GetString());
        Assert.Equal(expected.HighestAllowed!.Value.ToAbbreviation(), head.GetProperty("highestAllowed").GetString());
        Assert.Equal(expected.HighestAllowed!.Value.ToAbbreviation(), head.GetProperty("standing").GetString());
        Assert.False(head.GetProperty("allowed").GetBoolean());
        Assert.Equal(expected.Violations.Select(v => v.RuleId), head.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("ruleId").GetString()));
        Assert.All(head.GetProperty("caps").EnumerateArray(), c => Assert.Equal(JsonValueKind.String, c.GetProperty("maximum").ValueKind));

        // Score 86,5 (Vietnamese notation) in 2025 is below the excellent band.
        var scored = decisions[4];
        Assert.Contains("86.5", scored.GetProperty("violations")[0].GetProperty("english").GetString(), StringComparison.Ordinal);

        var flags = json.RootElement.GetProperty("flags").EnumerateArray().ToArray();
        var flag = Assert.Single(flags);
        Assert.Equal("SH-01-A-08", flag.GetProperty("memberId").GetString());
        Assert.Equal("R-MEMBER-2Y-K", flag.GetProperty("ruleId").GetString());
        Assert.Equal([2023, 2024], flag.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
    }

    [Fact]
    public void Rate_AllowedProposals_ExitZeroAndFlagOnlyWhatStands()
    {
        // m1 proposed K both years → flagged; m2 proposed K in 2023 only → not flagged.
        var file = dir.Write("r.csv", $"{Header},name\nm1,2023,KHTNV,A\nm1,2024,khong hoan thanh,A\nm2,2023,KHTNV,B\nm2,2024,HTTNV,B\n");
        var (code, output, error) = CsvTempDirectory.Run("rate", file, "--lang", "en");
        Assert.Empty(error);
        Assert.Equal(CommandLine.Success, code);
        Assert.Contains("A (m1) — R-MEMBER-2Y-K", output, StringComparison.Ordinal);
        Assert.DoesNotContain("(m2) — R-MEMBER-2Y-K", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("member_id,year\nm1,2024\n", 1, "missing column 'proposed'")]
    [InlineData($"{Header},remark\nm1,2024,HTNV,x\n", 1, "unknown column 'remark'")]
    [InlineData($"{Header}\nm1,2024,HTNV\nm1,2024\n", 3, "2 fields where the header has 3")]
    [InlineData($"{Header}\nm1,20x4,HTNV\n", 2, "the year '20x4' of member 'm1'")]
    [InlineData($"{Header}\nm1,1900,HTNV\n", 2, "the year '1900'")]
    [InlineData($"{Header}\nm1,2024,HTNV\nm2,2024,HTNV\nm1,2024,HTTNV\n", 4, "duplicate member 'm1' for 2024 (first on line 2)")]
    [InlineData($"{Header}\nm1,2024,6\n", 2, "the proposed '6' of member 'm1' is not a rating level")]
    [InlineData($"{Header}\nm1,2024,\n", 2, "the proposed of member 'm1' is empty")]
    [InlineData($"{Header},score\nm1,2025,HTNV,150\n", 2, "the score '150' of member 'm1' is outside 0–100")]
    [InlineData($"{Header},score\nm1,2025,HTNV,nhiều\n", 2, "the score 'nhiều' of member 'm1' is not a number")]
    [InlineData($"{Header},discipline\nm1,2024,HTNV,phạt\n", 2, "the discipline 'phạt'")]
    [InlineData($"{Header},led_unit_rating\nm1,2024,HTNV,tốt\n", 2, "the led_unit_rating 'tốt'")]
    [InlineData($"{Header}\n", 1, "no ratings")]
    [InlineData("", 1, "the file is empty")]
    public void Rate_BadCsv_ExitsTwoWithTheLineAndWritesNothing(string text, int line, string expected)
    {
        var file = dir.Write("r.csv", text);
        var (code, output, error) = CsvTempDirectory.Run("rate", file, "--json");
        Assert.Equal(CommandLine.UsageError, code);
        Assert.Empty(output);
        Assert.Contains($"partywork: {file}:{line}: {expected}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_MissingFile_ExitsTwo()
    {
        var (code, output, error) = CsvTempDirectory.Run("rate", dir.Missing("none.csv"));
        Assert.Equal(CommandLine.UsageError, code);
        Assert.Empty(output);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }
}

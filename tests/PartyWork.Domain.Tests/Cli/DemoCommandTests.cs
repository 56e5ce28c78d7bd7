using System.Globalization;
using PartyWork.Cli;
using PartyWork.Cli.DemoData;
using PartyWork.Domain.Text;

namespace PartyWork.Domain.Tests.Cli;

/// <summary>In-process tests of <c>partywork demo</c>; expected figures are recounted here from the demo's letters.</summary>
public sealed class DemoCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var input = new StringReader(string.Empty);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CommandLine.Run(args, input, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static Dictionary<char, long> CountLetters(IEnumerable<string> ratings) =>
        "XTHK".ToDictionary(c => c, c => (long)ratings.Sum(r => r.Count(x => x == c)));

    private static Dictionary<char, long> District2024() => CountLetters(DemoDistrict.CellRatings.Select(c => c.Ratings2024));

    private static Dictionary<char, long> Grassroots2024(string id) =>
        CountLetters(DemoDistrict.CellRatings.Where(c => c.Cell.StartsWith(id + "-", StringComparison.Ordinal)).Select(c => c.Ratings2024));

    [Fact]
    public void Demo_Vietnamese_PrintsTheDistrictTotalsWithPercentagesSummingTo100()
    {
        var (code, output, error) = Run("demo");
        Assert.Equal(CommandLine.Success, code);
        Assert.Empty(error);

        var counts = District2024();
        var total = counts.Values.Sum();
        var percents = counts.ToDictionary(p => p.Key, p => Math.Round(p.Value * 100m / total, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(100m, percents.Values.Sum()); // plain rounding already adds up for the district row
        foreach (var letter in "XTHK")
        {
            Assert.Contains($"{counts[letter]} ({VietnameseNumber.FormatPercent(percents[letter], 2)})", output, StringComparison.Ordinal);
        }

        Assert.Contains($"Kết quả xếp loại {total} đảng viên", output, StringComparison.Ordinal);
        Assert.Equal(VietnameseText.Normalize(output), output);
    }

    [Fact]
    public void Demo_Vietnamese_FlagsEveryGrassrootsOverTheQuota()
    {
        var output = Run("demo").Out;
        var over = 0;
        foreach (var id in new[] { "NM-AH", "NM-BL", "NM-TT" })
        {
            var c = Grassroots2024(id);
            if (c['X'] * 5 > c['T'])
            {
                over++;
                Assert.Contains($"({id})\": {c['X']} hoàn thành xuất sắc nhiệm vụ trên {c['T']}", output, StringComparison.Ordinal);
                Assert.Contains($"chỉ được tối đa {c['T'] / 5}", output, StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains($"({id}): đạt ({c['X']}/{c['T']})", output, StringComparison.Ordinal);
            }
        }

        Assert.Equal(1, over);
        Assert.Contains("R124-QUOTA", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_Vietnamese_CapsTheHeadsAboveTheirUnitsAndFlagsTwoYearNotCompleted()
    {
        var output = Run("demo").Out;
        var capped = DemoDistrict.Heads.Where(h => h.Proposed > h.UnitRating).ToArray();
        Assert.Equal(2, capped.Length);
        foreach (var head in capped)
        {
            Assert.Contains($"{head.Name} (bí thư {head.Unit})", output, StringComparison.Ordinal);
        }

        Assert.Equal(capped.Length, output.Split('\n').Count(l => l.Contains("bí thư", StringComparison.Ordinal) && l.Contains("→ tối đa", StringComparison.Ordinal)));

        var flagged = DemoDistrict.CellRatings
            .SelectMany(c => c.Ratings2024.Select((r, i) => (Id: string.Create(CultureInfo.InvariantCulture, $"{c.Cell}-{i + 1:D2}"), Both: r == 'K' && c.Ratings2023[i] == 'K')))
            .Where(x => x.Both)
            .Select(x => x.Id)
            .ToArray();
        Assert.Equal(2, flagged.Length);
        foreach (var id in flagged)
        {
            Assert.Contains($"{id}, ", output, StringComparison.Ordinal);
        }

        Assert.Equal(flagged.Length, output.Split('\n').Count(l => l.Contains("R-MEMBER-2Y-K", StringComparison.Ordinal)));
    }

    [Fact]
    public void Demo_Vietnamese_ChecksTheReportAndFindsTheMisprint()
    {
        var output = Run("demo").Out;
        var good = District2024()['X'] + District2024()['T'];
        var total = District2024().Values.Sum();
        var right = Math.Round(good * 100m / total, 1, MidpointRounding.AwayFromZero);
        Assert.Contains($"{good}/{total} (89,5%): KHÔNG KHỚP", output, StringComparison.Ordinal);
        Assert.Contains(VietnameseNumber.FormatPercent(right, 1), output, StringComparison.Ordinal);
        Assert.Contains("2/3 đảng bộ cơ sở (66,7%): khớp", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_English_PrintsTheSameFiguresInEnglish()
    {
        var (code, output, error) = Run("demo", "--lang", "en");
        Assert.Equal(CommandLine.Success, code);
        Assert.Empty(error);
        var counts = District2024();
        var total = counts.Values.Sum();
        var excellent = Math.Round(counts['X'] * 100m / total, 2, MidpointRounding.AwayFromZero);
        Assert.Contains($"{counts['X']} ({excellent.ToString("0.00", CultureInfo.InvariantCulture)}%)", output, StringComparison.Ordinal);
        Assert.Contains("Excellent quota (R124-QUOTA", output, StringComparison.Ordinal);
        Assert.Contains("at most \"Good\" (R124-HEAD-TIE)", output, StringComparison.Ordinal);
        Assert.Contains("Not completed two years running", output, StringComparison.Ordinal);
        Assert.Contains("INCONSISTENT", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Kết quả xếp loại", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_LangVi_IsTheDefault() => Assert.Equal(Run("demo").Out, Run("demo", "--lang", "vi").Out);

    [Theory]
    [InlineData("--lang")]
    [InlineData("--lang", "fr")]
    [InlineData("--json")]
    [InlineData("extra")]
    public void Demo_BadArguments_ExitTwoWithNothingOnStdout(params string[] rest)
    {
        var (code, output, error) = Run(["demo", .. rest]);
        Assert.Equal(CommandLine.UsageError, code);
        Assert.Empty(output);
        Assert.StartsWith("partywork: demo", error, StringComparison.Ordinal);
    }
}

using System.Text.Json;
using PartyWork.Cli;
using PartyWork.Domain.Tests.Ratios;

namespace PartyWork.Domain.Tests.Cli;

/// <summary>In-process tests of <c>partywork check</c> through <see cref="CommandLine.Run"/>.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("partywork-check-").FullName;

    private static string Sample => Path.Combine(ReportScannerTests.RepositoryRoot(), "samples", "bao-cao-mau.txt");

    public void Dispose() => Directory.Delete(this.directory, recursive: true);

    private static (int Code, string Out, string Err) Run(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CommandLine.Run(args, input, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Check_SampleReport_PrintsTheFlaggedFiguresAndExitsOne()
    {
        var (code, output, error) = Run(string.Empty, "check", Sample);
        Assert.Equal(CommandLine.Findings, code);
        Assert.Empty(error);
        Assert.Contains("inconsistent  12 đ/c (đạt 11,95%)  → 1,20% (12/1.004)", output, StringComparison.Ordinal);
        Assert.Contains("281 đ/c (đạt 27,98%)  → 27,99% (281/1.004)  [cắt bớt / truncated]", output, StringComparison.Ordinal);
        Assert.Contains("bao-cao-mau.txt:9:152  consistent    493/502 (98,2%)", output, StringComparison.Ordinal);
        Assert.Contains("11 claims: 7 consistent, 3 inconsistent, 1 unverifiable", output, StringComparison.Ordinal);
        Assert.DoesNotContain("4/8/2022", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SampleReport_AcceptingTruncation_FlagsOnlyTheWrongShare()
    {
        var (code, output, _) = Run(string.Empty, "check", Sample, "--accept-truncation");
        Assert.Equal(CommandLine.Findings, code);
        Assert.Contains("9 consistent, 1 inconsistent", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_StandardInput_WithConsistentFigures_ExitsZero()
    {
        var (code, output, error) = Run("Đã xử lý 493/502 (98,2%) kiến nghị.\n", "check", "-");
        Assert.Equal(CommandLine.Success, code);
        Assert.Empty(error);
        Assert.Contains("<stdin>:1:10  consistent    493/502 (98,2%)  → 98,2% (493/502)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EmptyInput_FindsNothingAndExitsZero()
    {
        var (code, output, _) = Run(string.Empty, "check", "-");
        Assert.Equal(CommandLine.Success, code);
        Assert.Contains("0 claims", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Json_HasTheDocumentedShape()
    {
        var (code, output, _) = Run(string.Empty, "check", "--json", Sample);
        Assert.Equal(CommandLine.Findings, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(["source", "claims", "summary"], root.EnumerateObject().Select(p => p.Name));
        var claims = root.GetProperty("claims").EnumerateArray().ToArray();
        Assert.Equal(11, claims.Length);
        Assert.Equal(
            [
                "line", "column", "offset", "length", "kind", "text", "verdict", "part", "whole", "parts", "printedPercent",
                "expectedPercent", "sum", "correct", "approximate", "truncated", "reasonVietnamese", "reasonEnglish",
            ],
            claims[0].EnumerateObject().Select(p => p.Name));
        var wrong = claims.Single(c => c.GetProperty("text").GetString() == "12 đ/c (đạt 11,95%)");
        Assert.Equal("inconsistent", wrong.GetProperty("verdict").GetString());
        Assert.Equal("percentOfWhole", wrong.GetProperty("kind").GetString());
        Assert.Equal(1.20m, wrong.GetProperty("expectedPercent").GetDecimal());
        Assert.Equal("1,20%", wrong.GetProperty("correct").GetString());
        Assert.Equal(1004, wrong.GetProperty("whole").GetInt64());
        var summary = root.GetProperty("summary");
        Assert.Equal(3, summary.GetProperty("inconsistent").GetInt32());
        Assert.Equal(11, summary.GetProperty("claims").GetInt32());
        Assert.Contains("\"text\": \"12 đ/c (đạt 11,95%)\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Json_IsStable()
    {
        Assert.Equal(Run(string.Empty, "check", Sample, "--json").Out, Run(string.Empty, "check", "--json", Sample).Out);
    }

    [Fact]
    public void Check_MissingFile_ExitsTwoWithOneLineReason()
    {
        var (code, output, error) = Run(string.Empty, "check", Path.Combine(this.directory, "khong-co.txt"));
        Assert.Equal(CommandLine.UsageError, code);
        Assert.Empty(output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NotUtf8_ExitsTwo()
    {
        var path = Path.Combine(this.directory, "latin1.txt");
        File.WriteAllBytes(path, [0x33, 0x2F, 0x34, 0x34, 0x33, 0x20, 0x68, 0xF4, 0x20, 0xC3, 0x28]);
        var (code, _, error) = Run(string.Empty, "check", path);
        Assert.Equal(CommandLine.UsageError, code);
        Assert.Contains("not UTF-8", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Utf8WithByteOrderMark_IsRead()
    {
        var path = Path.Combine(this.directory, "bom.txt");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "Còn 3/443 hộ."u8]);
        var (code, output, _) = Run(string.Empty, "check", path);
        Assert.Equal(CommandLine.Success, code);
        Assert.Contains(":1:5  consistent    3/443", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Directory_ExitsTwo()
    {
        Assert.Equal(CommandLine.UsageError, Run(string.Empty, "check", this.directory).Code);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "--json")]
    [InlineData("check", "--bogus", "-")]
    [InlineData("check", "-x")]
    [InlineData("check", "a.txt", "b.txt")]
    [InlineData("chek", "a.txt")]
    public void Check_BadUsage_ExitsTwoWithOneLineReason(params string[] args)
    {
        var (code, output, error) = Run(string.Empty, args);
        Assert.Equal(CommandLine.UsageError, code);
        Assert.Empty(output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("partywork: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_MentionsCheck_AndExitsZero()
    {
        var (code, output, _) = Run(string.Empty, "--help");
        Assert.Equal(CommandLine.Success, code);
        Assert.Contains("partywork check FILE|-", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NullArgument_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => CommandLine.Run(null!, TextReader.Null, TextWriter.Null, TextWriter.Null));
        Assert.Throws<ArgumentNullException>(() => CommandLine.Run(["check", "-"], null!, TextWriter.Null, TextWriter.Null));
    }
}

using System.Text;
using System.Text.Json;
using PartyWork.Cli;
using PartyWork.Domain.Text;

namespace PartyWork.Domain.Tests.Cli;

/// <summary>In-process tests of <c>partywork rollup</c>; expected figures are recounted here from the sample files.</summary>
public sealed class RollupCommandTests : IDisposable
{
    private const string Orgs = "id,parent_id,kind,name\nD,,DistrictCommittee,Huyện D\nG,D,GrassrootsCommittee,Xã G\nC1,G,Cell,Chi bộ 1\nC2,G,Cell,Chi bộ 2\n";

    private readonly CsvTempDirectory dir = new();

    private static string SampleOrgs => Path.Combine(CsvTempDirectory.Samples, "organizations.csv");

    private static string SampleMembers => Path.Combine(CsvTempDirectory.Samples, "members.csv");

    public void Dispose() => dir.Dispose();

    /// <summary>Counts of X/T/H/K per grassroots id ("SH-01") and for the whole file, read with a plain split (the sample has no quotes).</summary>
    private static Dictionary<string, long[]> RecountSample()
    {
        var counts = new Dictionary<string, long[]>(StringComparer.Ordinal) { [""] = new long[4] };
        foreach (var line in File.ReadAllLines(SampleMembers).Skip(1).Where(l => l.Length > 0))
        {
            var fields = line.Split(',');
            var level = VietnameseText.Fold(fields[2]) switch
            {
                "htxsnv" => 0,
                "hoan thanh tot nhiem vu" => 1,
                "hoan thanh nhiem vu" => 2,
                "khtnv" => 3,
                var other => throw new InvalidOperationException(other),
            };
            var grassroots = fields[1][..5];
            if (!counts.TryGetValue(grassroots, out var c))
            {
                counts[grassroots] = c = new long[4];
            }

            c[level]++;
            counts[""][level]++;
        }

        return counts;
    }

    [Fact]
    public void Rollup_Sample_PrintsRecountedFiguresAndFlagsTheGroupOverTheQuota()
    {
        var (code, output, error) = CsvTempDirectory.Run("rollup", SampleOrgs, SampleMembers, "--year", "2024");
        var counts = RecountSample();
        var over = counts.Where(c => c.Key.Length > 0 && c.Value[0] * 5 > c.Value[1]).Select(c => c.Key).ToList();

        Assert.Empty(error);
        Assert.NotEmpty(over);
        Assert.Equal(CommandLine.Findings, code);
        var total = counts[""].Sum();
        Assert.Contains($"Kết quả xếp loại {total} đảng viên", output, StringComparison.Ordinal);
        Assert.Contains("R124-QUOTA", output, StringComparison.Ordinal);
        foreach (var id in over)
        {
            Assert.Contains($"({id})\": {counts[id][0]} hoàn thành xuất sắc nhiệm vụ trên {counts[id][1]}", output, StringComparison.Ordinal);
        }

        foreach (var id in counts.Keys.Where(k => k.Length > 0).Except(over))
        {
            Assert.Contains($"({id}): đạt ({counts[id][0]}/{counts[id][1]})", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rollup_SampleJson_HasRecountedCountsAndPercentagesSummingTo100()
    {
        var (code, output, error) = CsvTempDirectory.Run("rollup", SampleOrgs, SampleMembers, "--json", "--year", "2024");
        Assert.Empty(error);
        Assert.Equal(CommandLine.Findings, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var counts = RecountSample();
        Assert.Equal(counts[""].Sum(), root.GetProperty("memberCount").GetInt64());
        Assert.Equal(2024, root.GetProperty("year").GetInt32());
        Assert.StartsWith("Quy định 124", root.GetProperty("policy").GetString(), StringComparison.Ordinal);

        var nodes = root.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!);
        Assert.Equal(7, nodes.Count);
        Assert.Equal(JsonValueKind.Null, nodes["SH"].GetProperty("parentId").ValueKind);
        foreach (var (id, expected) in counts)
        {
            var node = nodes[id.Length == 0 ? "SH" : id];
            var levels = node.GetProperty("levels").EnumerateArray().ToArray();
            Assert.Equal(["HTXSNV", "HTTNV", "HTNV", "KHTNV"], levels.Select(l => l.GetProperty("level").GetString()));
            Assert.Equal(expected, levels.Select(l => l.GetProperty("count").GetInt64()));
            var percents = levels.Select(l => l.GetProperty("percent").GetDecimal()).ToArray();
            Assert.Equal(100m, percents.Sum());
            for (var i = 0; i < 4; i++)
            {
                Assert.True(Math.Abs(percents[i] - (expected[i] * 100m / expected.Sum())) < 0.01m, $"{id} level {i}: {percents[i]}");
            }
        }

        var quota = root.GetProperty("quota");
        Assert.Equal("R124-QUOTA", quota.GetProperty("ruleId").GetString());
        var groups = quota.GetProperty("groups").EnumerateArray().ToArray();
        Assert.Equal(["SH-01", "SH-02"], groups.Select(g => g.GetProperty("id").GetString()));
        foreach (var g in groups)
        {
            var c = counts[g.GetProperty("id").GetString()!];
            var within = c[0] * 5 <= c[1];
            Assert.Equal(within, g.GetProperty("withinQuota").GetBoolean());
            Assert.Equal(within ? JsonValueKind.Null : JsonValueKind.Number, g.GetProperty("allowedExcellent").ValueKind);
            if (!within)
            {
                Assert.Equal(c[1] / 5, g.GetProperty("allowedExcellent").GetInt64());
                Assert.Equal(c[0] - (c[1] / 5), g.GetProperty("minimumDemotions").GetInt64());
            }
        }

        Assert.Equal(groups.Count(g => !g.GetProperty("withinQuota").GetBoolean()), quota.GetProperty("excesses").GetInt32());
    }

    [Fact]
    public void Rollup_WithinQuotaEnglishBomSemicolons_ExitsZero()
    {
        var orgs = dir.WriteBytes("o.csv", [.. "\uFEFF"u8.ToArray(), .. Encoding.UTF8.GetBytes(Orgs.Replace(',', ';'))]);
        var members = dir.Write("m.csv", "member_id;cell_id;rating\nm1;C1;Excellent\nm2;C1;good\n" + string.Concat(Enumerable.Range(3, 4).Select(i => $"m{i};C2;hoàn thành tốt\n")) + "m7;C2;HTNV\n");
        var (code, output, error) = CsvTempDirectory.Run("rollup", orgs, members, "--lang", "en");
        Assert.Empty(error);
        Assert.Equal(CommandLine.Success, code);
        Assert.Contains("Ratings of 7 members", output, StringComparison.Ordinal);
        Assert.Contains("Xã G (G): within the quota (1/5)", output, StringComparison.Ordinal);
        Assert.Contains("14.29%", output, StringComparison.Ordinal); // 1 of 7, rounded so the row adds to 100
    }

    public static TheoryData<string, string, string, string> BadInputs => new()
    {
        // name of the bad file, organizations.csv text, members.csv text, expected "FILE:LINE: …" fragment
        { "m", Orgs, "member_id,cell_id\nm1,C1\n", ":1: missing column 'rating'" },
        { "m", Orgs, "member_id,cell_id,rating\nm1,C1,HTNV\nm2,C1\n", ":3: 2 fields where the header has 3" },
        { "m", Orgs, "member_id,cell_id,rating\nm1,C1,HTNV\nm2,C9,HTNV\n", ":3: unknown cell 'C9'" },
        { "m", Orgs, "member_id,cell_id,rating\nm1,C1,5\n", ":2: the rating '5' of member 'm1' is not a rating level" },
        { "m", Orgs, "member_id,cell_id,rating\nm1,C1,tốt lắm\n", ":2: the rating 'tốt lắm'" },
        { "m", Orgs, "member_id,cell_id,rating\nm1,C1,\n", ":2: the rating of member 'm1' is empty" },
        { "m", Orgs, "member_id,cell_id,rating\nm1,C1,HTNV\nm2,C2,HTNV\nm1,C2,HTTNV\n", ":4: duplicate member 'm1' (first on line 2)" },
        { "m", Orgs, "", ":1: the file is empty" },
        { "m", Orgs, "member_id,cell_id,rating\n", ":1: no members" },
        { "m", Orgs, "member_id,cell_id,rating,note\nm1,C1,HTNV,x\n", ":1: unknown column 'note'" },
        { "m", Orgs, "member_id,cell_id,rating,name\n\"m1\",C1,HTNV,\"Lê\nVăn\"\nm2,C1,\"HTNV\"x,B\n", ":4: 'x' follows a closing quote" },
        { "o", Orgs + "C1,G,Cell,Chi bộ khác\n", "member_id,cell_id,rating\nm1,C1,HTNV\n", ":6: duplicate organization id 'C1' (first on line 4)" },
        { "o", Orgs + "C3,GX,Cell,Chi bộ 3\n", "member_id,cell_id,rating\nm1,C1,HTNV\n", ":6: ORG-TREE-PARENT" },
        { "o", Orgs + "C3,G,Chi bộ lạ,Chi bộ 3\n", "member_id,cell_id,rating\nm1,C1,HTNV\n", ":6: unknown kind 'Chi bộ lạ'" },
        { "o", Orgs + "X1,X2,Cell,A\nX2,X1,Cell,B\n", "member_id,cell_id,rating\nm1,C1,HTNV\n", ":6: ORG-TREE-CYCLE" },
        { "o", "id,parent_id,kind\nD,,DistrictCommittee\n", "member_id,cell_id,rating\nm1,C1,HTNV\n", ":1: missing column 'name'" },
        { "o", "", "member_id,cell_id,rating\nm1,C1,HTNV\n", ":1: the file is empty" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Rollup_BadCsv_ExitsTwoWithTheLineAndWritesNothing(string bad, string orgs, string members, string expected)
    {
        var o = dir.Write("o.csv", orgs);
        var m = dir.Write("m.csv", members);
        var (code, output, error) = CsvTempDirectory.Run("rollup", o, m, "--json");
        Assert.Equal(CommandLine.UsageError, code);
        Assert.Empty(output);
        Assert.Contains($"partywork: {(bad == "o" ? o : m)}{expected}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rollup_UnreadableFiles_ExitTwoAndWriteNothing()
    {
        var o = dir.Write("o.csv", Orgs);
        var latin1 = dir.WriteBytes("m.csv", [.. "member_id,cell_id,rating\nm1,C1,Ho"u8.ToArray(), 0xE0, (byte)'n', (byte)'\n']);
        foreach (var (members, expected) in new[] { (latin1, "not UTF-8"), (dir.Missing("none.csv"), "no such file"), (Path.GetTempPath(), "cannot read") })
        {
            var (code, output, error) = CsvTempDirectory.Run("rollup", o, members);
            Assert.Equal(CommandLine.UsageError, code);
            Assert.Empty(output);
            Assert.Contains(expected, error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rollup_EveryBadRow_IsReportedAtOnce()
    {
        var o = dir.Write("o.csv", Orgs);
        var m = dir.Write("m.csv", "member_id,cell_id,rating\nm1,C9,HTNV\nm2,C1,X9\nm3,C1,HTNV\n");
        var error = CsvTempDirectory.Run("rollup", o, m).Err;
        Assert.Contains($"{m}:2: unknown cell 'C9'", error, StringComparison.Ordinal);
        Assert.Contains($"{m}:3: the rating 'X9'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rollup")]
    [InlineData("rollup", "o.csv")]
    [InlineData("rollup", "o.csv", "m.csv", "x.csv")]
    [InlineData("rollup", "o.csv", "m.csv", "--year", "1800")]
    [InlineData("rollup", "o.csv", "m.csv", "--year")]
    [InlineData("rollup", "o.csv", "m.csv", "--lang", "fr")]
    [InlineData("rollup", "o.csv", "m.csv", "--verbose")]
    [InlineData("rate")]
    [InlineData("rate", "a.csv", "b.csv")]
    [InlineData("rate", "a.csv", "--year", "2024")]
    public void RollupAndRate_BadUsage_ExitsTwoAndWritesNothing(params string[] args)
    {
        var (code, output, error) = CsvTempDirectory.Run(args);
        Assert.Equal(CommandLine.UsageError, code);
        Assert.Empty(output);
        Assert.StartsWith("partywork: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rollup_WithoutYear_UsesTheNewestPolicy()
    {
        var (_, output, error) = CsvTempDirectory.Run("rollup", SampleOrgs, SampleMembers);
        Assert.Empty(error);
        Assert.Contains("R366-QUOTA", output, StringComparison.Ordinal);
    }
}

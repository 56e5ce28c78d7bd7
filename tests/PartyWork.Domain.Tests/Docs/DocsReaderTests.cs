namespace PartyWork.Domain.Tests.Docs;

/// <summary>The small readers the docs tests rely on: code blocks, example regions, shown values, links and anchors.</summary>
public class DocsReaderTests
{
    [Theory]
    [InlineData(" \"493/502 (98,2%)\"", "\"493/502 (98,2%)\"")]
    [InlineData(" \"a \\\" b\" — with an escaped quote", "\"a \\\" b\"")]
    [InlineData(" [27.99m, 70.22m, 1.19m, 0.60m] — sums to 100", "[27.99m, 70.22m, 1.19m, 0.60m]")]
    [InlineData(" {\"excellent\":281,\"good\":705}", "{\"excellent\":281,\"good\":705}")]
    [InlineData(" 98.2m (scale 1)", "98.2m")]
    [InlineData(" 13: congress XIV had opened", "13")]
    [InlineData(" 17911", "17911")]
    [InlineData(" true: truncated, not rounded", "true")]
    [InlineData(" 2018-06-30", "2018-06-30")]
    [InlineData(" ClaimVerdict.Inconsistent", "ClaimVerdict.Inconsistent")]
    [InlineData(" NotCompleted, the only cap", "NotCompleted")]
    [InlineData(" Consistent (12/1.004 alone rounds to 1,20)", "Consistent")]
    [InlineData(" Consistent", "Consistent")]
    public void ShownValue_ReadsTheValueACommentStartsWith(string comment, string expected) =>
        Assert.Equal(expected, ShownValue.Extract(comment));

    [Theory]
    [InlineData(" the led unit met 4 of 10 targets")]
    [InlineData(" The led unit")]
    [InlineData(" Ratings: the policy of the period")]
    [InlineData(" 1:15 Consistent")]
    [InlineData(" 124-QĐ/TW with guidance 25")]
    [InlineData(" Hội nghị Trung ương 4")]
    [InlineData(" … up to the conference, then:")]
    [InlineData("")]
    public void ShownValue_TreatsOtherCommentsAsProse(string comment) =>
        Assert.Null(ShownValue.Extract(comment));

    [Fact]
    public void ShownValue_NeedsTheAssignedNameAndTheValueInOneStatement()
    {
        var value = Assert.Single(ShownValue.In(["var text = share.ToVietnameseString();   // \"493/502 (98,2%)\""]));

        Assert.Equal("text", value.Name);
        Assert.True(value.IsCheckedBy("Assert.Equal(\"493/502 (98,2%)\", text)"));
        Assert.False(value.IsCheckedBy("Assert.Equal(\"493/502 (98,2%)\", other)"));
        Assert.False(value.IsCheckedBy("Assert.Equal(\"493/502 (98,3%)\", text)"));
    }

    [Theory]
    [InlineData("17911", "Assert.Equal(17911m, count)", true)]
    [InlineData("17911", "Assert.Equal(179110m, count)", false)]
    [InlineData("1.20m", "Assert.Equal(1.20m, expected)", true)]
    [InlineData("1.20m", "Assert.Equal(1.2m, expected)", false)]
    [InlineData("true", "Assert.True(same)", true)]
    [InlineData("false", "Assert.True(same)", false)]
    [InlineData("2018-06-30", "Assert.Equal(new LocalDate(2018, 6, 30), end)", true)]
    [InlineData("Inconsistent", "Assert.Equal(ClaimVerdict.Inconsistent, verdict)", true)]
    [InlineData("Inconsistent", "Assert.Equal(ClaimVerdict.Consistent, verdict)", false)]
    [InlineData("\"hoàn thành: 281 đ/c; ...\"", "Assert.StartsWith(\"hoàn thành: 281 đ/c; \", report)", true)]
    public void ShownValue_AcceptsTheSpellingsOfAValue(string shown, string statement, bool expected) =>
        Assert.Equal(expected, new ShownValue(0, null, shown).IsCheckedBy(statement));

    [Fact]
    public void ShownValue_TakesACommentAloneOnTheNextLine_AsTheCodeLinesComment()
    {
        var values = ShownValue.In(
        [
            "var report = tally.ToReportString();",
            "// \"hoàn thành xuất sắc nhiệm vụ: 281 đ/c (27,99%); ...\"",
            "var x = 1; // the next line is not its comment",
            "// 5",
        ]);

        var value = Assert.Single(values);
        Assert.Equal(("report", 0), (value.Name, value.Line));
    }

    [Theory]
    [InlineData("var a = \"http://x\"; // c", 20)]
    [InlineData("var a = @\"a\"\"//\"; // c", 18)]
    [InlineData("var a = '/'; // c", 13)]
    [InlineData("var a = \"\"\"{\"x\"://}\"\"\"; // c", 24)]
    [InlineData("var a = $\"{b:P2}\";", -1)]
    public void CommentStart_SkipsLiterals(string line, int expected) =>
        Assert.Equal(expected, CSharpLine.CommentStart(line));

    [Fact]
    public void ExampleSources_ReadRegionsPartsAndChecks()
    {
        var problems = new List<string>();
        string[] source =
        [
            "// <example id=\"demo\">",
            "using System;",
            "// </example>",
            "class C",
            "{",
            "    void M()",
            "    {",
            "        var setup = 1;",
            "        // <example id=\"demo\">",
            "        var x = setup + 1;   // 2",
            "        if (x > 1)",
            "        {",
            "            x++;",
            "        }",
            "        // </example>",
            "        Assert.Equal(3,",
            "            x);",
            "    }",
            "}",
        ];

        var example = Assert.Single(ExampleSources.Read("Demo.cs", source, problems));

        Assert.Empty(problems);
        Assert.Equal(["using System;", string.Empty, "var x = setup + 1;   // 2", "if (x > 1)", "{", "    x++;", "}"], example.Lines);
        Assert.Equal(["Assert.Equal(3, x)"], example.Checks);
    }

    [Fact]
    public void ExampleSources_ReportMalformedMarkers()
    {
        var problems = new List<string>();

        ExampleSources.Read("Bad.cs", ["// </example>", "// <example id=\"a\">", "// <example id=\"b\">", "x();"], problems);

        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void Markdown_ReadsFencesLanguagesAndExampleMarkers()
    {
        string[] page =
        [
            "# Title",
            "<!-- example: ratios-ratio -->",
            "```csharp",
            "var a = 1;",
            "```",
            "",
            "- a list item:",
            "  ```json",
            "  {\"a\": 1}",
            "  ```",
            "````md",
            "```csharp",
            "````",
        ];

        var blocks = Markdown.CodeBlocks("page.md", page);

        Assert.Equal(
            [("csharp", "ratios-ratio", 3), ("json", null, 8), ("md", null, 11)],
            blocks.Select(b => (b.Language, b.ExampleId, b.Line)));
        Assert.Equal(["var a = 1;"], blocks[0].Lines);
        Assert.Equal(["{\"a\": 1}"], blocks[1].Lines);
        Assert.Equal(["```csharp"], blocks[2].Lines);
        Assert.True(blocks[0].IsCSharp);
    }

    [Fact]
    public void Markdown_ReadsLinksOutsideCode()
    {
        string[] page =
        [
            "See [ratios](ratios.md#apportionment-percentages-that-sum-to-exactly-100) and [x][1], `[not](a link)`.",
            "```",
            "[not](a link either)",
            "```",
            "[1]: decisions/ratios-over-100.md",
            "![image](img/a.png \"title\") and <https://example.org>",
        ];

        var links = Markdown.Links("page.md", page);

        Assert.Equal(
            ["ratios.md#apportionment-percentages-that-sum-to-exactly-100", "decisions/ratios-over-100.md", "img/a.png"],
            links.Select(l => l.Target));
    }

    [Theory]
    [InlineData("Pooled rate versus mean of rates", "pooled-rate-versus-mean-of-rates")]
    [InlineData("Apportionment: percentages that sum to exactly 100", "apportionment-percentages-that-sum-to-exactly-100")]
    [InlineData("Vietnamese text and numbers (`PartyWork.Domain.Text`)", "vietnamese-text-and-numbers-partyworkdomaintext")]
    [InlineData("`partywork check`", "partywork-check")]
    [InlineData("Nhiệm kỳ: khóa XII", "nhiệm-kỳ-khóa-xii")]
    public void Markdown_SlugsHeadingsLikeGitHub(string heading, string expected) =>
        Assert.Equal(expected, Markdown.Slug(heading));
}

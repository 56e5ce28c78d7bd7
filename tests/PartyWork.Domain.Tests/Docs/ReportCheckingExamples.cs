using PartyWork.Domain.Ratios;

namespace PartyWork.Domain.Tests.Docs;

/// <summary>The examples of docs/report-checking.md (checked against the page by <see cref="DocsExamplesTests"/>), and the page's verdict rules.</summary>
public class ReportCheckingExamples
{
    [Fact]
    public void Scan()
    {
        // <example id="report-checking-scan">
        var text = """
            Đã giải quyết 493/502 (98,2%) kiến nghị của cử tri.
            Đánh giá 1.004 lượt cán bộ, trong đó: 281 đ/c (đạt 27,98%) hoàn thành xuất sắc nhiệm vụ.
            """;
        IReadOnlyList<ReportClaim> claims = ReportScanner.Scan(text);   // or Scan(ReadOnlySpan<char>, options)
        var lines = claims.Select(c => c.ToString()).ToArray();
        // ["1:15 Consistent 493/502 (98,2%)", "2:39 Inconsistent 281 đ/c (đạt 27,98%)"]
        var expected = claims[1].ExpectedPercent;                       // 27.99m
        var truncated = claims[1].IsTruncated;                          // true — 27,988…% was cut, not rounded
        // </example>

        Assert.Equal(["1:15 Consistent 493/502 (98,2%)", "2:39 Inconsistent 281 đ/c (đạt 27,98%)"], lines);
        Assert.Equal(27.99m, expected);
        Assert.True(truncated);
        Assert.Equal(ReportClaimKind.PercentOfWhole, claims[1].Kind);
        Assert.Equal("281 đ/c (đạt 27,98%)", text.Substring(claims[1].Position.Offset, claims[1].Position.Length));
    }

    [Theory]
    [InlineData("Đánh giá 1.004 lượt cán bộ, trong đó: 12 đ/c (đạt 11,95%) hoàn thành nhiệm vụ.", ClaimVerdict.Inconsistent)]
    [InlineData("Đánh giá 1.004 lượt cán bộ, trong đó: 281 đ/c (27,99%) hoàn thành xuất sắc, 705 đ/c (70,22%) hoàn thành tốt, 12 đ/c (1,19%) hoàn thành, 6 đ/c (0,60%) không hoàn thành nhiệm vụ.", ClaimVerdict.Consistent)]
    [InlineData("Đạt gần 493/502 (97%) kiến nghị.", ClaimVerdict.Unverifiable)]
    [InlineData("Đạt 1.000/700 (142,86%) kế hoạch.", ClaimVerdict.Consistent)]
    [InlineData("Có 3/0 hộ.", ClaimVerdict.Unverifiable)]
    public void VerdictRules_AsThePageSays(string text, ClaimVerdict expected)
    {
        var claims = ReportScanner.Scan(text);

        Assert.NotEmpty(claims);
        Assert.Equal(expected, claims.Where(c => c.Kind != ReportClaimKind.PartsOfWhole).Select(c => c.Verdict).Aggregate(Worst));
    }

    [Theory]
    [InlineData("ngày 4/8/2022")]
    [InlineData("Nghị định 90/2020/NĐ-CP")]
    [InlineData("Chỉ thị 05-CT/TW")]
    [InlineData("tháng 7/2018")]
    [InlineData("chiều 04/08")]
    [InlineData("giảm 7,7% so với năm 2016")]
    [InlineData("đạt gần 59%")]
    [InlineData("17 tiêu chí/xã")]
    public void Traps_AreNotClaims(string text) =>
        Assert.Empty(ReportScanner.Scan(text));

    private static ClaimVerdict Worst(ClaimVerdict a, ClaimVerdict b) =>
        a == ClaimVerdict.Inconsistent || b == ClaimVerdict.Inconsistent ? ClaimVerdict.Inconsistent
        : a == ClaimVerdict.Unverifiable || b == ClaimVerdict.Unverifiable ? ClaimVerdict.Unverifiable
        : ClaimVerdict.Consistent;
}

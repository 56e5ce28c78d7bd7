using PartyWork.Domain.Ratios;

namespace PartyWork.Domain.Tests.Ratios;

/// <summary>The traps of real reports: text that looks like a claim and is not, or a claim that must not be flagged.</summary>
public class ReportScannerTrapTests
{
    private static void AssertPointsAtText(string text, ReportClaim claim) =>
        Assert.Equal(claim.Text, text.Substring(claim.Position.Offset, claim.Position.Length));

    [Theory]
    [InlineData("Ngày 4/8/2022, Huyện ủy họp phiên thường kỳ.")]
    [InlineData("Chiều 04/08 đoàn kiểm tra làm việc tại xã.")]
    [InlineData("Quận phấn đấu bàn giao mặt bằng trong tháng 7-2018.")]
    [InlineData("Kế hoạch thực hiện từ tháng 7/2018 đến nay.")]
    [InlineData("Đ/c Bí thư chủ trì; các đ/c trong Ban Thường vụ dự họp.")]
    [InlineData("Xã đạt bình quân 17 tiêu chí/xã.")]
    [InlineData("Tỷ số giới tính khi sinh là 125 nữ/100 nam.")]
    [InlineData("Thực hiện Nghị định 90/2020/NĐ-CP và Chỉ thị 05-CT/TW.")]
    [InlineData("Tổ chức 06 lớp bồi dưỡng, giao ban 06 tháng/lần.")]
    [InlineData("Số vụ vi phạm giảm 7,7%; số hộ nghèo (-6,7%) so với cuối năm.")]
    [InlineData("Thu ngân sách tăng 14% so với năm 2016, đạt 142,85% dự toán.")]
    [InlineData("Tỷ lệ hộ dùng nước sạch đạt gần 59%, trên 4,8% hộ còn khó khăn.")]
    [InlineData("Nghị quyết Trung ương 4 (khóa XII), giai đoạn 2015-2020.")]
    [InlineData("Trong đó, 6 tháng đầu năm 2018 kinh tế tăng trưởng khá.")]
    [InlineData("Dân số 2,129,000 người; 1456 hộ mới bên cạnh 18.622 hộ cũ.")]
    public void Scan_TextWithoutClaims_FindsNone(string text)
    {
        Assert.Empty(ReportScanner.Scan(text));
    }

    [Theory]
    [InlineData("Có 45/50 xã (tăng 14% so với năm 2016) đạt chuẩn.")]
    [InlineData("Còn 12/180 hộ nghèo (-6,7%).")]
    [InlineData("Có 12/180 hộ nghèo (giảm 7,7%).")]
    [InlineData("Có 45/50 xã, tăng 14% so với năm 2016.")]
    public void Scan_ChangeAfterAFraction_IsNotItsShare(string text)
    {
        var claim = Assert.Single(ReportScanner.Scan(text));
        Assert.Equal(ReportClaimKind.Fraction, claim.Kind);
        Assert.Null(claim.PrintedPercent);
        Assert.Equal(ClaimVerdict.Consistent, claim.Verdict);
    }

    [Theory]
    [InlineData("gần", "57,9")]
    [InlineData("trên", "4,8")]
    [InlineData("hơn", "93,5")]
    [InlineData("khoảng", "30")]
    [InlineData("dưới", "10")]
    [InlineData("xấp xỉ", "25,1")]
    [InlineData("đạt gần", "59")]
    [InlineData("~", "59")]
    public void Scan_QualifiedPercent_IsNeverInconsistent(string qualifier, string percent)
    {
        var text = $"Đã có 1.168/2.000 hộ ({qualifier} {percent}%) hoàn thành.";
        var claim = Assert.Single(ReportScanner.Scan(text));
        Assert.True(claim.IsApproximate);
        Assert.Equal(ReportClaimKind.FractionWithPercent, claim.Kind);
        Assert.Equal(ClaimVerdict.Unverifiable, claim.Verdict);
        Assert.Equal(58.4m, Math.Round(claim.PercentCheck!.Exact, 1));
        AssertPointsAtText(text, claim);
    }

    [Fact]
    public void Scan_QualifiedPercent_ThatIsExactlyRight_IsConsistent()
    {
        var claim = Assert.Single(ReportScanner.Scan("Đã có 1.168/2.000 hộ (gần 58,4%) hoàn thành."));
        Assert.True(claim.IsApproximate);
        Assert.Equal(ClaimVerdict.Consistent, claim.Verdict);
    }

    [Fact]
    public void Scan_QualifiedWhole_MakesTheEnumerationApproximate()
    {
        const string text = "Có khoảng 1.004 cán bộ, trong đó xuất sắc: 281 đ/c (27,98%); còn lại: 700 đ/c.";
        var claims = ReportScanner.Scan(text);
        Assert.All(claims, c => Assert.True(c.IsApproximate));
        Assert.DoesNotContain(claims, c => c.Verdict == ClaimVerdict.Inconsistent);
    }

    [Fact]
    public void Scan_LeadingZeros_AreReadAsCounts()
    {
        const string text = "Đã kết nạp 04/22 đ/c (18,18%) trong đợt này.";
        var claim = Assert.Single(ReportScanner.Scan(text));
        Assert.Equal((4L, 22L), (claim.Part!.Value, claim.Whole));
        Assert.Equal(ClaimVerdict.Consistent, claim.Verdict);
        Assert.Equal("04/22 đ/c (18,18%)", claim.Text);
    }

    [Theory]
    [InlineData("142,86", ClaimVerdict.Consistent)]
    [InlineData("142,85", ClaimVerdict.Inconsistent)]
    public void Scan_ShareOver100_IsCheckedLikeAnyOther(string percent, ClaimVerdict verdict)
    {
        var claim = Assert.Single(ReportScanner.Scan($"Thu ngân sách 1.000/700 tỷ đồng (đạt {percent}%) so với dự toán."));
        Assert.Equal(verdict, claim.Verdict);
        Assert.Equal(142.86m, claim.ExpectedPercent);
    }

    [Fact]
    public void Scan_PartOverWholeWithShareUnder100_IsUnverifiable()
    {
        var claim = Assert.Single(ReportScanner.Scan("Có 700/100 hộ (70%) tham gia."));
        Assert.Equal(ClaimVerdict.Unverifiable, claim.Verdict);
        Assert.NotEmpty(claim.ReasonVietnamese);
    }

    [Theory]
    [InlineData("Đạt 9.941/10.000 người (99.41%) tham gia.", 9941L, 10000L, "99.41")]
    [InlineData("Có 2,129,000/3,000,000 lượt (70,97%) truy cập.", 2129000L, 3000000L, "70.97")]
    [InlineData("Đã cấp 1456/18.622 thẻ (7,8%) trong quý.", 1456L, 18622L, "7.8")]
    public void Scan_MixedNotations_AreRead(string text, long part, long whole, string percent)
    {
        var claim = Assert.Single(ReportScanner.Scan(text));
        Assert.Equal((part, whole), (claim.Part!.Value, claim.Whole));
        Assert.Equal(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture), claim.PrintedPercent);
        Assert.Equal(ClaimVerdict.Consistent, claim.Verdict);
    }

    [Theory]
    [InlineData("Đã xử lý 493/502 (98,2 %) kiến nghị.")]
    [InlineData("Đã xử lý 493/502 (98,2\n%) kiến nghị.")]
    [InlineData("Đã xử lý 493/502 (98,2\r\n%) kiến nghị.")]
    [InlineData("Đã xử lý 493/502 kiến nghị, đạt 98,2%.")]
    public void Scan_SpaceOrLineBreakBeforePercent_IsRead(string text)
    {
        var claim = Assert.Single(ReportScanner.Scan(text));
        Assert.Equal(ReportClaimKind.FractionWithPercent, claim.Kind);
        Assert.Equal(ClaimVerdict.Consistent, claim.Verdict);
        AssertPointsAtText(text, claim);
    }

    [Fact]
    public void Scan_LineBreakBeforePercent_PositionOfLaterClaimCountsTheLine()
    {
        const string text = "Đã xử lý 493/502 (98,2\n%) kiến nghị.\nCòn 3/443 hộ.";
        var claims = ReportScanner.Scan(text);
        Assert.Equal(2, claims.Count);
        Assert.Equal(new TextPosition(3, 5, text.IndexOf("3/443", StringComparison.Ordinal), 5), claims[1].Position);
    }

    [Fact]
    public void Scan_FractionSplitByParenthesis_IsOneFraction()
    {
        const string text = "Đã giải quyết 176 đơn (160 khiếu nại, 16 tố cáo)/221 đơn nhận được.";
        var claim = Assert.Single(ReportScanner.Scan(text));
        Assert.Equal(ReportClaimKind.Fraction, claim.Kind);
        Assert.Equal((176L, 221L), (claim.Part!.Value, claim.Whole));
        Assert.Equal("176 đơn (160 khiếu nại, 16 tố cáo)/221", claim.Text);
        Assert.Equal(ClaimVerdict.Consistent, claim.Verdict);
    }

    [Fact]
    public void Scan_PercentThatReadsTwoWays_IsNotInconsistent()
    {
        // "1.004%" is 1004 in Vietnamese notation and 1.004 in English notation.
        var claim = Assert.Single(ReportScanner.Scan("Có 5/500 hộ (1.004%) vay vốn."));
        Assert.Equal(ClaimVerdict.Unverifiable, claim.Verdict);
    }

    [Fact]
    public void Scan_PercentThatReadsTwoWays_OneOfThemRight_IsConsistent()
    {
        // "1,000%": 1.000 in Vietnamese notation (5/500 = 1%), 1000 in English notation.
        var claim = Assert.Single(ReportScanner.Scan("Có 5/500 hộ (1,000%) vay vốn."));
        Assert.Equal(ClaimVerdict.Consistent, claim.Verdict);
    }

    [Fact]
    public void Scan_ZeroDenominator_IsUnverifiable()
    {
        var claims = ReportScanner.Scan("Có 0/0 hộ vi phạm; 3/0 hộ (5%) khác.");
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(ClaimVerdict.Unverifiable, c.Verdict));
    }
}

using PartyWork.Domain.Ratios;
using PartyWork.Domain.Text;

namespace PartyWork.Domain.Tests.Ratios;

/// <summary>Example tests with the seeds' figures, written in our own sentences.</summary>
public class ReportScannerTests
{
    private const string Distribution =
        "Qua đợt đánh giá cuối nhiệm kỳ có 1.004 lượt cán bộ, trong đó hoàn thành xuất sắc nhiệm vụ: 281 đ/c (đạt 27,98%); " +
        "hoàn thành tốt nhiệm vụ: 705 đ/c (đạt 70,21%); hoàn thành nhiệm vụ 12 đ/c ( đạt 11,95%); " +
        "không hoàn thành nhiệm vụ: 06 đ/c (đạt 0,6%). Kết quả được công khai.";

    private static ReportClaim Single(string text)
    {
        var claims = ReportScanner.Scan(text);
        return Assert.Single(claims);
    }

    private static void AssertPointsAtText(string text, ReportClaim claim) =>
        Assert.Equal(claim.Text, text.Substring(claim.Position.Offset, claim.Position.Length));

    [Fact]
    public void Scan_BareFraction_ThreeOf443Households_IsConsistentWithItsShare()
    {
        const string text = "Việc di dời gần xong, chỉ còn 3/443 hộ chưa bàn giao đất.";
        var claim = Single(text);
        Assert.Equal(ReportClaimKind.Fraction, claim.Kind);
        Assert.Equal(ClaimVerdict.Consistent, claim.Verdict);
        Assert.Equal(3L, claim.Part);
        Assert.Equal(443L, claim.Whole);
        Assert.Equal(0.68m, claim.ExpectedPercent);
        Assert.Equal("3/443", claim.Text);
        Assert.Equal(new TextPosition(1, 31, 30, 5), claim.Position);
    }

    [Theory]
    [InlineData("Cả 10/10 phường đã đối thoại với dân.", 10L, 10L, "100.00")]
    [InlineData("Có 32/63 tổ chức cơ sở đảng được xếp loại cao.", 32L, 63L, "50.79")]
    public void Scan_BareFraction_SeedFigures_AreConsistent(string text, long part, long whole, string expected)
    {
        var claim = Single(text);
        Assert.Equal(ClaimVerdict.Consistent, claim.Verdict);
        Assert.Equal((part, whole), (claim.Part!.Value, claim.Whole));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), claim.ExpectedPercent);
    }

    [Fact]
    public void Scan_FractionWithPercent_493Of502_IsConsistent()
    {
        const string text = "Các ngành đã xử lý 493/502 (98,2%) ý kiến cử tri.";
        var claim = Single(text);
        Assert.Equal(ReportClaimKind.FractionWithPercent, claim.Kind);
        Assert.Equal(ClaimVerdict.Consistent, claim.Verdict);
        Assert.Equal("493/502 (98,2%)", claim.Text);
        Assert.Equal(98.2m, claim.PrintedPercent);
        AssertPointsAtText(text, claim);
    }

    [Fact]
    public void Scan_CadreDistribution_FlagsTheWrongAndTruncatedShares()
    {
        var claims = ReportScanner.Scan(Distribution);
        Assert.Equal(5, claims.Count);

        var parts = claims[0];
        Assert.Equal(ReportClaimKind.PartsOfWhole, parts.Kind);
        Assert.Equal(ClaimVerdict.Consistent, parts.Verdict);
        Assert.Equal(1004L, parts.Whole);
        Assert.Equal([281L, 705L, 12L, 6L], parts.Parts);
        Assert.Equal(1004L, parts.Sum);
        Assert.StartsWith("1.004 lượt cán bộ, trong đó", parts.Text, StringComparison.Ordinal);
        Assert.EndsWith("06 đ/c (đạt 0,6%)", parts.Text, StringComparison.Ordinal);

        var shares = claims.Skip(1).ToArray();
        Assert.All(shares, c => Assert.Equal(ReportClaimKind.PercentOfWhole, c.Kind));
        Assert.All(shares, c => Assert.Equal(1004L, c.Whole));
        Assert.All(claims, c => AssertPointsAtText(Distribution, c));
        Assert.Equal(
            [ClaimVerdict.Inconsistent, ClaimVerdict.Inconsistent, ClaimVerdict.Inconsistent, ClaimVerdict.Consistent],
            shares.Select(c => c.Verdict));
        Assert.Equal([27.99m, 70.22m, 1.20m, 0.6m], shares.Select(c => c.ExpectedPercent!.Value));
        Assert.Equal([true, true, false, false], shares.Select(c => c.IsTruncated));
        Assert.Equal("12 đ/c ( đạt 11,95%)", shares[2].Text);
        Assert.Equal("1,20%", VietnameseNumber.FormatPercent(shares[2].ExpectedPercent!.Value, 2));
        Assert.Contains("1,20%", shares[2].ReasonVietnamese, StringComparison.Ordinal);
        Assert.Equal(6L, shares[3].Part);
    }

    [Fact]
    public void Scan_CadreDistribution_WithTruncationAccepted_FlagsOnlyTheWrongShare()
    {
        var options = new ReportScanOptions { Check = ClaimCheckOptions.Default with { AcceptTruncation = true } };
        var inconsistent = ReportScanner.Scan(Distribution, options).Where(c => c.Verdict == ClaimVerdict.Inconsistent).ToArray();
        Assert.Equal(12L, Assert.Single(inconsistent).Part);
    }

    [Fact]
    public void Scan_Dossiers_PartsAddUpToTheWhole()
    {
        const string text = "Năm qua bộ phận một cửa nhận 17.911 hồ sơ, trong đó giải quyết đúng hạn 17.826 hồ sơ, đang xử lý 85 hồ sơ.";
        var claim = Single(text);
        Assert.Equal(ReportClaimKind.PartsOfWhole, claim.Kind);
        Assert.Equal(ClaimVerdict.Consistent, claim.Verdict);
        Assert.Equal(17911L, claim.Whole);
        Assert.Equal([17826L, 85L], claim.Parts);
        AssertPointsAtText(text, claim);
    }

    [Fact]
    public void Scan_PartsThatDoNotAddUp_AreUnverifiableByDefault_AndInconsistentWhenListsAreComplete()
    {
        const string text = "Bộ phận một cửa nhận 17.911 hồ sơ, trong đó: đúng hạn: 17.826 hồ sơ; đang xử lý: 80 hồ sơ.";
        var cautious = Single(text);
        Assert.Equal(ClaimVerdict.Unverifiable, cautious.Verdict);
        Assert.Equal(17906L, cautious.Sum);
        Assert.NotEmpty(cautious.ReasonEnglish);

        var strict = Assert.Single(ReportScanner.Scan(text, new ReportScanOptions { AssumeEnumerationsComplete = true }));
        Assert.Equal(ClaimVerdict.Inconsistent, strict.Verdict);
        Assert.Contains("17.906", strict.ReasonVietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_UnaccentedText_FindsTheSameClaims()
    {
        var folded = VietnameseText.Fold(Distribution);
        Assert.Equal(Distribution.Length, folded.Length);
        var original = ReportScanner.Scan(Distribution);
        var plain = ReportScanner.Scan(folded);
        Assert.Equal(original.Select(c => (c.Kind, c.Position, c.Verdict)), plain.Select(c => (c.Kind, c.Position, c.Verdict)));
    }

    [Fact]
    public void Scan_DecomposedQualifier_IsStillAQualifier()
    {
        const string text = "Đã có 1.168/2.000 hộ (ga\u0300n 59%) dùng nước sạch.";
        var claim = Single(text);
        Assert.True(claim.IsApproximate);
        Assert.Equal(ClaimVerdict.Unverifiable, claim.Verdict);
        AssertPointsAtText(text, claim);
    }

    [Fact]
    public void Scan_NewTonePlacement_GivesTheSameVerdicts()
    {
        var text = "Khoá họp ghi nhận 493/502 (98,2%) kiến nghị đã xử lý; tỷ lệ hộ nghèo giảm 7,7%. " + Distribution;
        var oldPlacement = ReportScanner.Scan(VietnameseText.Normalize(text, TonePlacement.Old));
        var newPlacement = ReportScanner.Scan(VietnameseText.Normalize(text, TonePlacement.New));
        Assert.Equal(oldPlacement.Select(c => (c.Kind, c.Verdict)), newPlacement.Select(c => (c.Kind, c.Verdict)));
        Assert.Equal(6, oldPlacement.Count);
    }

    [Fact]
    public void Scan_SampleReport_FlagsTheThreeWrongShares()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "samples", "bao-cao-mau.txt"));
        var claims = ReportScanner.Scan(text);
        Assert.All(claims, c => AssertPointsAtText(text, c));
        var flagged = claims.Where(c => c.Verdict == ClaimVerdict.Inconsistent).Select(c => c.PrintedPercent).ToArray();
        Assert.Equal([27.98m, 70.21m, 11.95m], flagged);
        Assert.DoesNotContain(claims, c => c.Text.Contains("2022", StringComparison.Ordinal) || c.Text.Contains("7,7", StringComparison.Ordinal));
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PartyWork.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root (PartyWork.Domain.sln) was not found.");
    }
}

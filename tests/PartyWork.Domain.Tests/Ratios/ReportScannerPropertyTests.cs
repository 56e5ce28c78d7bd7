using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyWork.Domain.Ratios;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Ratios;

/// <summary>FsCheck properties of the scanner.</summary>
public class ReportScannerPropertyTests
{
    private static bool PointsAtText(string text, ReportClaim c) =>
        c.Position.End <= text.Length &&
        string.Equals(text.Substring(c.Position.Offset, c.Position.Length), c.Text, StringComparison.Ordinal) &&
        TextPosition.Locate(text, c.Position.Offset, c.Position.Length) == c.Position;

    [Property]
    public Property Scan_NeverThrows_OnArbitraryStrings() =>
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), text => ReportScanner.Scan(text.Get) is not null);

    [Property]
    public Property Scan_NeverThrows_OnVietnameseishText_AndPositionsPointAtTheClaims() =>
        Prop.ForAll(TextGenerators.VietnameseishText(), text => ReportScanner.Scan(text).All(c => PointsAtText(text, c)));

    [Property]
    public Property Scan_ReportishText_PositionsPointAtTheClaims_InOrder() =>
        Prop.ForAll(ScannerGenerators.ReportishText(), text =>
        {
            var claims = ReportScanner.Scan(text);
            var ordered = claims.Zip(claims.Skip(1)).All(p => p.First.Position.Offset <= p.Second.Position.Offset);
            return ordered && claims.All(c => PointsAtText(text, c));
        });

    [Property]
    public Property Scan_EmbeddedConsistentClaim_IsFoundAndConsistent() =>
        Prop.ForAll(ScannerGenerators.EmbeddedConsistentClaim(), sample =>
        {
            var claims = ReportScanner.Scan(sample.Text);
            var found = claims.Where(c => c.Position.Offset == sample.Offset).ToArray();
            return found.Length == 1
                && found[0].Kind == ReportClaimKind.FractionWithPercent
                && found[0].Text == sample.Claim
                && found[0].Verdict == ClaimVerdict.Consistent
                && claims.All(c => c.Verdict != ClaimVerdict.Inconsistent || c.Position.Offset != sample.Offset);
        });

    [Property]
    public Property Scan_ApproximateClaim_IsNeverInconsistent() =>
        Prop.ForAll(ScannerGenerators.EmbeddedApproximateClaim(), text =>
        {
            var claims = ReportScanner.Scan(text).Where(c => c.Kind == ReportClaimKind.FractionWithPercent).ToArray();
            return claims.Length >= 1 && claims.All(c => c.IsApproximate && c.Verdict != ClaimVerdict.Inconsistent);
        });

    [Property]
    public Property Scan_Dates_AreNeverClaims() =>
        Prop.ForAll(ScannerGenerators.EmbeddedDate(), text => ReportScanner.Scan(text).Count == 0);

    [Property]
    public Property Scan_StringAndSpan_Agree() =>
        Prop.ForAll(ScannerGenerators.ReportishText(), text =>
            ReportScanner.Scan(text).Select(c => (c.Position, c.Verdict, c.Text))
                .SequenceEqual(ReportScanner.Scan(text.AsSpan()).Select(c => (c.Position, c.Verdict, c.Text))));

    [Property]
    public Property TextPosition_ObeysTheValueContract() =>
        Prop.ForAll(
            Gen.Choose(1, 3).Four().Select(t => new TextPosition(t.Item1, t.Item2, t.Item3, t.Item4)).Three().ToArbitrary(),
            t =>
            {
                Contracts.ValueContract.AssertEqualityLaws(t.Item1, t.Item2);
                Contracts.ValueContract.AssertComparisonLaws(t.Item1, t.Item2, t.Item3);
                Assert.Equal(t.Item1.CompareTo(t.Item2) < 0, t.Item1 < t.Item2);
                Assert.Equal(t.Item1.CompareTo(t.Item2) >= 0, t.Item1 >= t.Item2);
            });

    [Fact]
    public void TextPosition_Formats_LineColumn_AndRoundTripForm()
    {
        var position = new TextPosition(12, 45, 300, 7);
        Assert.Equal("12:45", position.ToString());
        Assert.Equal("12:45[300+7]", position.ToString("R", null));
        Assert.Equal(307, position.End);
        Assert.Throws<FormatException>(() => position.ToString("X", null));
        Assert.Equal(new TextPosition(2, 3, 6, 1), TextPosition.Locate("ab\r\ncdef", 6, 1));
    }
}

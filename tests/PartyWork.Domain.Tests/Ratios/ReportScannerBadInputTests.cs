using PartyWork.Domain.Ratios;

namespace PartyWork.Domain.Tests.Ratios;

/// <summary>Bad input at the scanner's public boundary.</summary>
public class ReportScannerBadInputTests
{
    [Fact]
    public void Scan_NullText_ThrowsArgumentNullException()
    {
        var e = Assert.Throws<ArgumentNullException>(() => ReportScanner.Scan((string)null!));
        Assert.Equal("text", e.ParamName);
    }

    [Fact]
    public void Scan_EmptyText_FindsNoClaims()
    {
        Assert.Empty(ReportScanner.Scan(string.Empty));
        Assert.Empty(ReportScanner.Scan(ReadOnlySpan<char>.Empty));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("%")]
    [InlineData("(((")]
    [InlineData("trong đó")]
    [InlineData("1/")]
    [InlineData("/2")]
    [InlineData("3 trong đó")]
    [InlineData("3/4/")]
    [InlineData("99999999999999999999999/1")]
    public void Scan_MalformedText_DoesNotThrowAndGuessesNothing(string text)
    {
        Assert.Empty(ReportScanner.Scan(text));
    }

    [Fact]
    public void Options_NullCheck_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => new ReportScanOptions { Check = null! });
    }

    [Fact]
    public void Options_CheckAcceptingNothing_ThrowsArgumentException()
    {
        var nothing = ClaimCheckOptions.Default with { AcceptedRoundings = [], AcceptTruncation = false };
        Assert.Throws<ArgumentException>(() => new ReportScanOptions { Check = nothing });
    }

    [Fact]
    public void Options_Default_AcceptsRoundingButNotTruncation_AndListsAreNotComplete()
    {
        Assert.Same(ClaimCheckOptions.Default, ReportScanOptions.Default.Check);
        Assert.False(ReportScanOptions.Default.AssumeEnumerationsComplete);
        Assert.Equal(ReportScanOptions.Default, new ReportScanOptions());
    }

    [Theory]
    [InlineData(0, 1, 0, 0)]
    [InlineData(1, 0, 0, 0)]
    [InlineData(1, 1, -1, 0)]
    [InlineData(1, 1, 0, -1)]
    [InlineData(1, 1, 10, int.MaxValue)]
    public void TextPosition_OutOfRange_ThrowsArgumentOutOfRangeException(int line, int column, int offset, int length)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextPosition(line, column, offset, length));
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(4, 0)]
    [InlineData(2, 2)]
    public void TextPosition_LocateOutsideText_ThrowsArgumentOutOfRangeException(int offset, int length)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TextPosition.Locate("abc", offset, length));
    }
}

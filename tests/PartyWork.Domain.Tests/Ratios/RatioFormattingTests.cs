using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyWork.Domain.Ratios;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Ratios;

public class RatioFormattingTests
{
    [Fact]
    public void ToString_IsTheInvariantRoundTripFormat()
    {
        Assert.Equal("493/502", new Ratio(493, 502).ToString());
        Assert.Equal("281/1004", new Ratio(281, 1004).ToString(null, CultureInfo.InvariantCulture));
        Assert.Equal("281/1004", new Ratio(281, 1004).ToString("G", null));
        Assert.Equal("281/1004", new Ratio(281, 1004).ToString(string.Empty, null));
    }

    [Fact]
    public void ToVietnameseString_PrintsTheWayReportsDo()
    {
        Assert.Equal("493/502 (98,2%)", new Ratio(493, 502).ToVietnameseString());
        Assert.Equal("281/1.004 (27,99%)", new Ratio(281, 1004).ToVietnameseString(2));
        Assert.Equal("281/1.004 (27,98%)", new Ratio(281, 1004).ToVietnameseString(2, MidpointRounding.ToZero));
        Assert.Equal("10/10 (100%)", new Ratio(10, 10).ToVietnameseString(0));
        Assert.Equal("17.826/17.911 (99,53%)", new Ratio(17826, 17911).ToVietnameseString(2));
    }

    [Theory]
    [InlineData("V", "493/502 (98,2%)")]
    [InlineData("V2", "493/502 (98,21%)")]
    [InlineData("V0", "493/502 (98%)")]
    [InlineData("P", "98,2%")]
    [InlineData("P3", "98,207%")]
    public void ToString_VietnameseFormats(string format, string expected)
    {
        Assert.Equal(expected, new Ratio(493, 502).ToString(format, CultureInfo.InvariantCulture));
        Assert.Equal(expected, string.Format(CultureInfo.InvariantCulture, "{0:" + format + "}", new Ratio(493, 502)));
    }

    [Theory]
    [InlineData("X")]
    [InlineData("V-1")]
    [InlineData("V21")]
    [InlineData("Pa")]
    [InlineData("g")]
    public void ToString_UnknownFormat_Throws(string format)
    {
        Assert.Throws<FormatException>(() => new Ratio(1, 2).ToString(format, null));
    }

    [Fact]
    public void ToString_DoesNotDependOnTheCurrentCulture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            Assert.Equal("281/1.004 (27,99%)", $"{new Ratio(281, 1004):V2}");
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void TryFormat_WritesIntoASpan_OrReportsTooShort()
    {
        var ratio = new Ratio(281, 1004);
        Span<char> buffer = stackalloc char[32];

        Assert.True(ratio.TryFormat(buffer, out var written, default, null));
        Assert.Equal("281/1004", buffer[..written].ToString());
        Assert.True(ratio.TryFormat(buffer, out written, "V2", null));
        Assert.Equal("281/1.004 (27,99%)", buffer[..written].ToString());
        Assert.False(ratio.TryFormat(buffer[..4], out written, default, null));
        Assert.False(ratio.TryFormat(buffer[..4], out written, "V", null));
        Assert.Equal(0, written);
    }

    [Theory]
    [InlineData("493/502", 493L, 502L)]
    [InlineData(" 3/443 ", 3L, 443L)]
    [InlineData("04/22", 4L, 22L)]
    [InlineData("0/1", 0L, 1L)]
    [InlineData("9223372036854775807/9223372036854775807", long.MaxValue, long.MaxValue)]
    public void Parse_ReadsTheRoundTripFormat(string text, long part, long whole)
    {
        Assert.Equal(new Ratio(part, whole), Ratio.Parse(text));
        Assert.Equal(new Ratio(part, whole), Ratio.Parse(text.AsSpan(), CultureInfo.InvariantCulture));
        Assert.True(Ratio.TryParse(text, out var parsed));
        Assert.Equal(new Ratio(part, whole), parsed);
    }

    [Theory]
    [InlineData("", "no '/'")]
    [InlineData("493", "no '/'")]
    [InlineData("493/", "plain digits")]
    [InlineData("/502", "plain digits")]
    [InlineData("-1/5", "plain digits")]
    [InlineData("1/-5", "plain digits")]
    [InlineData("+1/5", "plain digits")]
    [InlineData("1.004/2.000", "plain digits")]
    [InlineData("1 /5", "plain digits")]
    [InlineData("1/2/3", "plain digits")]
    [InlineData("١/٢", "plain digits")]
    [InlineData("9223372036854775808/9223372036854775809", "plain digits")]
    [InlineData("5/0", "whole is zero")]
    [InlineData("6/5", "exceeds the whole")]
    public void Parse_Malformed_ThrowsFormatExceptionSayingWhy(string text, string why)
    {
        var error = Assert.Throws<FormatException>(() => Ratio.Parse(text));

        Assert.Contains(why, error.Message, StringComparison.Ordinal);
        Assert.False(Ratio.TryParse(text, null, out var result));
        Assert.Equal(default, result);
        Assert.False(Ratio.TryParse(text.AsSpan(), null, out _));
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => Ratio.Parse(null!)).ParamName);
        Assert.False(Ratio.TryParse(null, out _));
    }

    [Property]
    public Property FormatThenParse_RoundTrips() =>
        Prop.ForAll(RatiosGenerators.Ratios(), ratio =>
        {
            Assert.Equal(ratio, Ratio.Parse(ratio.ToString()));
            Span<char> buffer = stackalloc char[48];
            Assert.True(ratio.TryFormat(buffer, out var written, default, null));
            Assert.True(Ratio.TryParse(buffer[..written], null, out var parsed));
            Assert.Equal(ratio, parsed);
        });

    [Property]
    public Property VietnameseDisplay_ShowsTheRoundedPercent() =>
        Prop.ForAll(RatiosGenerators.Ratios(), RatiosGenerators.PrintedDecimals(), (ratio, decimals) =>
        {
            var text = ratio.ToVietnameseString(decimals);
            var percent = text[(text.IndexOf('(', StringComparison.Ordinal) + 1)..^2];
            return PartyWork.Domain.Text.VietnameseNumber.Parse(percent) == ratio.ToPercent(decimals);
        });

    [Property]
    public Property Parse_NeverThrowsAnythingButFormatException() =>
        Prop.ForAll(TextGenerators.VietnameseishText(), text =>
        {
            try
            {
                var ratio = Ratio.Parse(text);
                return Ratio.TryParse(text, out var again) && again == ratio;
            }
            catch (FormatException)
            {
                return !Ratio.TryParse(text, out _);
            }
        });
}

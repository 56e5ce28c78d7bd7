using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyWork.Domain.Text;

namespace PartyWork.Domain.Tests.Text;

public class VietnameseNumberTests
{
    [Theory]
    [InlineData(1004L, "1.004")]
    [InlineData(17911L, "17.911")]
    [InlineData(502L, "502")]
    [InlineData(0L, "0")]
    [InlineData(-1234567L, "-1.234.567")]
    public void Format_WholeNumber_GroupsThousandsWithDots(long value, string expected)
    {
        Assert.Equal(expected, VietnameseNumber.Format(value));
    }

    [Theory]
    [InlineData("27.988", 2, "27,99")]
    [InlineData("95.4", 1, "95,4")]
    [InlineData("0.5976", 1, "0,6")]
    [InlineData("1004.5", 2, "1.004,50")]
    [InlineData("2.5", 0, "3")]
    [InlineData("-2.5", 0, "-3")]
    public void Format_Decimal_RoundsHalfAwayFromZero_ByDefault(string value, int decimals, string expected)
    {
        Assert.Equal(expected, VietnameseNumber.Format(decimal.Parse(value, CultureInfo.InvariantCulture), decimals));
    }

    [Fact]
    public void Format_Decimal_TakesTheRoundingMode()
    {
        Assert.Equal("2", VietnameseNumber.Format(2.5m, 0, MidpointRounding.ToEven));
        Assert.Equal("27,98", VietnameseNumber.Format(27.988m, 2, MidpointRounding.ToZero));
    }

    [Fact]
    public void FormatPercent_WritesTheWayReportsDo()
    {
        Assert.Equal("27,98%", VietnameseNumber.FormatPercent(27.98m, 2));
        Assert.Equal("95,4 %", VietnameseNumber.FormatPercent(95.4m, 1, spaceBeforePercentSign: true));
        Assert.Equal("98,2%", VietnameseNumber.FormatPercent(98.207m, 1));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(29)]
    public void Format_DecimalsOutOfRange_Throws(int decimals)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseNumber.Format(1m, decimals));
        Assert.Equal("decimals", error.ParamName);
    }

    [Fact]
    public void Format_UndefinedRounding_Throws()
    {
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => VietnameseNumber.Format(1m, 1, (MidpointRounding)99));
    }

    [Fact]
    public void Format_DoesNotDependOnTheCurrentCulture()
    {
        var original = CultureInfo.CurrentCulture;
        var odd = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        odd.NumberFormat.NumberDecimalSeparator = "#";
        odd.NumberFormat.NumberGroupSeparator = "_";
        try
        {
            CultureInfo.CurrentCulture = odd;
            Assert.Equal("1.004,50", VietnameseNumber.Format(1004.5m, 2));
            Assert.Equal(27.98m, VietnameseNumber.Parse("27,98"));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Theory]
    [InlineData("1.004", "1004")]
    [InlineData("17.911", "17911")]
    [InlineData("95,4", "95.4")]
    [InlineData("27,98", "27.98")]
    [InlineData("1456", "1456")]
    [InlineData("04", "4")]
    [InlineData(" 0,6 ", "0.6")]
    [InlineData("-1.234.567,5", "-1234567.5")]
    public void Parse_Vietnamese_ReadsDotGroupsAndCommaDecimals(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), VietnameseNumber.Parse(text));
    }

    [Fact]
    public void Parse_KeepsTheDecimalsWritten()
    {
        Assert.Equal(2, VietnameseNumber.Parse("27,90").Scale);
        Assert.Equal(1, VietnameseNumber.Parse("0,6").Scale);
        Assert.Equal(0, VietnameseNumber.Parse("100").Scale);
    }

    [Theory]
    [InlineData("2,129,000", "2129000")]
    [InlineData("99.41", "99.41")]
    public void Parse_English_ReadsCommaGroupsAndDotDecimals(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), VietnameseNumber.Parse(text, NumberNotation.English));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1.00.4")]
    [InlineData("1.0041")]
    [InlineData("99.41")]
    [InlineData(",5")]
    [InlineData("5,")]
    [InlineData("1,2,3")]
    [InlineData("abc")]
    [InlineData("--1")]
    [InlineData("1 004")]
    [InlineData("12%")]
    [InlineData(".004")]
    [InlineData("0.004")]
    [InlineData("94,736842105263157894736842105")]
    [InlineData("9999999999999999999999999999,5")]
    [InlineData("0,00000000000000000000000000001")]
    public void Parse_Malformed_ThrowsFormatException_AndTryParseIsFalse(string text)
    {
        var error = Assert.Throws<FormatException>(() => VietnameseNumber.Parse(text));
        Assert.Contains("Vietnamese", error.Message, StringComparison.Ordinal);
        Assert.False(VietnameseNumber.TryParse(text, NumberNotation.Vietnamese, out _));
    }

    [Fact]
    public void Parse_BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => VietnameseNumber.Parse(null!));
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => VietnameseNumber.Parse("1", (NumberNotation)5));
        Assert.False(VietnameseNumber.TryParse("1", (NumberNotation)5, out _));
    }

    [Fact]
    public void TryRead_AmbiguousThousands_PrefersVietnamese_AndSaysSo()
    {
        Assert.True(VietnameseNumber.TryRead("1.004", out var number));
        Assert.Equal(1004m, number.Value);
        Assert.Equal(NumberNotation.Vietnamese, number.Notation);
        Assert.True(number.IsAmbiguous);
        Assert.Equal(1.004m, number.Alternative);
    }

    [Theory]
    [InlineData("99.41", "99.41", NumberNotation.English, 2)]
    [InlineData("2,129,000", "2129000", NumberNotation.English, 0)]
    [InlineData("95,4", "95.4", NumberNotation.Vietnamese, 1)]
    [InlineData("1456", "1456", NumberNotation.Vietnamese, 0)]
    [InlineData("18.622", "18622", NumberNotation.Vietnamese, 0)]
    public void TryRead_ChoosesTheNotationThatReadsIt(string text, string value, NumberNotation notation, int decimals)
    {
        Assert.True(VietnameseNumber.TryRead(text, out var number));
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), number.Value);
        Assert.Equal(notation, number.Notation);
        Assert.Equal(decimals, number.DecimalPlaces);
    }

    [Fact]
    public void TryRead_LeadingZeroGroup_IsADecimal_NotAGroup()
    {
        Assert.True(VietnameseNumber.TryRead("0.004", out var english));
        Assert.Equal((0.004m, NumberNotation.English, false), (english.Value, english.Notation, english.IsAmbiguous));
        Assert.True(VietnameseNumber.TryRead("0,500", out var vietnamese));
        Assert.Equal((0.500m, NumberNotation.Vietnamese, false), (vietnamese.Value, vietnamese.Notation, vietnamese.IsAmbiguous));
    }

    [Fact]
    public void TryParse_DefaultsToVietnameseNotation()
    {
        Assert.True(VietnameseNumber.TryParse("1.004", out var value));
        Assert.Equal(1004m, value);
    }

    [Property]
    public Property Parse_KeepsEveryDigitWritten_OrRefuses() =>
        Prop.ForAll(Gen.Choose(1, 40).SelectMany(n => Gen.Elements("0123456789".ToCharArray()).ArrayOf(n)).ToArbitrary(), digits =>
        {
            var text = "1," + new string(digits);
            var read = VietnameseNumber.TryParse(text, out var value);
            return read == (digits.Length <= VietnameseNumber.MaxDecimals) && (!read || value.Scale == digits.Length);
        });

    [Fact]
    public void TryRead_UnambiguousText_IsNotAmbiguous()
    {
        Assert.True(VietnameseNumber.TryRead("1456", out var number));
        Assert.False(number.IsAmbiguous);
        Assert.False(VietnameseNumber.TryRead("1.2.3", out _));
    }

    [Property]
    public Property FormatThenParse_RoundTrips_Decimals() =>
        Prop.ForAll(
            ArbMap.Default.ArbFor<decimal>(),
            Gen.Choose(0, 6).ToArbitrary(),
            (value, decimals) =>
            {
                var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
                var parsed = VietnameseNumber.Parse(VietnameseNumber.Format(value, decimals));
                return parsed == rounded && parsed.Scale == decimals;
            });

    [Property]
    public bool FormatThenParse_RoundTrips_WholeNumbers(long value) =>
        VietnameseNumber.Parse(VietnameseNumber.Format(value)) == value;

    [Property]
    public void TryParseAndTryRead_NeverThrow_AndAgree(NonNull<string> text)
    {
        // Any exception fails the property; a strict Vietnamese parse is always also a reading.
        var strict = VietnameseNumber.TryParse(text.Get, NumberNotation.Vietnamese, out var value);
        var read = VietnameseNumber.TryRead(text.Get, out var number);
        Assert.True(!strict || (read && number.Value == value));
    }

    [Property]
    public Property TryRead_AgreesWithStrictParse() =>
        Prop.ForAll(ArbMap.Default.ArbFor<long>(), value =>
        {
            var text = VietnameseNumber.Format(value);
            return VietnameseNumber.TryRead(text, out var number) && number.Value == value
                && number.Notation == NumberNotation.Vietnamese;
        });
}

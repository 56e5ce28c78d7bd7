using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyWork.Domain.Terms;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Terms;

public class RomanNumeralTests
{
    [Theory]
    [InlineData(1, "I")]
    [InlineData(3, "III")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(12, "XII")]
    [InlineData(14, "XIV")]
    [InlineData(40, "XL")]
    [InlineData(1990, "MCMXC")]
    [InlineData(2024, "MMXXIV")]
    [InlineData(3888, "MMMDCCCLXXXVIII")]
    [InlineData(3999, "MMMCMXCIX")]
    public void Format_And_Parse_AgreeOnKnownNumerals(int value, string numeral)
    {
        Assert.Equal(numeral, RomanNumeral.Format(value));
        Assert.Equal(value, RomanNumeral.Parse(numeral));
        Assert.True(RomanNumeral.TryParse(numeral, out var parsed));
        Assert.Equal(value, parsed);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(4000)]
    [InlineData(int.MaxValue)]
    public void Format_OutOfRange_Throws(int value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RomanNumeral.Format(value));
        Assert.Equal("value", error.ParamName);
    }

    [Theory]
    [InlineData("IIII")]
    [InlineData("VV")]
    [InlineData("IC")]
    [InlineData("MMMM")]
    [InlineData("")]
    [InlineData("xii")]
    [InlineData("X II")]
    [InlineData("XIIA")]
    [InlineData("0")]
    [InlineData("MMMMMMMMMMMMMMMMMMMM")]
    public void Parse_Strict_RejectsNonCanonicalInput(string text)
    {
        Assert.Throws<FormatException>(() => RomanNumeral.Parse(text));
        Assert.False(RomanNumeral.TryParse(text, out var value));
        Assert.Equal(0, value);
    }

    [Fact]
    public void Parse_FourI_MessageNamesTheCanonicalForm()
    {
        var error = Assert.Throws<FormatException>(() => RomanNumeral.Parse("IIII"));
        Assert.Contains("IV", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xii", 12)]
    [InlineData(" x ii ", 12)]
    [InlineData("Xiv", 14)]
    [InlineData("m cm xc", 1990)]
    public void Parse_Lenient_AcceptsCaseAndSpaces(string text, int expected)
    {
        Assert.Equal(expected, RomanNumeral.Parse(text, RomanNumeralStyle.Lenient));
        Assert.True(RomanNumeral.TryParse(text, RomanNumeralStyle.Lenient, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("iiii")]
    [InlineData("   ")]
    [InlineData("mmmm")]
    public void Parse_Lenient_StillRejectsNonCanonical(string text)
    {
        Assert.Throws<FormatException>(() => RomanNumeral.Parse(text, RomanNumeralStyle.Lenient));
        Assert.False(RomanNumeral.TryParse(text, RomanNumeralStyle.Lenient, out _));
    }

    [Fact]
    public void Parse_NullOrUndefinedStyle_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => RomanNumeral.Parse(null!));
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => RomanNumeral.Parse("X", (RomanNumeralStyle)7));
        Assert.False(RomanNumeral.TryParse((string?)null, out _));
        Assert.False(RomanNumeral.TryParse("X", (RomanNumeralStyle)7, out _));
    }

    [Property]
    public Property EveryNumeral_RoundTrips() =>
        Prop.ForAll(TermsGenerators.RomanValues(), value =>
        {
            var numeral = RomanNumeral.Format(value);
            return RomanNumeral.Parse(numeral) == value
                && RomanNumeral.Parse(numeral.ToLowerInvariant(), RomanNumeralStyle.Lenient) == value
                && RomanNumeral.Parse(" " + string.Join(' ', numeral.ToCharArray()) + " ", RomanNumeralStyle.Lenient) == value;
        });

    [Property]
    public Property Parse_NeverThrowsAnythingButFormatException(string text) =>
        Prop.ToProperty(NeverThrowsOtherThanFormat(() => RomanNumeral.Parse(text ?? string.Empty, RomanNumeralStyle.Lenient))
            && NeverThrowsOtherThanFormat(() => RomanNumeral.Parse(text ?? string.Empty)));

    [Property]
    public Property AnyString_ThatParses_IsCanonical(NonEmptyString text) =>
        Prop.ToProperty(!RomanNumeral.TryParse(text.Get, out var value) || RomanNumeral.Format(value) == text.Get);

    private static bool NeverThrowsOtherThanFormat(Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (FormatException)
        {
            return true;
        }
    }
}

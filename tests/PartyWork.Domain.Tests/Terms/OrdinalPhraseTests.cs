using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyWork.Domain.Terms;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Terms;

public class OrdinalPhraseTests
{
    [Theory]
    [InlineData("lần thứ III", 3)]
    [InlineData("Lần thứ IV", 4)]
    [InlineData("lan thu iii", 3)]
    [InlineData("lần thứ nhất", 1)]
    [InlineData("lần thứ tư", 4)]
    [InlineData("lần thứ bảy", 7)]
    [InlineData("lần thứ bẩy", 7)]
    [InlineData("lần thứ mười", 10)]
    [InlineData("lần thứ 13", 13)]
    [InlineData("thứ XIV", 14)]
    [InlineData("  LẦN  THỨ   XII ", 12)]
    public void Parse_ReadsRomanDigitsAndWords(string text, int expected)
    {
        Assert.Equal(expected, OrdinalPhrase.Parse(text));
        Assert.True(OrdinalPhrase.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("lần thứ")]
    [InlineData("lần thứ 0")]
    [InlineData("lần thứ 4000")]
    [InlineData("lần thứ IIII")]
    [InlineData("lần thứ mười một")]
    [InlineData("khóa XII")]
    public void Parse_BadInput_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => OrdinalPhrase.Parse(text));
        Assert.False(OrdinalPhrase.TryParse(text, out _));
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => OrdinalPhrase.Parse(null!));
        Assert.False(OrdinalPhrase.TryParse(null, out _));
    }

    [Theory]
    [InlineData(3, OrdinalNotation.Roman, "lần thứ III")]
    [InlineData(13, OrdinalNotation.Arabic, "lần thứ 13")]
    [InlineData(1, OrdinalNotation.Words, "lần thứ nhất")]
    [InlineData(4, OrdinalNotation.Words, "lần thứ tư")]
    public void Format_WritesEachNotation(int value, OrdinalNotation notation, string expected)
    {
        Assert.Equal(expected, OrdinalPhrase.Format(value, notation));
    }

    [Theory]
    [InlineData(0, OrdinalNotation.Roman)]
    [InlineData(4000, OrdinalNotation.Arabic)]
    [InlineData(11, OrdinalNotation.Words)]
    public void Format_OutOfRange_Throws(int value, OrdinalNotation notation)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OrdinalPhrase.Format(value, notation));
    }

    [Fact]
    public void Format_UndefinedNotation_Throws()
    {
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => OrdinalPhrase.Format(1, (OrdinalNotation)9));
    }

    [Property]
    public Property Format_ThenParse_RoundTrips() =>
        Prop.ForAll(TermsGenerators.RomanValues(), value =>
            OrdinalPhrase.Parse(OrdinalPhrase.Format(value)) == value
            && OrdinalPhrase.Parse(OrdinalPhrase.Format(value, OrdinalNotation.Arabic)) == value
            && (value > 10 || OrdinalPhrase.Parse(OrdinalPhrase.Format(value, OrdinalNotation.Words)) == value));
}

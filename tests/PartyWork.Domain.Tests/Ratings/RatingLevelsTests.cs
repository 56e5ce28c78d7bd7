using System.ComponentModel;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Ratings;

[Trait("Rule", "R-LEVELS")]
public class RatingLevelsTests
{
    [Fact]
    public void Levels_CompareNaturally_ExcellentAboveGoodAboveCompletedAboveNotCompleted()
    {
        Assert.True(RatingLevel.Excellent > RatingLevel.Good);
        Assert.True(RatingLevel.Good > RatingLevel.Completed);
        Assert.True(RatingLevel.Completed > RatingLevel.NotCompleted);
        Assert.Equal(
            [RatingLevel.Excellent, RatingLevel.Good, RatingLevel.Completed, RatingLevel.NotCompleted],
            RatingLevels.Descending);
        Assert.Equal(RatingLevels.Descending, RatingLevels.Descending.OrderDescending());
    }

    [Theory]
    [InlineData(RatingLevel.Excellent, "Hoàn thành xuất sắc nhiệm vụ", "hoàn thành xuất sắc nhiệm vụ", "Excellent", "HTXSNV")]
    [InlineData(RatingLevel.Good, "Hoàn thành tốt nhiệm vụ", "hoàn thành tốt nhiệm vụ", "Good", "HTTNV")]
    [InlineData(RatingLevel.Completed, "Hoàn thành nhiệm vụ", "hoàn thành nhiệm vụ", "Completed", "HTNV")]
    [InlineData(RatingLevel.NotCompleted, "Không hoàn thành nhiệm vụ", "không hoàn thành nhiệm vụ", "Not completed", "KHTNV")]
    public void Labels_AreTheFormsLabels(RatingLevel level, string vietnamese, string lower, string english, string abbreviation)
    {
        Assert.Equal(vietnamese, level.ToVietnamese());
        Assert.Equal(lower, level.ToVietnameseLower());
        Assert.Equal(english, level.ToEnglish());
        Assert.Equal(abbreviation, level.ToAbbreviation());
        Assert.True(level.IsDefined());
    }

    [Theory]
    [InlineData("Hoàn thành xuất sắc nhiệm vụ", RatingLevel.Excellent)]
    [InlineData("hoàn thành xuất sắc", RatingLevel.Excellent)]
    [InlineData("HOAN THANH XUAT SAC NHIEM VU", RatingLevel.Excellent)]
    [InlineData("  Xếp loại: hoàn thành xuất sắc nhiệm vụ. ", RatingLevel.Excellent)]
    [InlineData("HTXSNV", RatingLevel.Excellent)]
    [InlineData("Excellent", RatingLevel.Excellent)]
    [InlineData("Hoàn thành tốt nhiệm vụ", RatingLevel.Good)]
    [InlineData("hoan thanh tot", RatingLevel.Good)]
    [InlineData("mức hoàn thành tốt nhiệm vụ", RatingLevel.Good)]
    [InlineData("HTTNV", RatingLevel.Good)]
    [InlineData("Hoàn thành nhiệm vụ", RatingLevel.Completed)]
    [InlineData("htnv", RatingLevel.Completed)]
    [InlineData("Không hoàn thành nhiệm vụ", RatingLevel.NotCompleted)]
    [InlineData("khong hoan thanh", RatingLevel.NotCompleted)]
    [InlineData("KHTNV", RatingLevel.NotCompleted)]
    [InlineData("Not completed", RatingLevel.NotCompleted)]
    public void TryParse_WhatFormsWrite_ReadsTheLevel(string text, RatingLevel expected)
    {
        Assert.True(RatingLevels.TryParse(text, out var level));
        Assert.Equal(expected, level);
        Assert.Equal(expected, RatingLevels.Parse(text));
    }

    [Fact]
    public void TryParse_DecomposedMarks_ReadTheSameLevel()
    {
        // "xuất sắc" with decomposed marks: x u + circumflex + acute, s a + breve + acute.
        const string decomposed = "Hoa\u0300n tha\u0300nh xu\u00E2\u0301t s\u0103\u0301c nhi\u00EA\u0323m vu\u0323";
        Assert.Equal(RatingLevel.Excellent, RatingLevels.Parse(decomposed));
        Assert.Equal(RatingLevel.Good, RatingLevels.Parse("Xếp loại: Hoàn thành tốt nhiệm vụ"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("xuất sắc")]
    [InlineData("hoàn thành xuất sắc nhiệm vụ nhiệm vụ")]
    [InlineData("trong sạch, vững mạnh")]
    [InlineData("HTXSNV2")]
    public void TryParse_NotALevel_ReturnsFalse(string text)
    {
        Assert.False(RatingLevels.TryParse(text, out var level));
        Assert.Equal(default, level);
        Assert.Throws<FormatException>(() => RatingLevels.Parse(text));
    }

    [Fact]
    public void TryParse_NullOrTooLong_ReturnsFalse_AndParseNullThrows()
    {
        Assert.False(RatingLevels.TryParse((string?)null, out _));
        Assert.False(RatingLevels.TryParse(new string('a', 500), out _));
        Assert.Throws<ArgumentNullException>(() => RatingLevels.Parse(null!));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(255)]
    public void Labels_UndefinedLevel_Throw(int value)
    {
        var level = (RatingLevel)value;
        Assert.False(level.IsDefined());
        Assert.Throws<InvalidEnumArgumentException>(() => level.ToVietnamese());
        Assert.Throws<InvalidEnumArgumentException>(() => level.ToVietnameseLower());
        Assert.Throws<InvalidEnumArgumentException>(() => level.ToEnglish());
        Assert.Throws<InvalidEnumArgumentException>(() => level.ToAbbreviation());
    }

    [Property]
    public Property Parse_RoundTripsEveryLabel_WithAndWithoutDiacritics() =>
        Prop.ForAll(RatingsGenerators.Levels(), level =>
            RatingLevels.Parse(level.ToVietnamese()) == level
            && RatingLevels.Parse(level.ToVietnameseLower()) == level
            && RatingLevels.Parse(PartyWork.Domain.Text.VietnameseText.Fold(level.ToVietnamese())) == level
            && RatingLevels.Parse(level.ToVietnamese().ToUpperInvariant()) == level
            && RatingLevels.Parse(level.ToAbbreviation()) == level
            && RatingLevels.Parse(level.ToEnglish()) == level);

    [Property]
    public Property TryParse_AnyText_NeverThrows() =>
        Prop.ForAll(TextGenerators.VietnameseishText(), text =>
        {
            var parsed = RatingLevels.TryParse(text, out var level);
            return parsed == level.IsDefined();
        });
}

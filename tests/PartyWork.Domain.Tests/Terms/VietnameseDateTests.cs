using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PartyWork.Domain.Terms;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Terms;

public class VietnameseDateTests
{
    [Theory]
    [InlineData("10-3-2017", 2017, 3, 10)]
    [InlineData("08/3/2018", 2018, 3, 8)]
    [InlineData("30.08.2025", 2025, 8, 30)]
    [InlineData("ngày 24/09/2018", 2018, 9, 24)]
    [InlineData("Ngày 24 tháng 9 năm 2018", 2018, 9, 24)]
    [InlineData("ngay 24 thang 9 nam 2018", 2018, 9, 24)]
    [InlineData("29-02-2024", 2024, 2, 29)]
    public void Parse_ReadsDayFirstDates(string text, int year, int month, int day)
    {
        Assert.Equal(new LocalDate(year, month, day), VietnameseDate.Parse(text));
        Assert.True(VietnameseDate.TryParse(text, out var date));
        Assert.Equal(new LocalDate(year, month, day), date);
    }

    [Theory]
    [InlineData("31-02-2018")]
    [InlineData("29-02-2023")]
    [InlineData("00-01-2018")]
    [InlineData("10-13-2018")]
    [InlineData("10-3-17")]
    [InlineData("10-3-0999")]
    [InlineData("2018-03-10")]
    [InlineData("")]
    public void Parse_BadInput_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => VietnameseDate.Parse(text));
        Assert.False(VietnameseDate.TryParse(text, out _));
    }

    [Fact]
    public void Parse_FebruaryThirtyFirst_MessageSaysTheDayDoesNotExist()
    {
        var error = Assert.Throws<FormatException>(() => VietnameseDate.Parse("31-02-2018"));
        Assert.Contains("28 days", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => VietnameseDate.Parse(null!));
        Assert.False(VietnameseDate.TryParse(null, out _));
    }

    [Fact]
    public void Format_WritesDdMmYyyy_AndChecksRange()
    {
        Assert.Equal("08/03/2018", VietnameseDate.Format(new LocalDate(2018, 3, 8)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseDate.Format(new LocalDate(999, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseDate.Format(new LocalDate(2018, 3, 8, CalendarSystem.Julian)));
    }

    [Property]
    public Property Format_ThenParse_RoundTrips() =>
        Prop.ForAll(Arb.From(TermsGenerators.DatesFrom1930()), date => VietnameseDate.Parse(VietnameseDate.Format(date)) == date);
}

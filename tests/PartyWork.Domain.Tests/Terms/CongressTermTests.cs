using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PartyWork.Domain.Terms;
using PartyWork.Domain.Tests.Contracts;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Terms;

public class CongressTermTests
{
    [Theory]
    [InlineData("nhiệm kỳ 2015-2020", 2015, 2020)]
    [InlineData("nhiệm kỳ 2020 - 2025", 2020, 2025)]
    [InlineData("nhiệm kỳ 2015–2020", 2015, 2020)]
    [InlineData("Nhiệm kỳ 2020—2025", 2020, 2025)]
    [InlineData("giai đoạn 2015-2020", 2015, 2020)]
    [InlineData("nhiem ky 2015-2020", 2015, 2020)]
    [InlineData("giai doan 2015 - 2020", 2015, 2020)]
    public void Parse_TermPhrases_ReadTheYears(string text, int startYear, int endYear)
    {
        var term = CongressTerm.Parse(text);
        Assert.Equal(startYear, term.StartYear);
        Assert.Equal(endYear, term.EndYear);
        Assert.False(term.HasExactDates);
        Assert.Null(term.Ordinal);
        Assert.True(CongressTerm.TryParse(text, out var again));
        Assert.Equal(term, again);
    }

    [Theory]
    [InlineData("Đại hội Đảng bộ quận lần thứ III, nhiệm kỳ 2015-2020", 3, 2015)]
    [InlineData("Đại hội Đảng bộ quận lần thứ IV, nhiệm kỳ 2020-2025", 4, 2020)]
    [InlineData("dai hoi dang bo quan lan thu iv, nhiem ky 2020-2025", 4, 2020)]
    [InlineData("lần thứ 13 nhiệm kỳ 2020-2025", 13, 2020)]
    public void Parse_WithCongressOrdinal_KeepsIt(string text, int ordinal, int startYear)
    {
        var term = CongressTerm.Parse(text);
        Assert.Equal(ordinal, term.Ordinal);
        Assert.Equal(startYear, term.StartYear);
    }

    [Fact]
    public void YearsOnly_CoversTheYearsBeforeTheNextCongress()
    {
        var term = new CongressTerm(2015, 2020, 3);
        Assert.Equal(new LocalDate(2015, 1, 1), term.Start);
        Assert.Equal(new LocalDate(2019, 12, 31), term.End);
        Assert.True(term.Contains(new LocalDate(2018, 6, 30)));
        Assert.False(term.Contains(new LocalDate(2020, 1, 1)));
        Assert.Equal(new LocalDate(2017, 7, 2), term.MidTerm);
        Assert.Equal("lần thứ III, nhiệm kỳ 2015-2020", term.ToString());
        Assert.Equal("3rd congress, term 2015-2020", term.ToString("E", null));
    }

    [Fact]
    public void ExactDates_FormatWithDates_AndParseBack()
    {
        var term = new CongressTerm(new DateInterval(new LocalDate(2015, 6, 15), new LocalDate(2020, 7, 9)), 3);
        Assert.True(term.HasExactDates);
        Assert.Equal(2020, term.EndYear);
        var text = term.ToString();
        Assert.Equal("lần thứ III, nhiệm kỳ 2015-2020 (từ ngày 15/06/2015 đến ngày 09/07/2020)", text);
        Assert.Equal(term, CongressTerm.Parse(text));
        Assert.Equal(term, CongressTerm.Parse("lan thu iii, nhiem ky 2015-2020 (tu ngay 15-6-2015 den ngay 9/7/2020)"));
    }

    [Theory]
    [InlineData("nhiệm kỳ 2020-2015")]
    [InlineData("nhiệm kỳ 2020-2020")]
    [InlineData("nhiệm kỳ 2015")]
    [InlineData("nhiệm kỳ 15-20")]
    [InlineData("khóa XII")]
    [InlineData("")]
    [InlineData("nhiệm kỳ 2015-2020 (từ ngày 31/02/2015 đến ngày 14/06/2020)")]
    [InlineData("nhiệm kỳ 2015-2020 (từ ngày 15/06/2016 đến ngày 14/06/2020)")]
    [InlineData("nhiệm kỳ 2015-2020 (từ ngày 15/06/2015 đến ngày 14/06/2015)")]
    [InlineData("lần thứ IIII, nhiệm kỳ 2015-2020")]
    public void Parse_BadInput_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => CongressTerm.Parse(text));
        Assert.False(CongressTerm.TryParse(text, out _));
    }

    [Fact]
    public void Parse_Reversed_MessageSaysSo()
    {
        var error = Assert.Throws<FormatException>(() => CongressTerm.Parse("nhiệm kỳ 2020-2015"));
        Assert.Contains("ends before it starts", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => CongressTerm.Parse(null!));
        Assert.False(CongressTerm.TryParse(null, out _));
    }

    [Fact]
    public void Constructors_RejectBadArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CongressTerm(2020, 2015));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CongressTerm(2020, 2020));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CongressTerm(999, 2000));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CongressTerm(2015, 2020, 0));
        Assert.Throws<ArgumentNullException>(() => new CongressTerm(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CongressTerm(new DateInterval(new LocalDate(9999, 1, 1), new LocalDate(9999, 2, 1))));
        Assert.Throws<ArgumentNullException>(() => CongressTerm.FromCongress(new LocalDate(2020, 1, 1), null!));
        Assert.Throws<ArgumentException>(() => CongressTerm.FromYears(2020, TermLengthRule.Cell));
        Assert.Throws<ArgumentNullException>(() => new CongressTerm(2015, 2020).HasLengthOf(null!));
    }

    [Fact]
    public void LengthRules_ComeFromTheLevelAndDate()
    {
        var policy = TermLengthPolicy.Default;
        Assert.Equal("R-CH-NATIONAL", policy.RuleFor(CongressLevel.National, new LocalDate(2021, 1, 26)).RuleId);
        Assert.Equal(60, policy.RuleFor(CongressLevel.Local, new LocalDate(2020, 7, 1)).Months);
        Assert.Equal("R-CH-CHIBO", policy.RuleFor(CongressLevel.Cell, new LocalDate(2025, 6, 30)).RuleId);
        Assert.Equal(30, policy.RuleFor(CongressLevel.Cell, new LocalDate(2025, 6, 30)).Months);
        Assert.Equal("R294-CHIBO", policy.RuleFor(CongressLevel.Cell, new LocalDate(2025, 7, 1)).RuleId);
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => policy.RuleFor((CongressLevel)9, new LocalDate(2025, 7, 1)));
    }

    [Fact]
    public void LengthRules_AreDataTheCallerCanChange()
    {
        var later = TermLengthPolicy.Default with { };
        var custom = new TermLengthPolicy(
            TermLengthRule.National, new TermLengthRule("LOCAL-AGENCY", 48), TermLengthRule.Cell, TermLengthRule.CellFrom2025, new LocalDate(2026, 1, 1));
        Assert.Equal(TermLengthPolicy.Default, later);
        Assert.Equal(48, custom.RuleFor(CongressLevel.Local, new LocalDate(2020, 1, 1)).Months);
        Assert.Equal("R-CH-CHIBO", custom.RuleFor(CongressLevel.Cell, new LocalDate(2025, 7, 1)).RuleId);
        Assert.Throws<ArgumentOutOfRangeException>(() => new TermLengthRule("X", 0));
        Assert.Throws<ArgumentException>(() => new TermLengthRule(" ", 12));
        Assert.Throws<ArgumentNullException>(() => new TermLengthPolicy(null!, TermLengthRule.Local, TermLengthRule.Cell, TermLengthRule.CellFrom2025, default));
    }

    [Fact]
    public void FromCongress_UsesTheRuleLength()
    {
        var cell = CongressTerm.FromCongress(new LocalDate(2022, 5, 10), TermLengthPolicy.Default.RuleFor(CongressLevel.Cell, new LocalDate(2022, 5, 10)));
        Assert.Equal(new LocalDate(2024, 11, 9), cell.End);
        Assert.True(cell.HasLengthOf(TermLengthRule.Cell));
        Assert.False(cell.HasLengthOf(TermLengthRule.CellFrom2025));
        var pilot = CongressTerm.FromCongress(new LocalDate(2025, 8, 15), TermLengthPolicy.Default.RuleFor(CongressLevel.Cell, new LocalDate(2025, 8, 15)), 1);
        Assert.Equal(new LocalDate(2030, 8, 14), pilot.End);
        var district = CongressTerm.FromYears(2015, TermLengthRule.Local, 3);
        Assert.Equal(new CongressTerm(2015, 2020, 3), district);
    }

    [Property]
    public Property FormatThenParse_RoundTrips() =>
        Prop.ForAll(TermsGenerators.TermArbitrary(), term => CongressTerm.Parse(term.ToString()) == term);

    [Property]
    public Property MidTerm_IsInsideTheTerm_AndSplitsItsDaysInHalf() =>
        Prop.ForAll(TermsGenerators.TermArbitrary(), term =>
        {
            var before = Period.Between(term.Start, term.MidTerm, PeriodUnits.Days).Days;
            var after = Period.Between(term.MidTerm, term.End, PeriodUnits.Days).Days + 1;
            return term.Contains(term.MidTerm) && Math.Abs(before - after) <= 1;
        });

    [Property]
    public Property Terms_ObeyEqualityAndComparisonLaws() =>
        Prop.ForAll(TermsGenerators.TermArbitrary(), TermsGenerators.TermArbitrary(), TermsGenerators.TermArbitrary(), (a, b, c) =>
        {
            ValueContract.AssertEqualityLaws(a, b);
            ValueContract.AssertEqualityLaws(a, CongressTerm.Parse(a.ToString()));
            ValueContract.AssertComparisonLaws(a, b, c);
            return (a < b) == (a.CompareTo(b) < 0) && (a >= b) == (a.CompareTo(b) >= 0) && (a > b) == (a.CompareTo(b) > 0) && (a <= b) == (a.CompareTo(b) <= 0);
        });

    [Theory]
    [InlineData("N")]
    [InlineData("A")]
    [InlineData("X")]
    [InlineData("GG")]
    public void ToString_UnknownFormat_NamesTheCongressTerm(string format)
    {
        var term = new CongressTerm(2015, 2020, 3);
        var error = Assert.Throws<FormatException>(() => term.ToString(format, null));
        Assert.Contains("congress term", error.Message, StringComparison.Ordinal);
        Assert.Equal("lần thứ III, nhiệm kỳ 2015-2020", term.ToString("G", null));
    }

    [Fact]
    public void Parse_EqualYears_AcceptedOnlyWithExactDates_AndTheDatedFormRoundTrips()
    {
        var error = Assert.Throws<FormatException>(() => CongressTerm.Parse("nhiệm kỳ 2015-2015"));
        Assert.Contains("exact dates", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CongressTerm(2015, 2015));
        var dated = CongressTerm.Parse("nhiệm kỳ 2015-2015 (từ ngày 15/06/2015 đến ngày 09/07/2015)");
        var built = new CongressTerm(new DateInterval(new LocalDate(2015, 6, 15), new LocalDate(2015, 7, 9)));
        Assert.Equal(built, dated);
        Assert.Equal(2015, dated.EndYear);
        Assert.Equal(built, CongressTerm.Parse(built.ToString()));
    }

    [Theory]
    [InlineData("Đại hội Đảng bộ tỉnh, nhiệm kỳ 2020-2025", null)]
    [InlineData("Nhiệm kì 2020-2025", null)]
    [InlineData("Đại hội đại biểu Đảng bộ tỉnh lần thứ XX nhiệm kì 2020 – 2025", 20)]
    public void Parse_RealPhrasings_ReadTheTerm(string text, int? ordinal)
    {
        var term = CongressTerm.Parse(text);
        Assert.Equal(new CongressTerm(2020, 2025, ordinal), term);
        Assert.True(CongressTerm.TryParse(text, out var again));
        Assert.Equal(term, again);
    }
}

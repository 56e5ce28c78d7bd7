using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PartyWork.Domain.Terms;
using PartyWork.Domain.Tests.Contracts;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Terms;

public class ReviewPeriodTests
{
    public static TheoryData<string, string> PhrasesAndCanonicalForms() => new()
    {
        { "6 tháng đầu năm 2018", "6 tháng đầu năm 2018" },
        { "6 THÁNG ĐẦU NĂM 2018", "6 tháng đầu năm 2018" },
        { "6 thang dau nam 2018", "6 tháng đầu năm 2018" },
        { "nửa đầu năm 2018", "6 tháng đầu năm 2018" },
        { "6 tháng cuối năm 2018", "6 tháng cuối năm 2018" },
        { "6 thang cuoi nam 2018", "6 tháng cuối năm 2018" },
        { "10 tháng đầu năm 2018", "10 tháng đầu năm 2018" },
        { "10 thang dau nam 2018", "10 tháng đầu năm 2018" },
        { "9 tháng đầu năm 2024", "9 tháng đầu năm 2024" },
        { "3 tháng đầu năm 2018", "quý I/2018" },
        { "12 tháng đầu năm 2018", "năm 2018" },
        { "1 tháng đầu năm 2018", "tháng 1/2018" },
        { "3 tháng cuối năm 2018", "quý IV/2018" },
        { "2 tháng cuối năm 2018", "từ ngày 01/11/2018 đến ngày 31/12/2018" },
        { "quý III/2024", "quý III/2024" },
        { "Quý III/2024", "quý III/2024" },
        { "quy iii/2024", "quý III/2024" },
        { "quý 3 năm 2024", "quý III/2024" },
        { "quý 3/2024", "quý III/2024" },
        { "quý III - 2024", "quý III/2024" },
        { "tháng 7-2018", "tháng 7/2018" },
        { "tháng 7/2018", "tháng 7/2018" },
        { "Tháng 07/2018", "tháng 7/2018" },
        { "thang 7 nam 2018", "tháng 7/2018" },
        { "tháng 7–2018", "tháng 7/2018" },
        { "năm 2019", "năm 2019" },
        { "Năm 2019", "năm 2019" },
        { "nam 2019", "năm 2019" },
        { "nhiệm kỳ 2015-2020", "nhiệm kỳ 2015-2020" },
        { "nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2020-2025" },
        { "giai đoạn 2015–2020", "nhiệm kỳ 2015-2020" },
        { "từ ngày 01/03/2018 đến ngày 15/04/2018", "từ ngày 01/03/2018 đến ngày 15/04/2018" },
        { "tu 1-3-2018 den 15-4-2018", "từ ngày 01/03/2018 đến ngày 15/04/2018" },
        { "01/03/2018 - 15/04/2018", "từ ngày 01/03/2018 đến ngày 15/04/2018" },
    };

    [Theory]
    [MemberData(nameof(PhrasesAndCanonicalForms))]
    public void Parse_ReportPhrases_GiveTheCanonicalPeriod(string text, string canonical)
    {
        var period = ReviewPeriod.Parse(text);
        Assert.Equal(canonical, period.ToString());
        Assert.True(ReviewPeriod.TryParse(text, out var again));
        Assert.Equal(period, again);
    }

    [Fact]
    public void Parse_FirstHalf2018_HasItsDays()
    {
        var period = ReviewPeriod.Parse("6 tháng đầu năm 2018");
        Assert.Equal(ReviewPeriodKind.HalfYear, period.Kind);
        Assert.Equal(1, period.Index);
        Assert.Equal(new LocalDate(2018, 1, 1), period.Start);
        Assert.Equal(new LocalDate(2018, 6, 30), period.End);
        Assert.Equal(181, period.Length);
        Assert.Equal(ReviewPeriod.FirstMonths(2018, 6), period);
    }

    [Fact]
    public void Parse_TenMonths2018_IsFirstMonthsKind()
    {
        var period = ReviewPeriod.Parse("10 tháng đầu năm 2018");
        Assert.Equal(ReviewPeriodKind.FirstMonths, period.Kind);
        Assert.Equal(10, period.Index);
        Assert.Equal(new LocalDate(2018, 10, 31), period.End);
        Assert.Equal("first 10 months of 2018", period.ToString("E", null));
    }

    [Fact]
    public void Parse_WithoutYear_NeedsTheReferenceYear()
    {
        var error = Assert.Throws<FormatException>(() => ReviewPeriod.Parse("10 tháng đầu năm"));
        Assert.Contains("year is missing", error.Message, StringComparison.Ordinal);
        Assert.False(ReviewPeriod.TryParse("10 tháng đầu năm", out _));
        Assert.Equal(ReviewPeriod.FirstMonths(2018, 10), ReviewPeriod.Parse("10 tháng đầu năm", 2018));
        Assert.True(ReviewPeriod.TryParse("6 tháng cuối năm", 2018, out var second));
        Assert.Equal(ReviewPeriod.HalfYear(2018, 2), second);
        Assert.Equal(ReviewPeriod.Year(2019), ReviewPeriod.Parse("năm 2019", 2018));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewPeriod.Parse("10 tháng đầu năm", 99));
        Assert.False(ReviewPeriod.TryParse("10 tháng đầu năm", 99, out _));
        Assert.Throws<ArgumentNullException>(() => ReviewPeriod.Parse(null!, 2018));
    }

    [Theory]
    [InlineData("quý III", 2024, "quý III/2024")]
    [InlineData("Quý 3", 2024, "quý III/2024")]
    [InlineData("quy iv", 2024, "quý IV/2024")]
    [InlineData("tháng 7", 2018, "tháng 07/2018")]
    [InlineData("Tháng 12", 2018, "tháng 12/2018")]
    [InlineData("nửa đầu năm", 2018, "6 tháng đầu năm 2018")]
    [InlineData("năm", 2019, "năm 2019")]
    [InlineData("quý II/2023", 2024, "quý II/2023")]
    [InlineData("tháng 7/2018", 2020, "tháng 07/2018")]
    public void Parse_MonthQuarterHalfOrYearWithoutYear_TakesTheReferenceYear(string text, int referenceYear, string canonical)
    {
        var expected = ReviewPeriod.Parse(canonical);
        Assert.Equal(expected, ReviewPeriod.Parse(text, referenceYear));
        Assert.True(ReviewPeriod.TryParse(text, referenceYear, out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData("quý III")]
    [InlineData("tháng 7")]
    [InlineData("năm")]
    public void Parse_MonthOrQuarterWithoutYear_WithoutReferenceYear_SaysTheYearIsMissing(string text)
    {
        var error = Assert.Throws<FormatException>(() => ReviewPeriod.Parse(text));
        Assert.Contains("year is missing", error.Message, StringComparison.Ordinal);
        Assert.False(ReviewPeriod.TryParse(text, out _));
    }

    [Theory]
    [InlineData("quý V")]
    [InlineData("quý 0")]
    [InlineData("tháng 13")]
    [InlineData("tháng 0")]
    [InlineData("tháng")]
    [InlineData("quý")]
    public void Parse_BadMonthOrQuarterWithReferenceYear_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => ReviewPeriod.Parse(text, 2024));
        Assert.False(ReviewPeriod.TryParse(text, 2024, out _));
    }

    [Theory]
    [InlineData("quý V/2024")]
    [InlineData("quý 5 năm 2024")]
    [InlineData("quý 0/2024")]
    [InlineData("tháng 13/2018")]
    [InlineData("tháng 0/2018")]
    [InlineData("13 tháng đầu năm 2018")]
    [InlineData("0 tháng đầu năm 2018")]
    [InlineData("nhiệm kỳ 2020-2015")]
    [InlineData("từ ngày 31-02-2018 đến ngày 15/04/2018")]
    [InlineData("từ ngày 15/04/2018 đến ngày 01/03/2018")]
    [InlineData("năm 999")]
    [InlineData("năm 9999")]
    [InlineData("tuần 3/2024")]
    [InlineData("")]
    [InlineData("2019")]
    public void Parse_BadInput_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => ReviewPeriod.Parse(text));
        Assert.False(ReviewPeriod.TryParse(text, out var result));
        Assert.Equal(default, result);
    }

    [Fact]
    public void Parse_QuarterFive_MessageNamesTheRange()
    {
        var error = Assert.Throws<FormatException>(() => ReviewPeriod.Parse("quý V/2024"));
        Assert.Contains("I to IV", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ReviewPeriod.Parse(null!));
        Assert.False(ReviewPeriod.TryParse(null, out _));
    }

    [Fact]
    public void Format_English()
    {
        Assert.Equal("July 2018", ReviewPeriod.Month(2018, 7).ToString("E", null));
        Assert.Equal("Q3 2024", ReviewPeriod.Quarter(2024, 3).ToString("E", null));
        Assert.Equal("first half of 2018", ReviewPeriod.HalfYear(2018, 1).ToString("E", null));
        Assert.Equal("second half of 2018", ReviewPeriod.HalfYear(2018, 2).ToString("E", null));
        Assert.Equal("year 2019", ReviewPeriod.Year(2019).ToString("E", null));
        Assert.Equal("term 2015-2020", ReviewPeriod.Term(2015, 2020).ToString("E", null));
        Assert.Equal("2018-03-01 to 2018-04-15", ReviewPeriod.Interval(new LocalDate(2018, 3, 1), new LocalDate(2018, 4, 15)).ToString("E", null));
        Assert.Throws<FormatException>(() => ReviewPeriod.Year(2019).ToString("Z", null));
    }

    [Fact]
    public void Factories_RejectOutOfRangeArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewPeriod.Month(2018, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewPeriod.Quarter(2024, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewPeriod.HalfYear(2018, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewPeriod.FirstMonths(2018, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewPeriod.Year(999));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewPeriod.Year(9999));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewPeriod.Term(2020, 2015));
        Assert.Throws<ArgumentNullException>(() => ReviewPeriod.Term(null!));
        Assert.Throws<ArgumentNullException>(() => ReviewPeriod.Interval(null!));
        Assert.Throws<ArgumentException>(() => ReviewPeriod.Interval(new LocalDate(2018, 4, 15), new LocalDate(2018, 3, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewPeriod.Month(new YearMonth(2018, 7, CalendarSystem.Julian)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewPeriod.Containing(new LocalDate(2018, 7, 1), ReviewPeriodKind.Term));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewPeriod.Year(2018).Split(ReviewPeriodKind.Interval));
        Assert.Throws<InvalidOperationException>(() => ReviewPeriod.Year(9998).Next());
        Assert.Throws<InvalidOperationException>(() => ReviewPeriod.Month(1000, 1).Previous());
        Assert.Throws<InvalidOperationException>(() => ReviewPeriod.Interval(new LocalDate(9998, 12, 1), new LocalDate(9998, 12, 31)).Next());
    }

    [Fact]
    public void Algebra_Examples()
    {
        var q3 = ReviewPeriod.Parse("quý III/2024");
        Assert.True(q3.Contains(new LocalDate(2024, 8, 19)));
        Assert.False(q3.Contains(new LocalDate(2024, 10, 1)));
        Assert.True(q3.Overlaps(ReviewPeriod.Month(2024, 9)));
        Assert.False(q3.Overlaps(ReviewPeriod.Month(2024, 10)));
        Assert.True(ReviewPeriod.Year(2024).Contains(q3));
        Assert.Equal(ReviewPeriod.Quarter(2024, 4), q3.Next());
        Assert.Equal(ReviewPeriod.Quarter(2025, 1), q3.Next().Next());
        Assert.Equal(ReviewPeriod.Month(2017, 12), ReviewPeriod.Month(2018, 1).Previous());
        Assert.Equal(ReviewPeriod.FirstMonths(2019, 10), ReviewPeriod.FirstMonths(2018, 10).Next());
        Assert.Equal(ReviewPeriod.Term(2020, 2025), ReviewPeriod.Term(2015, 2020).Next());
        Assert.Equal(ReviewPeriod.Month(new YearMonth(2018, 7)), ReviewPeriod.Parse("tháng 7-2018"));
    }

    [Fact]
    public void Split_TermIntoYears_GivesFiveYears()
    {
        var term = ReviewPeriod.Parse("nhiệm kỳ 2015-2020");
        var years = term.Split(ReviewPeriodKind.Year);
        Assert.Equal([2015, 2016, 2017, 2018, 2019], years.Select(y => y.StartYear));
        Assert.Equal(10, term.Split(ReviewPeriodKind.HalfYear).Count);
        Assert.Equal(20, term.Split(ReviewPeriodKind.Quarter).Count);
        Assert.Equal(60, term.Split(ReviewPeriodKind.Month).Count);
    }

    [Fact]
    public void Default_IsTheOneDayIntervalOfYearOne()
    {
        ReviewPeriod period = default;
        Assert.Equal(ReviewPeriodKind.Interval, period.Kind);
        Assert.Equal(period.Start, period.End);
        Assert.Equal(1, period.Length);
        Assert.Equal("từ ngày 01/01/0001 đến ngày 01/01/0001", period.ToString());
        Assert.False(ReviewPeriod.TryParse(period.ToString(), out _));
    }

    [Fact]
    public void TryFormat_WritesOrReportsShortBuffer()
    {
        var period = ReviewPeriod.Quarter(2024, 3);
        Span<char> buffer = stackalloc char[32];
        Assert.True(period.TryFormat(buffer, out var written, "G", null));
        Assert.Equal("quý III/2024", buffer[..written].ToString());
        Assert.False(period.TryFormat(buffer[..3], out written, default, null));
    }

    [Property]
    public Property EveryPeriod_RoundTripsThroughFormatAndParse() =>
        Prop.ForAll(TermsGenerators.PeriodArbitrary(), period => ReviewPeriod.Parse(period.ToString()) == period);

    [Property]
    public Property Next_Previous_AreInverse() =>
        Prop.ForAll(TermsGenerators.PeriodArbitrary(), period =>
            period.Previous().Next() == period
            && period.Next().Previous() == period
            && period.Next().Kind == period.Kind
            && period.Next().Start > period.End
            && period.Previous().End < period.Start);

    [Property]
    public Property Next_OfCalendarKinds_StartsTheDayAfter() =>
        Prop.ForAll(TermsGenerators.PeriodArbitrary(), period =>
            period.Kind is ReviewPeriodKind.FirstMonths || period.Next().Start == period.End.PlusDays(1));

    [Property]
    public Property EveryDate_IsInExactlyOneMonthQuarterHalfAndYear() =>
        Prop.ForAll(Arb.From(TermsGenerators.DatesFrom1930()), Arb.From(TermsGenerators.TilingKinds()), (date, kind) =>
        {
            var containing = ReviewPeriod.Containing(date, kind);
            return containing.Contains(date)
                && !containing.Previous().Contains(date)
                && !containing.Next().Contains(date)
                && containing.Kind == kind
                && ReviewPeriod.Year(date.Year).Split(kind).Count(p => p.Contains(date)) == 1;
        });

    [Property]
    public Property Split_OfATerm_PartitionsOrCoversIt() =>
        Prop.ForAll(Arb.From(TermsGenerators.Terms()), Arb.From(TermsGenerators.TilingKinds()), (term, kind) =>
        {
            var period = ReviewPeriod.Term(term);
            var parts = period.Split(kind);
            var contiguous = parts.Zip(parts.Skip(1)).All(pair => pair.Second.Start == pair.First.End.PlusDays(1));
            var covers = parts[0].Contains(period.Start) && parts[^1].Contains(period.End);
            var allOverlap = parts.All(p => p.Overlaps(period) && p.Kind == kind);
            var exact = parts[0].Start == period.Start && parts[^1].End == period.End
                && parts.Sum(p => p.Length) == period.Length;
            return contiguous && covers && allOverlap && (term.HasExactDates || exact);
        });

    [Property]
    public Property Periods_ObeyEqualityAndComparisonLaws() =>
        Prop.ForAll(TermsGenerators.PeriodArbitrary(), TermsGenerators.PeriodArbitrary(), TermsGenerators.PeriodArbitrary(), (a, b, c) =>
        {
            ValueContract.AssertEqualityLaws(a, b);
            ValueContract.AssertEqualityLaws(a, ReviewPeriod.Parse(a.ToString()));
            ValueContract.AssertComparisonLaws(a, b, c);
            return (a < b) == (a.CompareTo(b) < 0) && (a >= b) == (a.CompareTo(b) >= 0)
                && (a > b) == (a.CompareTo(b) > 0) && (a <= b) == (a.CompareTo(b) <= 0)
                && a.Overlaps(b) == b.Overlaps(a);
        });

    [Fact]
    public void Contains_NonIsoDate_ThrowsDocumentedException()
    {
        Assert.Equal("date", Assert.Throws<ArgumentOutOfRangeException>(() => ReviewPeriod.Year(2025).Contains(new LocalDate(2025, 7, 1, CalendarSystem.Julian))).ParamName);
        Assert.True(ReviewPeriod.Year(2025).Contains(new LocalDate(2025, 7, 1)));
    }

    [Property]
    public Property Parse_PhrasesOfRealTokens_NeverThrowAnythingButTheDocumentedExceptions() =>
        Prop.ForAll(Arb.From(TermsGenerators.PeriodPhrases()), Arb.From(TermsGenerators.ReferenceYears()), (text, year) =>
        {
            var parsed = Outcome(() => ReviewPeriod.Parse(text));
            var tried = ReviewPeriod.TryParse(text, out var triedValue);
            var yearValid = year is >= ReviewPeriod.MinYear and <= ReviewPeriod.MaxYear;
            var parsedWithYear = Outcome(() => ReviewPeriod.Parse(text, year));
            var triedWithYear = ReviewPeriod.TryParse(text, year, out var triedWithYearValue);
            return (parsed.Error is null or FormatException).Label($"Parse threw {parsed.Error?.GetType().Name}")
                .And((tried == parsed.Error is null && (!tried || triedValue == parsed.Value)).Label("TryParse agrees with Parse"))
                .And((yearValid
                        ? parsedWithYear.Error is null or FormatException
                        : parsedWithYear.Error is ArgumentOutOfRangeException).Label($"Parse(text, {year}) threw {parsedWithYear.Error?.GetType().Name}"))
                .And((triedWithYear == parsedWithYear.Error is null && (!triedWithYear || triedWithYearValue == parsedWithYear.Value))
                    .Label("TryParse(text, year) agrees with Parse(text, year)"));
        });

    private static (ReviewPeriod Value, Exception? Error) Outcome(Func<ReviewPeriod> parse)
    {
        try
        {
            return (parse(), null);
        }
#pragma warning disable CA1031 // the property inspects whatever escapes
        catch (Exception error)
#pragma warning restore CA1031
        {
            return (default, error);
        }
    }

    [Property]
    public Property Parse_NeverThrowsAnythingButFormatException(string text)
    {
        try
        {
            ReviewPeriod.Parse(text ?? string.Empty);
        }
        catch (FormatException)
        {
        }

        return Prop.ToProperty(true).Label("no other exception escaped");
    }
}

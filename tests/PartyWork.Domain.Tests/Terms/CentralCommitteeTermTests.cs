using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PartyWork.Domain.Terms;
using PartyWork.Domain.Tests.Contracts;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Terms;

public class CentralCommitteeTermTests
{
    private static readonly CentralCommitteeCatalog Catalog = CentralCommitteeCatalog.Default;

    [Fact]
    public void Default_HoldsKhoaOneToFourteen_FromTheCongressTable()
    {
        Assert.Equal(14, Catalog.Terms.Count);
        Assert.Equal(new LocalDate(1935, 3, 27), Catalog.Get(1).Congress.Start);
        Assert.Equal(new LocalDate(1935, 4, 1), Catalog.Get(1).Start);
        Assert.Equal(new LocalDate(2016, 1, 28), Catalog.Get(12).Congress.End);
        Assert.Equal(new LocalDate(2016, 1, 29), Catalog.Get(12).Start);
        Assert.Equal(new LocalDate(2021, 2, 1), Catalog.Get(12).End);
        Assert.Equal(new LocalDate(2021, 2, 2), Catalog.Get(13).Start);
        Assert.Equal(new LocalDate(2026, 1, 22), Catalog.Get(13).End);
        Assert.Equal(new LocalDate(2026, 1, 23), Catalog.Get(14).Start);
        Assert.Equal(new LocalDate(2026, 1, 19), Catalog.Get(14).Congress.Start);
        Assert.True(Catalog.Current.IsCurrent);
        Assert.Equal(14, Catalog.Current.Number);
        Assert.Null(Catalog.Current.End);
        Assert.Equal("XIV", Catalog.Current.Numeral);
    }

    [Theory]
    [InlineData(2018, 3, 8, 12)]
    [InlineData(2016, 1, 19, 11)]
    [InlineData(2016, 1, 29, 12)]
    [InlineData(2021, 2, 2, 13)]
    [InlineData(2026, 1, 23, 14)]
    [InlineData(2040, 6, 1, 14)]
    [InlineData(1935, 4, 1, 1)]
    [InlineData(1975, 4, 30, 3)]
    public void Find_ReturnsTheTermOfTheDate(int year, int month, int day, int expected)
    {
        var date = new LocalDate(year, month, day);
        Assert.Equal(expected, Catalog.Find(date).Number);
        Assert.True(Catalog.TryFind(date, out var term));
        Assert.Equal(expected, term.Number);
        Assert.True(term.Contains(date));
    }

    [Theory]
    [InlineData(2016, 1, 20, 11)]
    [InlineData(2016, 1, 28, 11)]
    [InlineData(2021, 1, 31, 12)]
    [InlineData(2021, 2, 1, 12)]
    [InlineData(2026, 1, 19, 13)]
    [InlineData(2026, 1, 22, 13)]
    public void Find_CongressDaysBeforeTheNewCommitteeTakesOffice_BelongToTheOutgoingTerm(int year, int month, int day, int expected)
    {
        var date = new LocalDate(year, month, day);
        Assert.Equal(expected, Catalog.Find(date).Number);
        Assert.True(Catalog.Get(expected + 1).Congress.Contains(date));
    }

    [Fact]
    public void NationalCongress_TakesOfficeTheDayAfterClosing_UnlessAFirstPlenumDuringTheCongressIsGiven()
    {
        var days = new DateInterval(new LocalDate(2026, 1, 19), new LocalDate(2026, 1, 23));
        Assert.Equal(new LocalDate(2026, 1, 24), new NationalCongress(days).TakesOffice);
        Assert.Equal(new LocalDate(2026, 1, 23), new NationalCongress(days, new LocalDate(2026, 1, 23)).TakesOffice);
        Assert.Equal(new LocalDate(2026, 1, 24), new NationalCongress(days, new LocalDate(2026, 1, 24)).TakesOffice);
        Assert.Equal(Catalog.Current.ElectedBy, new NationalCongress(days, new LocalDate(2026, 1, 23)));
        Assert.NotEqual(new NationalCongress(days), new NationalCongress(days, new LocalDate(2026, 1, 23)));
        Assert.True(new NationalCongress(days) == new NationalCongress(days));
        Assert.True(new NationalCongress(days) != new NationalCongress(days, new LocalDate(2026, 1, 20)));
        PartyWork.Domain.Tests.Contracts.ValueContract.AssertEqualityLaws(new NationalCongress(days), new NationalCongress(days));
        Assert.Equal("19/01/2026–23/01/2026, takes office 23/01/2026", Catalog.Current.ElectedBy.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => new NationalCongress(days, new LocalDate(2026, 1, 18)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NationalCongress(days, new LocalDate(2026, 1, 25)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NationalCongress(days, new LocalDate(2026, 1, 20, CalendarSystem.Julian)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NationalCongress(new DateInterval(LocalDate.MaxIsoValue.PlusDays(-1), LocalDate.MaxIsoValue)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NationalCongress(new DateInterval(new LocalDate(2026, 1, 19, CalendarSystem.Julian), new LocalDate(2026, 1, 23, CalendarSystem.Julian))));
        Assert.Throws<ArgumentNullException>(() => new NationalCongress(null!));
    }

    [Fact]
    public void Catalog_WithAnotherTakingOfficeDay_IsData()
    {
        var coarse = new CentralCommitteeCatalog(Catalog.Terms.Select(t => new NationalCongress(t.Congress, t.Congress.Start)));
        Assert.Equal(14, coarse.Find(new LocalDate(2026, 1, 19)).Number);
        Assert.Equal(13, Catalog.Find(new LocalDate(2026, 1, 19)).Number);
    }

    [Theory]
    [InlineData(1930, 2, 3)]
    [InlineData(1935, 3, 26)]
    [InlineData(1935, 3, 27)]
    [InlineData(1935, 3, 31)]
    [InlineData(1900, 1, 1)]
    public void Find_BeforeKhoaOne_SaysNoTerm(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);
        Assert.False(Catalog.TryFind(date, out var term));
        Assert.Null(term);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Catalog.Find(date));
        Assert.Equal("date", error.ParamName);
    }

    [Fact]
    public void Find_NonIsoDate_ThrowsDocumentedException_AndTryFindReturnsFalse()
    {
        var julian = new LocalDate(2018, 3, 8, CalendarSystem.Julian);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Catalog.Find(julian));
        Assert.Equal("date", error.ParamName);
        Assert.False(Catalog.TryFind(julian, out var term));
        Assert.Null(term);
        Assert.Throws<ArgumentOutOfRangeException>(() => Catalog.Get(12).Contains(julian));
    }

    [Property]
    public Property EveryDateFromKhoaOnesStart_IsInExactlyOneTerm() =>
        Prop.ForAll(Arb.From(TermsGenerators.DatesBetween(new LocalDate(1935, 4, 1), new LocalDate(2100, 12, 31))), date =>
        {
            var containing = Catalog.Terms.Where(t => t.Contains(date)).ToList();
            return containing.Count == 1 && Catalog.Find(date) == containing[0];
        });

    [Property]
    public Property EveryDateFrom1930_IsInAtMostOneTerm_AndNoneOnlyBeforeKhoaOne() =>
        Prop.ForAll(Arb.From(TermsGenerators.DatesFrom1930()), date =>
        {
            var count = Catalog.Terms.Count(t => t.Contains(date));
            return date < Catalog.Start ? count == 0 && !Catalog.TryFind(date, out _) : count == 1;
        });

    [Theory]
    [InlineData("khóa XII")]
    [InlineData("khoá XII")]
    [InlineData("Khóa XII")]
    [InlineData("KHOÁ XII")]
    [InlineData("khoá 12")]
    [InlineData("(khóa 12)")]
    [InlineData("khoa xii")]
    [InlineData("khoa 12")]
    [InlineData("Ban Chấp hành Trung ương khóa XII")]
    [InlineData(" khóa  XII ")]
    public void Parse_EveryWayOfWritingKhoaTwelve_ReturnsTermTwelve(string text)
    {
        Assert.Equal(12, CentralCommitteeTerm.Parse(text).Number);
        Assert.True(CentralCommitteeTerm.TryParse(text, out var term));
        Assert.Equal(12, term.Number);
    }

    [Theory]
    [InlineData("khóa XX")]
    [InlineData("khóa 15")]
    [InlineData("khóa 0")]
    [InlineData("khóa IIII")]
    [InlineData("khóa")]
    [InlineData("XII")]
    [InlineData("")]
    [InlineData("nhiệm kỳ 2015-2020")]
    public void Parse_BadInput_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => CentralCommitteeTerm.Parse(text));
        Assert.False(CentralCommitteeTerm.TryParse(text, out _));
    }

    [Fact]
    public void Parse_KhoaTwenty_MessageSaysItIsNotInTheCatalog()
    {
        var error = Assert.Throws<FormatException>(() => CentralCommitteeTerm.Parse("khóa XX"));
        Assert.Contains("not in the catalog", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => CentralCommitteeTerm.Parse(null!));
        Assert.False(CentralCommitteeTerm.TryParse(null, out _));
    }

    [Fact]
    public void ToString_WritesEachFormat()
    {
        var term = Catalog.Get(12);
        Assert.Equal("khóa XII", term.ToString());
        Assert.Equal("khoá XII", term.ToString("N", null));
        Assert.Equal("khóa 12", term.ToString("A", null));
        Assert.Equal("12th Central Committee", term.ToString("E", null));
        Assert.Equal("1st Central Committee", Catalog.Get(1).ToString("E", null));
        Assert.Equal("13th Central Committee", Catalog.Get(13).ToString("E", null));
        Assert.Throws<FormatException>(() => term.ToString("X", null));
    }

    [Fact]
    public void EveryTerm_FormatsAndParsesBack()
    {
        foreach (var term in Catalog.Terms)
        {
            foreach (var format in new[] { "G", "N", "A" })
            {
                Assert.Equal(term, CentralCommitteeTerm.Parse(term.ToString(format, null)));
            }
        }
    }

    [Fact]
    public void Get_And_TryGet_CheckTheRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Catalog.Get(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Catalog.Get(15));
        Assert.False(Catalog.TryGet(15, out _));
        Assert.True(Catalog.TryGet(4, out var four));
        Assert.Equal("IV", four.Numeral);
    }

    [Fact]
    public void WithNextCongress_ClosesTheCurrentTerm()
    {
        var next = Catalog.WithNextCongress(new NationalCongress(new DateInterval(new LocalDate(2031, 1, 20), new LocalDate(2031, 1, 25))));
        Assert.Equal(15, next.Current.Number);
        Assert.Equal(new LocalDate(2031, 1, 25), next.Get(14).End);
        Assert.Equal(new LocalDate(2031, 1, 26), next.Get(15).Start);
        Assert.Equal(14, Catalog.Terms.Count);
        Assert.Equal(15, next.Parse("khóa XV").Number);
        Assert.Throws<FormatException>(() => Catalog.Parse("khóa XV"));
    }

    [Fact]
    public void Constructor_RejectsBadCongresses()
    {
        var first = new NationalCongress(new DateInterval(new LocalDate(2000, 1, 1), new LocalDate(2000, 1, 5)));
        var overlapping = new NationalCongress(new DateInterval(new LocalDate(2000, 1, 5), new LocalDate(2000, 1, 9)));
        var adjacentTakingOfficeAtOnce = new NationalCongress(new DateInterval(new LocalDate(2000, 1, 6), new LocalDate(2000, 1, 9)), new LocalDate(2000, 1, 6));
        Assert.Throws<ArgumentNullException>(() => new CentralCommitteeCatalog(null!));
        Assert.Throws<ArgumentException>(() => new CentralCommitteeCatalog([]));
        Assert.Throws<ArgumentException>(() => new CentralCommitteeCatalog([first, overlapping]));
        Assert.Throws<ArgumentException>(() => new CentralCommitteeCatalog([first, adjacentTakingOfficeAtOnce]));
        Assert.Throws<ArgumentNullException>(() => new CentralCommitteeCatalog([first, null!]));
        Assert.Throws<ArgumentNullException>(() => Catalog.WithNextCongress(null!));
        Assert.Throws<ArgumentException>(() => Catalog.WithNextCongress(first));
    }

    [Fact]
    public void Terms_ObeyEqualityAndComparisonLaws()
    {
        var twelve = Catalog.Get(12);
        var sameTwelve = CentralCommitteeTerm.Parse("khoá 12");
        var thirteen = Catalog.Get(13);
        ValueContract.AssertEqualityLaws(twelve, sameTwelve);
        ValueContract.AssertEqualityLaws(twelve, thirteen);
        ValueContract.AssertComparisonLaws(twelve, thirteen, Catalog.Get(14));
        ValueContract.AssertComparisonLaws(Catalog.Get(14), twelve, sameTwelve);
        Assert.True(twelve < thirteen);
        Assert.True(thirteen >= twelve);
        Assert.True(twelve == sameTwelve);
        Assert.False(twelve != sameTwelve);
        Assert.True(twelve <= sameTwelve && twelve >= sameTwelve && !(twelve > sameTwelve));
    }

    [Fact]
    public void Plenum_FromTerm_UsesItsNumber()
    {
        Assert.Equal(new Plenum(12, 4), Catalog.Get(12).Plenum(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => Catalog.Get(12).Plenum(0));
    }
}

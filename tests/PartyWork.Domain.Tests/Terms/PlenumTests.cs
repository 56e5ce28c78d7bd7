using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyWork.Domain.Terms;
using PartyWork.Domain.Tests.Contracts;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Terms;

public class PlenumTests
{
    [Theory]
    [InlineData("Nghị quyết Trung ương 4 (khóa XII)", 12, 4, PlenumReferenceKind.Resolution)]
    [InlineData("Nghị quyết Trung ương 4 (khoá XII)", 12, 4, PlenumReferenceKind.Resolution)]
    [InlineData("nghi quyet trung uong 4 (khoa xii)", 12, 4, PlenumReferenceKind.Resolution)]
    [InlineData("Nghị quyết Trung ương 4 (khóa 12)", 12, 4, PlenumReferenceKind.Resolution)]
    [InlineData("Nghị quyết Trung ương 4, khóa XII", 12, 4, PlenumReferenceKind.Resolution)]
    [InlineData("Nghị quyết T.Ư 4 (khoá XII)", 12, 4, PlenumReferenceKind.Resolution)]
    [InlineData("Nghị quyết T.Ư 4 (khóa XII)", 12, 4, PlenumReferenceKind.Resolution)]
    [InlineData("nghi quyet t.u 4 (khoa xii)", 12, 4, PlenumReferenceKind.Resolution)]
    [InlineData("Nghị quyết T.Ư4 (khoá XII)", 12, 4, PlenumReferenceKind.Resolution)]
    [InlineData("NQTW4 (khóa XII)", 12, 4, PlenumReferenceKind.Resolution)]
    [InlineData("Nghị quyết Hội nghị Trung ương 4 khóa XII", 12, 4, PlenumReferenceKind.Resolution)]
    [InlineData("Nghị quyết Trung ương 9 (khóa 11)", 11, 9, PlenumReferenceKind.Resolution)]
    [InlineData("Nghị quyết Trung ương 6 (khóa XII)", 12, 6, PlenumReferenceKind.Resolution)]
    [InlineData("Hội nghị Trung ương 13 khóa 13", 13, 13, PlenumReferenceKind.Conference)]
    [InlineData("Hội nghị Trung ương 13 khoá XIII", 13, 13, PlenumReferenceKind.Conference)]
    [InlineData("hoi nghi trung uong 13 khoa 13", 13, 13, PlenumReferenceKind.Conference)]
    [InlineData("Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng (khóa XI)", 11, 4, PlenumReferenceKind.Conference)]
    [InlineData("Hội nghị lần thứ tư Ban Chấp hành Trung ương (khoá XI)", 11, 4, PlenumReferenceKind.Conference)]
    [InlineData("Hội nghị Trung ương 1 khóa XIV", 14, 1, PlenumReferenceKind.Conference)]
    public void Parse_PlenumPhrases_InBothTonePlacementsAndFolded(string text, int term, int number, PlenumReferenceKind kind)
    {
        var reference = PlenumReference.Parse(text);
        Assert.Equal(new Plenum(term, number), reference.Plenum);
        Assert.Equal(kind, reference.Kind);
        Assert.True(PlenumReference.TryParse(text, out var again));
        Assert.Equal(reference, again);
        Assert.Equal(new Plenum(term, number), Plenum.Parse(text));
        Assert.True(Plenum.TryParse(text, out var plenum));
        Assert.Equal(number, plenum.Number);
    }

    [Theory]
    [InlineData("Nghị quyết Trung ương 4")]
    [InlineData("Nghị quyết Trung ương 4 (khóa XX)")]
    [InlineData("Nghị quyết Trung ương 0 (khóa XII)")]
    [InlineData("Nghị quyết Trung ương 100 (khóa XII)")]
    [InlineData("Trung ương khóa XII")]
    [InlineData("khóa XII")]
    [InlineData("")]
    public void Parse_BadInput_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => PlenumReference.Parse(text));
        Assert.False(PlenumReference.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Plenum.Parse(text));
        Assert.False(Plenum.TryParse(text, out _));
    }

    [Fact]
    public void Parse_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => PlenumReference.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => PlenumReference.Parse("Hội nghị Trung ương 1 khóa XIV", null!));
        Assert.Throws<ArgumentNullException>(() => Plenum.Parse(null!));
        Assert.False(PlenumReference.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => PlenumReference.TryParse("x", null!, out _));
    }

    [Fact]
    public void Parse_WithAnotherCatalog_ChecksTheTermThere()
    {
        var withFifteen = CentralCommitteeCatalog.Default.WithNextCongress(
            new NationalCongress(new NodaTime.DateInterval(new NodaTime.LocalDate(2031, 1, 20), new NodaTime.LocalDate(2031, 1, 25))));
        Assert.Equal(new Plenum(15, 2), Plenum.Parse("Hội nghị Trung ương 2 khóa XV", withFifteen));
        Assert.Throws<FormatException>(() => Plenum.Parse("Hội nghị Trung ương 2 khóa XV"));
    }

    [Fact]
    public void ToString_WritesEachFormat()
    {
        var plenum = new Plenum(12, 4);
        Assert.Equal("Hội nghị Trung ương 4 (khóa XII)", plenum.ToString());
        Assert.Equal("Hội nghị Trung ương 4 (khoá XII)", plenum.ToString("N", null));
        Assert.Equal("4th Plenum of the 12th Central Committee", plenum.ToString("E", null));
        var resolution = new PlenumReference(plenum, PlenumReferenceKind.Resolution);
        Assert.Equal("Nghị quyết Trung ương 4 (khóa XII)", resolution.ToString());
        Assert.Equal("Nghị quyết Trung ương 4 (khoá XII)", resolution.ToString("N", null));
        Assert.Equal("Resolution of the 4th Plenum of the 12th Central Committee", resolution.ToString("E", null));
        Assert.Throws<FormatException>(() => plenum.ToString("Q", null));
        Assert.Throws<FormatException>(() => resolution.ToString("Q", null));
    }

    [Fact]
    public void TryFormat_WritesOrReportsShortBuffer()
    {
        var plenum = new Plenum(13, 13);
        Span<char> buffer = stackalloc char[64];
        Assert.True(plenum.TryFormat(buffer, out var written, default, null));
        Assert.Equal(plenum.ToString(), buffer[..written].ToString());
        Assert.False(plenum.TryFormat(buffer[..5], out written, default, null));
        Assert.Equal(0, written);
    }

    [Fact]
    public void Default_IsTheFirstPlenumOfKhoaOne()
    {
        Assert.Equal(new Plenum(1, 1), default);
        Assert.Equal(1, default(Plenum).TermNumber);
        Assert.Equal(PlenumReferenceKind.Conference, default(PlenumReference).Kind);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(4000, 1)]
    [InlineData(1, 100)]
    public void Constructor_OutOfRange_Throws(int term, int number)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Plenum(term, number));
    }

    [Fact]
    public void Reference_UndefinedKind_Throws()
    {
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => new PlenumReference(new Plenum(12, 4), (PlenumReferenceKind)5));
    }

    [Fact]
    public void GetTerm_LooksUpTheCatalog()
    {
        Assert.Equal(12, new Plenum(12, 4).GetTerm(CentralCommitteeCatalog.Default).Number);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Plenum(20, 1).GetTerm(CentralCommitteeCatalog.Default));
        Assert.Throws<ArgumentNullException>(() => new Plenum(12, 4).GetTerm(null!));
    }

    [Property]
    public Property Reference_FormatThenParse_RoundTrips() =>
        Prop.ForAll(TermsGenerators.PlenumReferences(), reference =>
            PlenumReference.Parse(reference.ToString()) == reference
            && PlenumReference.Parse(reference.ToString("N", null)) == reference
            && Plenum.Parse(reference.Plenum.ToString()) == reference.Plenum);

    [Property]
    public Property References_ObeyEqualityAndComparisonLaws() =>
        Prop.ForAll(TermsGenerators.PlenumReferences(), TermsGenerators.PlenumReferences(), TermsGenerators.PlenumReferences(), (a, b, c) =>
        {
            ValueContract.AssertEqualityLaws(a, b);
            ValueContract.AssertEqualityLaws(a.Plenum, b.Plenum);
            ValueContract.AssertComparisonLaws(a, b, c);
            ValueContract.AssertComparisonLaws(a.Plenum, b.Plenum, c.Plenum);
            return (a < b) == (a.CompareTo(b) < 0) && (a.Plenum >= b.Plenum) == (a.Plenum.CompareTo(b.Plenum) >= 0);
        });

    [Fact]
    public void Plenums_OrderByTermThenNumber()
    {
        Assert.True(new Plenum(11, 9) < new Plenum(12, 1));
        Assert.True(new Plenum(12, 4) < new Plenum(12, 6));
        Assert.True(new Plenum(12, 6) > new Plenum(12, 4));
        Assert.True(new Plenum(12, 6) <= new Plenum(12, 6));
        Assert.True(new Plenum(12, 6) != new Plenum(12, 4));
    }

    [Theory]
    [InlineData("Nghị quyết TƯ 4 khóa XII", PlenumReferenceKind.Resolution)]
    [InlineData("Hội nghị Ban Chấp hành Trung ương lần thứ 4 khóa XII", PlenumReferenceKind.Conference)]
    [InlineData("Hội nghị BCH Trung ương 4 khóa XII", PlenumReferenceKind.Conference)]
    [InlineData("Hội nghị lần thứ 4 BCH Trung ương khóa XII", PlenumReferenceKind.Conference)]
    public void Parse_RealPhrasings_ReadFourthPlenumOfKhoaTwelve(string text, PlenumReferenceKind kind)
    {
        var reference = PlenumReference.Parse(text);
        Assert.Equal(new Plenum(12, 4), reference.Plenum);
        Assert.Equal(kind, reference.Kind);
        Assert.True(PlenumReference.TryParse(text, out var again));
        Assert.Equal(reference, again);
    }
}

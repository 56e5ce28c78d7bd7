using NodaTime;
using PartyWork.Domain.Terms;

namespace PartyWork.Domain.Tests.Terms;

/// <summary>Mirrors every example of docs/terms.md, so the guide cannot drift from the code.</summary>
public class TermsDocsExamplesTests
{
    [Fact]
    public void RomanNumeralsAndOrdinals()
    {
        Assert.Equal("XIV", RomanNumeral.Format(14));
        Assert.Equal(12, RomanNumeral.Parse("XII"));
        Assert.Equal(12, RomanNumeral.Parse("x ii", RomanNumeralStyle.Lenient));
        Assert.False(RomanNumeral.TryParse("IIII", out _));
        Assert.False(RomanNumeral.TryParse("IIII", RomanNumeralStyle.Lenient, out _));
        Assert.Equal(3, OrdinalPhrase.Parse("lần thứ III"));
        Assert.Equal(1, OrdinalPhrase.Parse("lần thứ nhất"));
        Assert.Equal("lần thứ 13", OrdinalPhrase.Format(13, OrdinalNotation.Arabic));
        Assert.Throws<ArgumentOutOfRangeException>(() => RomanNumeral.Format(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => RomanNumeral.Format(4000));
    }

    [Fact]
    public void CentralCommitteeTermsAndPlenums()
    {
        var catalog = CentralCommitteeCatalog.Default;
        CentralCommitteeTerm xii = CentralCommitteeTerm.Parse("khoá 12");
        Assert.Equal("khóa XII", xii.ToString());
        Assert.Equal("khoá XII", xii.ToString("N", null));
        Assert.Equal(12, catalog.Find(new LocalDate(2018, 3, 8)).Number);
        Assert.Equal(13, catalog.Find(new LocalDate(2026, 1, 19)).Number);
        Assert.False(catalog.TryFind(new LocalDate(1930, 2, 3), out _));

        var nq = PlenumReference.Parse("Nghị quyết T.Ư 4 (khoá XII)");
        Assert.Equal(PlenumReferenceKind.Resolution, nq.Kind);
        Assert.Equal("Hội nghị Trung ương 4 (khóa XII)", nq.Plenum.ToString());
        Assert.Equal("Nghị quyết Trung ương 4 (khóa XII)", nq.ToString());
        Assert.Equal("13th Plenum of the 13th Central Committee", Plenum.Parse("Hội nghị Trung ương 13 khóa 13").ToString("E", null));
    }

    [Fact]
    public void CongressTerms()
    {
        var term = CongressTerm.Parse("Đại hội Đảng bộ quận lần thứ III, nhiệm kỳ 2015-2020");
        Assert.Equal(3, term.Ordinal);
        Assert.Equal(new LocalDate(2015, 1, 1), term.Start);
        Assert.Equal(new LocalDate(2019, 12, 31), term.End);
        Assert.True(term.Contains(new LocalDate(2018, 6, 30)));
        Assert.Equal(new LocalDate(2017, 7, 2), term.MidTerm);
        Assert.Equal(new CongressTerm(2020, 2025), CongressTerm.Parse("giai đoạn 2020 – 2025"));
        Assert.False(CongressTerm.TryParse("nhiệm kỳ 2020-2015", out _));

        var rule = TermLengthPolicy.Default.RuleFor(CongressLevel.Cell, new LocalDate(2025, 8, 15));
        var cell = CongressTerm.FromCongress(new LocalDate(2025, 8, 15), rule);
        Assert.Equal("R294-CHIBO", rule.RuleId);
        Assert.Equal(60, rule.Months);
        Assert.Equal(new LocalDate(2030, 8, 14), cell.End);
    }

    [Fact]
    public void ReviewPeriods()
    {
        var h1 = ReviewPeriod.Parse("6 tháng đầu năm 2018");
        var q3 = ReviewPeriod.Parse("quý 3 năm 2024");
        var july = ReviewPeriod.Parse("tháng 7-2018");
        var ten = ReviewPeriod.Parse("10 tháng đầu năm", 2018);
        Assert.Equal(ReviewPeriodKind.HalfYear, h1.Kind);
        Assert.Equal(new LocalDate(2018, 6, 30), h1.End);
        Assert.Equal("quý III/2024", q3.ToString());
        Assert.Equal(q3, ReviewPeriod.Parse("quý III", 2024));
        Assert.Equal("tháng 7/2018", july.ToString());
        Assert.False(ReviewPeriod.TryParse("10 tháng đầu năm", out _));
        Assert.False(ReviewPeriod.TryParse("quý V/2024", out _));

        Assert.True(q3.Contains(new LocalDate(2024, 8, 19)));
        Assert.Equal("quý IV/2024", q3.Next().ToString());
        Assert.False(h1.Overlaps(july));
        Assert.Equal(
            ["năm 2015", "năm 2016", "năm 2017", "năm 2018", "năm 2019"],
            ReviewPeriod.Parse("nhiệm kỳ 2015-2020").Split(ReviewPeriodKind.Year).Select(p => p.ToString()));
        Assert.Equal("10 tháng đầu năm 2018", ten.ToString());
        Assert.Equal("first 10 months of 2018", ten.ToString("E", null));
    }

    [Fact]
    public void DocumentSymbols()
    {
        var ct = DocumentSymbol.Parse("05-CT/TW");
        Assert.Equal("chỉ thị", ct.Type!.VietnameseName);
        Assert.Equal("QĐ", DocumentSymbol.Parse("366-QD/TW").TypeCode);
        var odd = DocumentSymbol.Parse("07-ĐA/ĐUK");
        Assert.False(odd.IsKnownType);
        Assert.False(odd.IsKnownIssuer);

        var r = DocumentReference.Parse("Chương trình hành động số 11-CTr/TU ngày 10-3-2017");
        Assert.Equal("11-CTr/TU", r.Symbol.ToString());
        Assert.Equal(new LocalDate(2017, 3, 10), r.Date);
        Assert.False(DocumentReference.TryParse("số 11-CTr/TU ngày 31-02-2018", out _));
        Assert.Equal(2, DocumentSymbol.FindAll("Chỉ thị 05-CT/TW và Quy định 132-QĐ/TW").Count);
    }

    [Fact]
    public void Dates()
    {
        Assert.Equal(new LocalDate(2017, 3, 10), VietnameseDate.Parse("10-3-2017"));
        Assert.Equal(new LocalDate(2018, 3, 8), VietnameseDate.Parse("08/3/2018"));
        Assert.Equal(new LocalDate(2025, 8, 30), VietnameseDate.Parse("30.08.2025"));
        Assert.Equal(new LocalDate(2018, 9, 24), VietnameseDate.Parse("ngày 24 tháng 9 năm 2018"));
        Assert.Equal("08/03/2018", VietnameseDate.Format(new LocalDate(2018, 3, 8)));
        Assert.Throws<FormatException>(() => VietnameseDate.Parse("31-02-2018"));
    }
}

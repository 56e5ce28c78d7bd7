using NodaTime;
using PartyWork.Domain.Terms;

namespace PartyWork.Domain.Tests.Docs;

/// <summary>The examples of docs/terms.md (checked against the page by <see cref="DocsExamplesTests"/>), and the page's other claims.</summary>
public class TermsExamples
{
    [Fact]
    public void RomanNumeralsAndOrdinals()
    {
        // <example id="terms-roman">
        var fourteen = RomanNumeral.Format(14);                               // "XIV"
        var twelve = RomanNumeral.Parse("XII");                               // 12
        var lenient = RomanNumeral.Parse("x ii", RomanNumeralStyle.Lenient);  // 12 (case and spaces ignored)
        var canonical = RomanNumeral.TryParse("IIII", out _);                 // false: not canonical (write IV), in both styles
        var third = OrdinalPhrase.Parse("lần thứ III");                       // 3
        var first = OrdinalPhrase.Parse("lần thứ nhất");                      // 1
        var thirteenth = OrdinalPhrase.Format(13, OrdinalNotation.Arabic);    // "lần thứ 13"
        // </example>

        Assert.Equal("XIV", fourteen);
        Assert.Equal(12, twelve);
        Assert.Equal(12, lenient);
        Assert.False(canonical);
        Assert.False(RomanNumeral.TryParse("IIII", RomanNumeralStyle.Lenient, out _));
        Assert.Equal(3, third);
        Assert.Equal(1, first);
        Assert.Equal("lần thứ 13", thirteenth);
        Assert.Throws<ArgumentOutOfRangeException>(() => RomanNumeral.Format(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => RomanNumeral.Format(4000));
    }

    [Fact]
    public void CentralCommitteeTermsAndPlenums()
    {
        // <example id="terms-khoa">
        var catalog = CentralCommitteeCatalog.Default;                    // khóa I (1935) … khóa XIV (2026–)
        CentralCommitteeTerm xii = CentralCommitteeTerm.Parse("khoá 12"); // also "khóa XII", "(khóa 12)", "khoa xii"
        var name = xii.ToString();                                        // "khóa XII"
        var newStyle = xii.ToString("N", null);                           // "khoá XII" (new tone placement)
        var in2018 = catalog.Find(new LocalDate(2018, 3, 8)).Number;      // 12
        var duringCongress = catalog.Find(new LocalDate(2026, 1, 19)).Number; // 13: congress XIV had opened, khóa XIV took office on 23/01/2026
        var beforeKhoaI = catalog.TryFind(new LocalDate(1930, 2, 3), out _); // false: before khóa I took office

        var nq = PlenumReference.Parse("Nghị quyết T.Ư 4 (khoá XII)");
        var kind = nq.Kind;                                               // PlenumReferenceKind.Resolution
        var plenum = nq.Plenum.ToString();                                // "Hội nghị Trung ương 4 (khóa XII)"
        var written = nq.ToString();                                      // "Nghị quyết Trung ương 4 (khóa XII)"
        var english = Plenum.Parse("Hội nghị Trung ương 13 khóa 13").ToString("E", null); // "13th Plenum of the 13th Central Committee"
        // </example>

        Assert.Equal(14, catalog.Terms.Count);
        Assert.Equal(xii, CentralCommitteeTerm.Parse("khoa xii"));
        Assert.Equal("khóa XII", name);
        Assert.Equal("khoá XII", newStyle);
        Assert.Equal(12, in2018);
        Assert.Equal(13, duringCongress);
        Assert.Equal(new LocalDate(2026, 1, 23), catalog.Find(new LocalDate(2026, 1, 23)).Start);
        Assert.False(beforeKhoaI);
        Assert.Equal(PlenumReferenceKind.Resolution, kind);
        Assert.Equal("Hội nghị Trung ương 4 (khóa XII)", plenum);
        Assert.Equal("Nghị quyết Trung ương 4 (khóa XII)", written);
        Assert.Equal("13th Plenum of the 13th Central Committee", english);
    }

    [Theory]
    [InlineData("Nghị quyết Trung ương 4 (khóa XII)")]
    [InlineData("Nghị quyết Hội nghị Trung ương 4 khóa XII")]
    [InlineData("Nghị quyết T.Ư 4 (khoá XII)")]
    [InlineData("NQTW4 (khóa XII)")]
    [InlineData("Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng (khóa XII)")]
    [InlineData("Nghị quyết TƯ 4 khóa XII")]
    [InlineData("Hội nghị Ban Chấp hành Trung ương lần thứ 4 khóa XII")]
    [InlineData("Hội nghị BCH Trung ương 4 khóa XII")]
    public void Plenums_EveryFormThePageLists_Reads(string text) =>
        Assert.Equal(Plenum.Parse("Hội nghị Trung ương 4 khóa 12"), PlenumReference.Parse(text).Plenum);

    [Fact]
    public void CongressTerms()
    {
        // <example id="terms-congress">
        var term = CongressTerm.Parse("Đại hội Đảng bộ quận lần thứ III, nhiệm kỳ 2015-2020");
        var ordinal = term.Ordinal;                               // 3
        var start = term.Start;                                   // 2015-01-01
        var end = term.End;                                       // 2019-12-31 (years only: see below)
        var during = term.Contains(new LocalDate(2018, 6, 30));   // true
        var midTerm = term.MidTerm;                               // 2017-07-02
        var plain = CongressTerm.Parse("giai đoạn 2020 – 2025");  // also "nhiệm kỳ 2020 - 2025", "Nhiệm kì 2020-2025", en dash, folded
        var province = CongressTerm.Parse("Đại hội Đảng bộ tỉnh, nhiệm kỳ 2020-2025"); // text before the term is ignored ("lần thứ N" is read)
        var reversed = CongressTerm.TryParse("nhiệm kỳ 2020-2015", out _); // false: reversed

        // Length from the level's rule (data you can replace):
        var rule = TermLengthPolicy.Default.RuleFor(CongressLevel.Cell, new LocalDate(2025, 8, 15));
        var ruleId = rule.RuleId;                                 // "R294-CHIBO"
        var months = rule.Months;                                 // 60
        var cell = CongressTerm.FromCongress(new LocalDate(2025, 8, 15), rule);
        var cellEnd = cell.End;                                   // 2030-08-14
        // </example>

        Assert.Equal(3, ordinal);
        Assert.Equal(new LocalDate(2015, 1, 1), start);
        Assert.Equal(new LocalDate(2019, 12, 31), end);
        Assert.True(during);
        Assert.Equal(new LocalDate(2017, 7, 2), midTerm);
        Assert.Equal(new CongressTerm(2020, 2025), plain);
        Assert.Equal(plain, CongressTerm.Parse("Nhiệm kì 2020-2025"));
        Assert.Equal(new CongressTerm(2020, 2025), province);
        Assert.False(reversed);
        Assert.Equal("R294-CHIBO", ruleId);
        Assert.Equal(60, months);
        Assert.Equal(new LocalDate(2025, 8, 15), cell.Start);
        Assert.Equal(new LocalDate(2030, 8, 14), cellEnd);
    }

    [Fact]
    public void CongressTerms_TheRulesTableOfThePage()
    {
        var policy = TermLengthPolicy.Default;
        var before = new LocalDate(2024, 5, 1);
        Assert.Equal(("R-CH-NATIONAL", 60), (policy.RuleFor(CongressLevel.National, before).RuleId, policy.RuleFor(CongressLevel.National, before).Months));
        Assert.Equal(("R-CH-LOCAL", 60), (policy.RuleFor(CongressLevel.Local, before).RuleId, policy.RuleFor(CongressLevel.Local, before).Months));
        Assert.Equal(("R-CH-CHIBO", 30), (policy.RuleFor(CongressLevel.Cell, before).RuleId, policy.RuleFor(CongressLevel.Cell, before).Months));
        Assert.Equal(new LocalDate(2025, 7, 1), policy.CellReformDate);
    }

    [Fact]
    public void ReviewPeriods()
    {
        // <example id="terms-periods">
        var h1 = ReviewPeriod.Parse("6 tháng đầu năm 2018");        // HalfYear, 2018-01-01 to 2018-06-30
        var q3 = ReviewPeriod.Parse("quý 3 năm 2024");              // "quý III/2024"
        var july = ReviewPeriod.Parse("tháng 7-2018");              // "tháng 7/2018"
        var ten = ReviewPeriod.Parse("10 tháng đầu năm", 2018);     // the year taken from the report
        var q3Again = ReviewPeriod.Parse("quý III", 2024);          // "quý III/2024" (also "tháng 7", "nửa đầu năm", "năm")
        var noYear = ReviewPeriod.TryParse("10 tháng đầu năm", out _); // false: no year
        var noQuarter = ReviewPeriod.TryParse("quý V/2024", out _);    // false

        var inQ3 = q3.Contains(new LocalDate(2024, 8, 19));         // true
        var q4 = q3.Next();                                         // "quý IV/2024"
        var overlaps = h1.Overlaps(july);                           // false
        var years = ReviewPeriod.Parse("nhiệm kỳ 2015-2020").Split(ReviewPeriodKind.Year); // năm 2015 … năm 2019
        var text = ten.ToString();                                  // "10 tháng đầu năm 2018"
        var english = ten.ToString("E", null);                      // "first 10 months of 2018"
        // </example>

        Assert.Equal(ReviewPeriodKind.HalfYear, h1.Kind);
        Assert.Equal("[2018-01-01, 2018-06-30]", h1.Dates.ToString());
        Assert.Equal("quý III/2024", q3.ToString());
        Assert.Equal("tháng 7/2018", july.ToString());
        Assert.Equal(ReviewPeriodKind.FirstMonths, ten.Kind);
        Assert.Equal("quý III/2024", q3Again.ToString());
        Assert.Equal(q3, q3Again);
        Assert.False(noYear);
        Assert.False(noQuarter);
        Assert.True(inQ3);
        Assert.Equal("quý IV/2024", q4.ToString());
        Assert.False(overlaps);
        Assert.Equal(["năm 2015", "năm 2016", "năm 2017", "năm 2018", "năm 2019"], years.Select(p => p.ToString()));
        Assert.Equal("10 tháng đầu năm 2018", text);
        Assert.Equal("first 10 months of 2018", english);

        // The bullets under the example.
        Assert.Equal("quý I/2018", ReviewPeriod.Parse("3 tháng đầu năm 2018").ToString());
        Assert.Equal(h1, ReviewPeriod.Parse("6 tháng đầu năm", 2018));
        Assert.Equal("năm 2018", ReviewPeriod.Parse("12 tháng đầu năm 2018").ToString());
        Assert.Equal(q4, q4.Next().Previous());
    }

    [Fact]
    public void DocumentSymbols()
    {
        // <example id="terms-symbols">
        var ct = DocumentSymbol.Parse("05-CT/TW");
        var typeName = ct.Type!.VietnameseName;                        // "chỉ thị"
        var qd = DocumentSymbol.Parse("366-QD/TW").TypeCode;           // "QĐ" (QD is accepted)
        var hd = DocumentSymbol.Parse("12-HĐ/TU").IsKnownType;         // false: an explicit Đ never becomes HD
        var dash = DocumentSymbol.Parse("05–CT/TW").ToString();        // "05-CT/TW" (any dash: - ‐ ‑ ‒ – — −)
        var odd = DocumentSymbol.Parse("07-ĐA/ĐUK");                   // unknown codes are kept …
        var knownType = odd.IsKnownType;                               // false — … and flagged
        var knownIssuer = odd.IsKnownIssuer;                           // false

        var r = DocumentReference.Parse("Chương trình hành động số 11-CTr/TU ngày 10-3-2017");
        var symbol = r.Symbol.ToString();                              // "11-CTr/TU"
        var date = r.Date;                                             // 2017-03-10
        var inParentheses = DocumentReference.Parse("Chỉ thị số 05-CT/TW (ngày 15/5/2016)").Date; // 2016-05-15
        var noSuchDay = DocumentReference.TryParse("số 11-CTr/TU ngày 31-02-2018", out _);      // false: no such day
        var both = DocumentSymbol.FindAll("Chỉ thị 05-CT/TW và Quy định 132-QĐ/TW").Select(s => s.ToString()); // ["05-CT/TW", "132-QĐ/TW"]
        // </example>

        Assert.Equal("chỉ thị", typeName);
        Assert.Equal("QĐ", qd);
        Assert.False(hd);
        Assert.Equal("05-CT/TW", dash);
        Assert.Equal(ct, DocumentSymbol.Parse("05–CT/TW"));
        Assert.Equal("07-ĐA/ĐUK", odd.ToString());
        Assert.False(knownType);
        Assert.False(knownIssuer);
        Assert.Equal("11-CTr/TU", symbol);
        Assert.Equal(new LocalDate(2017, 3, 10), date);
        Assert.Equal(new LocalDate(2016, 5, 15), inParentheses);
        Assert.False(noSuchDay);
        Assert.Equal(["05-CT/TW", "132-QĐ/TW"], both);

        // The paragraphs under the example.
        Assert.Equal("05-CT/TW", DocumentSymbol.Parse("5-CT/TW").ToString());
        Assert.NotEqual(DocumentSymbol.Parse("07-ĐA/TU"), DocumentSymbol.Parse("07-DA/TU"));
        Assert.Equal("ĐU", DocumentSymbol.Parse("09-KH/DU").IssuerCode);
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

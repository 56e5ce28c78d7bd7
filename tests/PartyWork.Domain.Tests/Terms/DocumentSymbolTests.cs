using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PartyWork.Domain.Terms;
using PartyWork.Domain.Tests.Contracts;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Terms;

public class DocumentSymbolTests
{
    [Theory]
    [InlineData("05-CT/TW", 5, "CT", "TW")]
    [InlineData("01-CTr/QU", 1, "CTr", "QU")]
    [InlineData("366-QĐ/TW", 366, "QĐ", "TW")]
    [InlineData("366-QD/TW", 366, "QĐ", "TW")]
    [InlineData("16-HD/BTCTW", 16, "HD", "BTCTW")]
    [InlineData("09-KH/ĐU", 9, "KH", "ĐU")]
    [InlineData("09-KH/DU", 9, "KH", "ĐU")]
    [InlineData("Số 127-QĐ/TW", 127, "QĐ", "TW")]
    [InlineData("số 13-TT/TU", 13, "TT", "TU")]
    [InlineData(" 520 - BC / BTCTW ", 520, "BC", "BTCTW")]
    public void Parse_KnownSymbols_CanonicaliseTheCodes(string text, int number, string type, string issuer)
    {
        var symbol = DocumentSymbol.Parse(text);
        Assert.Equal(number, symbol.Number);
        Assert.Equal(type, symbol.TypeCode);
        Assert.Equal(issuer, symbol.IssuerCode);
        Assert.True(symbol.IsKnownType);
        Assert.True(symbol.IsKnownIssuer);
        Assert.NotNull(symbol.Type);
        Assert.NotNull(symbol.Issuer);
    }

    [Theory]
    [InlineData("12-HĐ/TU", "HĐ")]
    [InlineData("12-hđ/TU", "hđ")]
    [InlineData("07-ĐA/TU", "ĐA")]
    public void Parse_ExplicitDWithStroke_NeverTurnsIntoADCode(string text, string typeCode)
    {
        var symbol = DocumentSymbol.Parse(text);
        Assert.Equal(typeCode, symbol.TypeCode);
        Assert.False(symbol.IsKnownType);
        Assert.Null(symbol.Type);
        Assert.NotEqual(DocumentSymbol.Parse("12-HD/TU").Type, symbol.Type);
        Assert.False(DocumentSymbolCatalog.Default.TryFindType(typeCode, out _));
    }

    [Fact]
    public void Equality_UnknownCodes_CompareExactly_KnownCodesByCatalogSpelling()
    {
        Assert.NotEqual(DocumentSymbol.Parse("07-ĐA/TU"), DocumentSymbol.Parse("07-DA/TU"));
        Assert.NotEqual(DocumentSymbol.Parse("12-HĐ/TU"), DocumentSymbol.Parse("12-HD/TU"));
        Assert.NotEqual(DocumentSymbol.Parse("07-ĐA/TU"), DocumentSymbol.Parse("07-đa/TU"));
        Assert.NotEqual(0, DocumentSymbol.Parse("07-ĐA/TU").CompareTo(DocumentSymbol.Parse("07-DA/TU")));
        Assert.Equal(DocumentSymbol.Parse("366-QD/TW"), DocumentSymbol.Parse("366-qđ/TW"));
        Assert.Equal(DocumentSymbol.Parse("09-KH/DU"), DocumentSymbol.Parse("09-kh/ĐU"));
        Assert.True(DocumentSymbolCatalog.Default.TryFindIssuer("du", out var du));
        Assert.Equal("ĐU", du.Code);
    }

    [Fact]
    public void Catalog_WithBothHDAndHĐ_KeepsThemApart()
    {
        var catalog = DocumentSymbolCatalog.Default.WithType(new DocumentType("HĐ", "hợp đồng", "contract"));
        Assert.Equal("hợp đồng", DocumentSymbol.Parse("12-HĐ/TU", catalog).Type!.VietnameseName);
        Assert.Equal("HD", DocumentSymbol.Parse("12-HD/TU", catalog).TypeCode);
        Assert.NotEqual(DocumentSymbol.Parse("12-HĐ/TU", catalog), DocumentSymbol.Parse("12-HD/TU", catalog));
    }

    [Theory]
    [InlineData("05–CT/TW")]
    [InlineData("05—CT/TW")]
    [InlineData("05‐CT/TW")]
    [InlineData("05‑CT/TW")]
    [InlineData("05‒CT/TW")]
    [InlineData("05−CT/TW")]
    [InlineData("05 – CT/TW")]
    public void Parse_AnyDash_ReadsTheSymbol(string text)
    {
        Assert.Equal(DocumentSymbol.Parse("05-CT/TW"), DocumentSymbol.Parse(text));
        var found = Assert.Single(DocumentSymbol.FindAll("Chỉ thị " + text + " của Bộ Chính trị"));
        Assert.Equal("05-CT/TW", found.ToString());
        Assert.Equal(new LocalDate(2016, 5, 15), DocumentReference.Parse("Chỉ thị " + text + " ngày 15/5/2016").Date);
    }

    [Fact]
    public void Parse_QuyDinhAndQuyetDinh_ShareTheCodeQD()
    {
        var quyDinh = DocumentSymbol.Parse("132-QĐ/TW");
        var quyetDinh = DocumentSymbol.Parse("328-QD/TW");
        Assert.Same(quyDinh.Type, quyetDinh.Type);
        Assert.Contains("quy định", quyDinh.Type!.VietnameseName, StringComparison.Ordinal);
        Assert.Contains("quyết định", quyDinh.Type.VietnameseName, StringComparison.Ordinal);
        Assert.Equal(DocumentSymbol.Parse("132-QD/TW"), quyDinh);
    }

    [Fact]
    public void Parse_UnknownCodes_AreKeptAndFlagged()
    {
        var symbol = DocumentSymbol.Parse("24-BS/UBKTTU");
        Assert.True(symbol.IsKnownType && symbol.IsKnownIssuer);
        var unknown = DocumentSymbol.Parse("07-ĐA/ĐUK");
        Assert.False(unknown.IsKnownType);
        Assert.False(unknown.IsKnownIssuer);
        Assert.Equal("ĐA", unknown.TypeCode);
        Assert.Equal("ĐUK", unknown.IssuerCode);
        Assert.Null(unknown.Type);
        Assert.Equal("07-ĐA/ĐUK", unknown.ToString());
        var catalog = DocumentSymbolCatalog.Default.WithIssuer(new DocumentIssuer("ĐUK", "Đảng ủy Khối", "bloc Party committee"));
        Assert.True(DocumentSymbol.Parse("07-ĐA/DUK", catalog).IsKnownIssuer);
        Assert.Equal("ĐUK", DocumentSymbol.Parse("07-ĐA/DUK", catalog).IssuerCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("CT/TW")]
    [InlineData("05-CT")]
    [InlineData("0-CT/TW")]
    [InlineData("123456-CT/TW")]
    [InlineData("05-CT/TW thêm")]
    [InlineData("Chỉ thị 05-CT/TW")]
    [InlineData("05-C1/TW")]
    public void Parse_BadInput_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => DocumentSymbol.Parse(text));
        Assert.False(DocumentSymbol.TryParse(text, out _));
    }

    [Fact]
    public void Constructor_And_Parse_RejectBadArguments()
    {
        Assert.Throws<ArgumentNullException>(() => DocumentSymbol.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => DocumentSymbol.Parse("05-CT/TW", null!));
        Assert.False(DocumentSymbol.TryParse(null, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentSymbol(0, "CT", "TW"));
        Assert.Throws<ArgumentNullException>(() => new DocumentSymbol(5, null!, "TW"));
        Assert.Throws<ArgumentException>(() => new DocumentSymbol(5, "C-T", "TW"));
        Assert.Throws<ArgumentException>(() => new DocumentSymbol(5, "CT", ""));
        Assert.Throws<ArgumentNullException>(() => new DocumentSymbol(5, "CT", "TW", null!));
        Assert.Throws<ArgumentNullException>(() => DocumentSymbol.FindAll(null!));
        Assert.Throws<ArgumentException>(() => new DocumentType("C T", "x", "y"));
        Assert.Throws<ArgumentException>(() => new DocumentIssuer("TW", " ", "y"));
        Assert.Throws<ArgumentException>(() => new DocumentSymbolCatalog([new DocumentType("QĐ", "a", "b"), new DocumentType("qđ", "c", "d")], []));
        Assert.Throws<ArgumentNullException>(() => new DocumentSymbolCatalog(null!, []));
        Assert.Throws<FormatException>(() => new DocumentSymbol(5, "CT", "TW").ToString("X", null));
    }

    [Fact]
    public void FindAll_FindsEverySymbolInAParagraph()
    {
        const string text = "Quận ủy gắn Chỉ thị 05-CT/TW với Chương trình 01-CTr/QU; tỉnh thực hiện Quy định 132-QD/TW và Hướng dẫn 16-HD/BTCTW, 2015-2020.";
        var symbols = DocumentSymbol.FindAll(text);
        Assert.Equal(["05-CT/TW", "01-CTr/QU", "132-QĐ/TW", "16-HD/BTCTW"], symbols.Select(s => s.ToString()));
    }

    [Theory]
    [InlineData("Chương trình hành động số 11-CTr/TU ngày 10-3-2017", "11-CTr/TU", 2017, 3, 10)]
    [InlineData("chuong trinh hanh dong so 11-CTr/TU ngay 10-3-2017", "11-CTr/TU", 2017, 3, 10)]
    [InlineData("Quy định 132-QĐ/TW ngày 08/3/2018", "132-QĐ/TW", 2018, 3, 8)]
    [InlineData("Quy định 132-QD/TW, ngày 08/3/2018 của Bộ Chính trị", "132-QĐ/TW", 2018, 3, 8)]
    [InlineData("Hướng dẫn số 16-HD/BTCTW ngày 24 tháng 9 năm 2018", "16-HD/BTCTW", 2018, 9, 24)]
    [InlineData("Quy định số 366-QĐ/TW ban hành ngày 30.08.2025", "366-QĐ/TW", 2025, 8, 30)]
    [InlineData("Chỉ thị số 05-CT/TW (ngày 15/5/2016)", "05-CT/TW", 2016, 5, 15)]
    [InlineData("Chỉ thị số 05-CT/TW của Bộ Chính trị ngày 15/5/2016", "05-CT/TW", 2016, 5, 15)]
    [InlineData("Chỉ thị số 05-CT/TW ngày10/3/2017", "05-CT/TW", 2017, 3, 10)]
    [InlineData("Chỉ thị số 05-CT/TW, NGÀY 15/5/2016", "05-CT/TW", 2016, 5, 15)]
    [InlineData("Kế hoạch 09-KH/ĐU (khoá XII) ban hành ngày 10 tháng 3 năm 2017", "09-KH/ĐU", 2017, 3, 10)]
    public void DocumentReference_ReadsSymbolAndDate(string text, string symbol, int year, int month, int day)
    {
        var reference = DocumentReference.Parse(text);
        Assert.Equal(DocumentSymbol.Parse(symbol), reference.Symbol);
        Assert.Equal(new LocalDate(year, month, day), reference.Date);
        Assert.True(DocumentReference.TryParse(text, out var again));
        Assert.Equal(reference, again);
    }

    [Fact]
    public void DocumentReference_WithoutDate_HasNullDate()
    {
        var reference = DocumentReference.Parse("Chỉ thị 05-CT/TW của Bộ Chính trị");
        Assert.Null(reference.Date);
        Assert.Equal("số 05-CT/TW", reference.ToString());
        Assert.Equal("No. 05-CT/TW", reference.ToString("E", null));
        Assert.Equal(reference, DocumentReference.Parse(reference.ToString()));
    }

    [Fact]
    public void DocumentReference_DateOfTheNextSymbol_IsNotTaken()
    {
        var reference = DocumentReference.Parse("Chỉ thị 05-CT/TW và Chương trình 01-CTr/QU ngày 10/3/2017");
        Assert.Equal(DocumentSymbol.Parse("05-CT/TW"), reference.Symbol);
        Assert.Null(reference.Date);
    }

    [Fact]
    public void DocumentReference_DateOutsideFourDigitYears_IsRejectedByTheConstructor()
    {
        var symbol = DocumentSymbol.Parse("05-CT/TW");
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentReference(symbol, new LocalDate(999, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentReference(symbol, new LocalDate(10000, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentReference(symbol, new LocalDate(2016, 5, 15, CalendarSystem.Julian)));
        Assert.Equal("số 05-CT/TW ngày 01/01/1000", new DocumentReference(symbol, new LocalDate(1000, 1, 1)).ToString());
    }

    [Theory]
    [InlineData("Chỉ thị số 05-CT/TW (ngày 15/5)")]
    [InlineData("Chỉ thị số 05-CT/TW của Bộ Chính trị ngày 31/2/2016")]
    [InlineData("Chỉ thị số 05-CT/TW ngày mười lăm")]
    [InlineData("Chỉ thị số 05-CT/TW ngày 15/5/16")]
    [InlineData("Chương trình số 11-CTr/TU ngày 31-02-2018")]
    [InlineData("Chương trình số 11-CTr/TU ngày 10-3-17")]
    [InlineData("Chương trình số 11-CTr/TU ngày 10-13-2017")]
    [InlineData("Chương trình hành động ngày 10-3-2017")]
    [InlineData("")]
    public void DocumentReference_BadInput_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => DocumentReference.Parse(text));
        Assert.False(DocumentReference.TryParse(text, out _));
    }

    [Fact]
    public void DocumentReference_BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => DocumentReference.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => DocumentReference.Parse("05-CT/TW", null!));
        Assert.Throws<ArgumentNullException>(() => new DocumentReference(null!, null));
        Assert.False(DocumentReference.TryParse(null, out _));
        var reference = new DocumentReference(DocumentSymbol.Parse("11-CTr/TU"), new LocalDate(2017, 3, 10));
        Assert.Equal("số 11-CTr/TU ngày 10/03/2017", reference.ToString());
        Assert.Equal("No. 11-CTr/TU of 2017-03-10", reference.ToString("E", null));
        Assert.Throws<FormatException>(() => reference.ToString("X", null));
        ValueContract.AssertEqualityLaws(reference, DocumentReference.Parse(reference.ToString()));
        ValueContract.AssertEqualityLaws(reference, new DocumentReference(reference.Symbol, null));
    }

    [Property]
    public Property Symbol_FormatThenParse_RoundTrips() =>
        Prop.ForAll(TermsGenerators.Symbols(), symbol =>
        {
            var parsed = DocumentSymbol.Parse(symbol.ToString());
            return parsed == symbol
                && parsed.TypeCode == symbol.TypeCode
                && parsed.IssuerCode == symbol.IssuerCode
                && parsed.IsKnownType == symbol.IsKnownType
                && parsed.IsKnownIssuer == symbol.IsKnownIssuer
                && DocumentReference.Parse($"Văn bản số {symbol} ngày 08/3/2018").Symbol == symbol;
        });

    [Property]
    public Property Symbols_ObeyEqualityAndComparisonLaws() =>
        Prop.ForAll(TermsGenerators.Symbols(), TermsGenerators.Symbols(), TermsGenerators.Symbols(), (a, b, c) =>
        {
            ValueContract.AssertEqualityLaws(a, b);
            ValueContract.AssertEqualityLaws(a, DocumentSymbol.Parse(a.ToString()));
            ValueContract.AssertComparisonLaws(a, b, c);
            return (a < b) == (a.CompareTo(b) < 0) && (a >= b) == (a.CompareTo(b) >= 0)
                && (a > b) == (a.CompareTo(b) > 0) && (a <= b) == (a.CompareTo(b) <= 0);
        });
}

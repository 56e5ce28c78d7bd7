// <example id="text-normalize">
using PartyWork.Domain.Text;
// </example>
using System.Globalization;

namespace PartyWork.Domain.Tests.Docs;

/// <summary>The examples of docs/text.md (checked against the page by <see cref="DocsExamplesTests"/>).</summary>
public class TextExamples
{
    [Fact]
    public void Normalize()
    {
        // <example id="text-normalize">
        var title = VietnameseText.Normalize("Nghị quyết khoá XII");      // "Nghị quyết khóa XII" — tone moved to the old placement
        var newStyle = VietnameseText.Normalize("Ủy ban", TonePlacement.New); // "Uỷ ban"
        var composed = VietnameseText.Normalize("khoa\u0301");              // "khóa" — decomposed input composed to NFC
        var same = VietnameseText.EqualsNormalized("khoá", "khóa");         // true
        // </example>

        Assert.Equal("Nghị quyết khóa XII", title);
        Assert.Equal("Uỷ ban", newStyle);
        Assert.Equal("khóa", composed);
        Assert.Equal(4, composed.Length);
        Assert.True(same);
        Assert.False(VietnameseText.EqualsNormalized("khóa", "khoa"));
    }

    [Fact]
    public void TonePlacementRules()
    {
        // <example id="text-tone-rules">
        string[] words = ["hoá", "khoẻ", "thuỷ", "hòan", "qúa", "gía", "thuyền", "người", "khuỷu", "Nguyễn", "café", "e\u0302\u0301"];
        var old = words.Select(w => VietnameseText.Normalize(w)).ToArray();
        // ["hóa", "khỏe", "thủy", "hoàn", "quá", "giá", "thuyền", "người", "khuỷu", "Nguyễn", "café", "ế"]
        var modern = words.Select(w => VietnameseText.Normalize(w, TonePlacement.New)).ToArray();
        // ["hoá", "khoẻ", "thuỷ", "hoàn", "quá", "giá", "thuyền", "người", "khuỷu", "Nguyễn", "café", "ế"]
        // </example>

        Assert.Equal(["hóa", "khỏe", "thủy", "hoàn", "quá", "giá", "thuyền", "người", "khuỷu", "Nguyễn", "café", "ế"], old);
        Assert.Equal(["hoá", "khoẻ", "thuỷ", "hoàn", "quá", "giá", "thuyền", "người", "khuỷu", "Nguyễn", "café", "ế"], modern);
        Assert.Same(words[10], VietnameseText.Normalize(words[10]));
    }

    [Fact]
    public void Fold()
    {
        // <example id="text-fold">
        var folded = VietnameseText.Fold("Đảng ủy khoá XII");                 // "dang uy khoa xii"
        var equal = VietnameseText.EqualsFolded("KHOÁ 12", "khóa 12");         // true
        var cells = new HashSet<string>(VietnameseStringComparer.Folded) { "Chi bộ Khu dân cư số 1" };
        var found = cells.Contains("chi bo khu dan cu so 1");                 // true
        var exact = VietnameseStringComparer.Normalized.Equals("Thủy", "Thuỷ"); // true — case and diacritics still count

        Span<char> buffer = stackalloc char[32];
        var written = VietnameseText.Fold("Bí thư", buffer);                  // 6 — "bi thu", no allocation
        // </example>

        Assert.Equal("dang uy khoa xii", folded);
        Assert.True(equal);
        Assert.True(found);
        Assert.True(exact);
        Assert.False(VietnameseStringComparer.Normalized.Equals("Thủy", "thủy"));
        Assert.Equal(6, written);
        Assert.Equal("bi thu", buffer[..written].ToString());
    }

    [Fact]
    public void Numbers()
    {
        // <example id="text-numbers">
        var members = VietnameseNumber.Format(1004);                                // "1.004"
        var share = VietnameseNumber.Format(27.988m, 2);                            // "27,99" — half away from zero by default
        var truncated = VietnameseNumber.Format(27.988m, 2, MidpointRounding.ToZero); // "27,98" — truncation
        var spaced = VietnameseNumber.FormatPercent(95.4m, 1, spaceBeforePercentSign: true); // "95,4 %"
        var parsed = VietnameseNumber.Parse("17.911");                              // 17911
        var kept = VietnameseNumber.Parse("27,90");                                 // 27.90m — the decimals written are kept
        var english = VietnameseNumber.Parse("2,129,000", NumberNotation.English);  // 2129000
        var grouped = 1004.5m.ToString("N1", VietnameseNumber.FormatProvider);      // "1.004,5"
        var percent = 0.2798m.ToString("P2", VietnameseNumber.FormatProvider);      // "27,98%"
        var bad = VietnameseNumber.TryParse("99.41", out _);                        // false — not Vietnamese notation
        // </example>

        Assert.Equal("1.004", members);
        Assert.Equal("27,99", share);
        Assert.Equal("27,98", truncated);
        Assert.Equal("95,4 %", spaced);
        Assert.Equal(17911m, parsed);
        Assert.Equal(27.90m, kept);
        Assert.Equal(2, kept.Scale);
        Assert.Equal(2129000m, english);
        Assert.Equal("1.004,5", grouped);
        Assert.Equal("27,98%", percent);
        Assert.False(bad);
    }

    [Theory]
    [InlineData("1.00.4")]
    [InlineData("0.004")]
    [InlineData("1 004")]
    [InlineData("1.004,")]
    [InlineData("27,98%")]
    [InlineData("10,0000000000000000000000000001")]
    [InlineData("99.999.999.999.999.999.999.999.999.999")]
    public void Numbers_ThePageSaysAreRefused(string text)
    {
        Assert.False(VietnameseNumber.TryParse(text, out _));
        Assert.Throws<FormatException>(() => VietnameseNumber.Parse(text));
    }

    [Theory]
    [InlineData(" 1.004 ", "1004")]
    [InlineData("-6", "-6")]
    [InlineData("\u22126", "-6")]
    [InlineData("+1.004,5", "1004.5")]
    [InlineData("04", "4")]
    [InlineData("1456", "1456")]
    public void Numbers_ThePageSaysAreRead(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), VietnameseNumber.Parse(text));

    [Fact]
    public void AmbiguousText()
    {
        // <example id="text-tryread">
        VietnameseNumber.TryRead("1.004", out var members);
        var value = members.Value;                          // 1004 — Vietnamese wins when both notations read it
        var ambiguous = members.IsAmbiguous;                // true
        var otherReading = members.Alternative;             // 1.004m — what an English reader sees

        VietnameseNumber.TryRead("99.41", out var share);
        var notation = share.Notation;                      // NumberNotation.English — only English reads it
        var decimals = share.DecimalPlaces;                 // 2
        // </example>

        Assert.Equal(1004m, value);
        Assert.True(ambiguous);
        Assert.Equal(1.004m, otherReading);
        Assert.Equal(NumberNotation.English, notation);
        Assert.Equal(2, decimals);
        Assert.Equal(99.41m, share.Value);
        Assert.False(share.IsAmbiguous);
    }

    [Theory]
    [InlineData("1.004", "1004", NumberNotation.Vietnamese, "1.004")]
    [InlineData("1,234", "1.234", NumberNotation.Vietnamese, "1234")]
    [InlineData("99.41", "99.41", NumberNotation.English, null)]
    [InlineData("2,129,000", "2129000", NumberNotation.English, null)]
    [InlineData("95,4", "95.4", NumberNotation.Vietnamese, null)]
    [InlineData("1456", "1456", NumberNotation.Vietnamese, null)]
    public void AmbiguousText_TheTableOfThePageHolds(string text, string value, NumberNotation notation, string? alternative)
    {
        Assert.True(VietnameseNumber.TryRead(text, out var read));
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), read.Value);
        Assert.Equal(notation, read.Notation);
        Assert.Equal(alternative is null ? null : decimal.Parse(alternative, CultureInfo.InvariantCulture), read.Alternative);
    }

    /// <summary>The table "Without ICU" of docs/text.md, in whichever mode the suite runs (CI runs both).</summary>
    [Fact]
    public void WithoutIcu_TheTableOfThePageHolds()
    {
        var invariant = InvariantGlobalization;

        if (invariant)
        {
            Assert.Throws<CultureNotFoundException>(() => new CultureInfo("vi-VN"));
            Assert.Equal("khoa\u0301", "khoa\u0301".Normalize());
            Assert.NotEqual(0, string.Compare("khóa", "khoa", CultureInfo.InvariantCulture, CompareOptions.IgnoreNonSpace));
            Assert.Equal(["d", "e", "z", "đ"], new[] { "đ", "z", "e", "d" }.Order(StringComparer.InvariantCulture));
        }
        else
        {
            Assert.Equal("1.004,5", 1004.5m.ToString("N1", new CultureInfo("vi-VN")));
            Assert.Equal("khoá", "khoa\u0301".Normalize());
            Assert.Equal(0, string.Compare("khóa", "khoa", CultureInfo.InvariantCulture, CompareOptions.IgnoreNonSpace));
            Assert.Equal(["d", "đ", "e", "z"], new[] { "đ", "z", "e", "d" }.Order(StringComparer.InvariantCulture));
        }

        Assert.Equal("ĐẢNG ỦY", "đảng ủy".ToUpperInvariant());

        // The library: the same answers in both modes.
        Assert.Equal("khóa", VietnameseText.Normalize("khoa\u0301"));
        Assert.True(VietnameseText.EqualsFolded("khóa", "khoa"));
        Assert.Equal("1.004,5", VietnameseNumber.Format(1004.5m, 1));
        Assert.Equal(["d", "e", "z", "đ"], new[] { "đ", "z", "e", "d" }.Order(VietnameseStringComparer.Normalized));
    }

    private static bool InvariantGlobalization =>
        (AppContext.TryGetSwitch("System.Globalization.Invariant", out var on) && on)
        || Environment.GetEnvironmentVariable("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT") is "1" or "true" or "TRUE" or "True";
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyWork.Domain.Tests.Generators;
using PartyWork.Domain.Text;

namespace PartyWork.Domain.Tests.Text;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("khoá", "khóa")]
    [InlineData("Khoá XII", "Khóa XII")]
    [InlineData("hoá", "hóa")]
    [InlineData("uỷ ban", "ủy ban")]
    [InlineData("Uỷ ban Kiểm tra", "Ủy ban Kiểm tra")]
    [InlineData("Thuỷ", "Thủy")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("Quận uỷ Kiến An", "Quận ủy Kiến An")]
    [InlineData("cụ thể hoá", "cụ thể hóa")]
    public void Normalize_NewPlacement_MovesToneToOldPlacementByDefault(string input, string expected)
    {
        Assert.Equal(expected, VietnameseText.Normalize(input));
    }

    [Theory]
    [InlineData("khóa", "khoá")]
    [InlineData("Ủy ban", "Uỷ ban")]
    [InlineData("hòa bình", "hoà bình")]
    public void Normalize_NewPlacementRequested_PutsToneOnSecondVowel(string input, string expected)
    {
        Assert.Equal(expected, VietnameseText.Normalize(input, TonePlacement.New));
    }

    [Theory]
    [InlineData("người", "người")]
    [InlineData("Nguyễn", "Nguyễn")]
    [InlineData("hoàn thành", "hoàn thành")]
    [InlineData("thuyết", "thuyết")]
    [InlineData("quý", "quý")]
    [InlineData("khuỷu", "khuỷu")]
    [InlineData("ngoài", "ngoài")]
    [InlineData("tuổi", "tuổi")]
    [InlineData("mía", "mía")]
    [InlineData("của", "của")]
    [InlineData("giữ", "giữ")]
    [InlineData("hoạch", "hoạch")]
    public void Normalize_SyllablesBothHabitsAgreeOn_AreUnchanged(string input, string expected)
    {
        Assert.Equal(expected, VietnameseText.Normalize(input));
        Assert.Equal(expected, VietnameseText.Normalize(input, TonePlacement.New));
    }

    [Theory]
    [InlineData("qúa", "quá")]
    [InlineData("gía", "giá")]
    [InlineData("hoàn", "hoàn")]
    [InlineData("hòan", "hoàn")]
    public void Normalize_MisplacedTone_MovesToTheSyllableNucleus(string input, string expected)
    {
        Assert.Equal(expected, VietnameseText.Normalize(input));
    }

    [Theory]
    [InlineData("khoa\u0301", "khóa")]
    [InlineData("Đa\u0309ng u\u0309y", "Đảng ủy")]
    [InlineData("tie\u0302\u0301ng Vie\u0323\u0302t", "tiếng Việt")]
    [InlineData("nghi\u0323 quye\u0302\u0301t", "nghị quyết")]
    [InlineData("o\u031B\u0300", "ờ")]
    [InlineData("u\u031Bo\u031B\u0300i", "ười")]
    public void Normalize_DecomposedInput_ComposesWithoutIcu(string input, string expected)
    {
        // string.Normalize does nothing to these under invariant globalization; the library's own tables do.
        Assert.Equal(expected, VietnameseText.Normalize(input));
    }

    [Theory]
    [InlineData("n\u0301")]
    [InlineData("\u0301abc")]
    [InlineData("café")]
    [InlineData("Macau")]
    public void Normalize_TextItCannotRead_IsLeftAlone(string input)
    {
        Assert.Equal(input, VietnameseText.Normalize(input));
    }

    [Fact]
    public void Normalize_AsciiText_ReturnsSameInstance()
    {
        const string text = "05-CT/TW 493/502 (98,2%)";
        Assert.Same(text, VietnameseText.Normalize(text));
    }

    [Fact]
    public void Normalize_Null_Throws()
    {
        var error = Assert.Throws<ArgumentNullException>(() => VietnameseText.Normalize(null!));
        Assert.Equal("text", error.ParamName);
    }

    [Fact]
    public void Normalize_UndefinedPlacement_Throws()
    {
        var error = Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => VietnameseText.Normalize("khóa", (TonePlacement)7));
        Assert.Equal("placement", error.ParamName);
    }

    [Fact]
    public void Normalize_Empty_ReturnsEmpty()
    {
        Assert.Equal(string.Empty, VietnameseText.Normalize(string.Empty));
        Assert.Equal(string.Empty, VietnameseText.Fold(string.Empty));
    }

    [Theory]
    [InlineData("Khoá XII", "khoa xii")]
    [InlineData("Đảng ủy", "dang uy")]
    [InlineData("ĐẢNG BỘ QUẬN", "dang bo quan")]
    [InlineData("Hoàn thành xuất sắc nhiệm vụ", "hoan thanh xuat sac nhiem vu")]
    [InlineData("khoa\u0301", "khoa")]
    [InlineData("05-CT/TW", "05-ct/tw")]
    [InlineData("Ðảng", "dang")]
    [InlineData("Pen\u0303a", "pena")]
    public void Fold_RemovesCaseDiacriticsAndStroke(string input, string expected)
    {
        Assert.Equal(expected, VietnameseText.Fold(input));
    }

    [Fact]
    public void Fold_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => VietnameseText.Fold((string)null!));
    }

    [Fact]
    public void Fold_ShortDestination_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => VietnameseText.Fold("khóa".AsSpan(), new char[2]));
        Assert.Equal("destination", error.ParamName);
    }

    [Theory]
    [InlineData("khóa XII", "KHOÁ xii", true)]
    [InlineData("Đảng", "dang", true)]
    [InlineData("chi bộ", "chi uy", false)]
    [InlineData(null, null, true)]
    [InlineData(null, "", false)]
    public void EqualsFolded_IgnoresCaseDiacriticsAndPlacement(string? left, string? right, bool expected)
    {
        Assert.Equal(expected, VietnameseText.EqualsFolded(left, right));
    }

    [Theory]
    [InlineData("khóa", "khoá", true)]
    [InlineData("khóa", "Khóa", false)]
    [InlineData("khóa", "khoa", false)]
    [InlineData("", null, false)]
    public void EqualsNormalized_IgnoresOnlyTonePlacement(string? left, string? right, bool expected)
    {
        Assert.Equal(expected, VietnameseText.EqualsNormalized(left, right));
    }

    [Property]
    public Property Normalize_IsIdempotent() =>
        Prop.ForAll(TextGenerators.VietnameseishText(), text =>
        {
            var once = VietnameseText.Normalize(text);
            return VietnameseText.Normalize(once) == once
                && VietnameseText.Normalize(VietnameseText.Normalize(text, TonePlacement.New), TonePlacement.New)
                    == VietnameseText.Normalize(text, TonePlacement.New);
        });

    [Property]
    public Property Normalize_EitherPlacementThenOld_GivesTheSameText() =>
        Prop.ForAll(TextGenerators.VietnameseishText(), text =>
            VietnameseText.Normalize(VietnameseText.Normalize(text, TonePlacement.New)) == VietnameseText.Normalize(text));

    [Property]
    public Property Normalize_TonePlacementVariants_AreEqual() =>
        Prop.ForAll(TextGenerators.TonePlacementVariants(), pair =>
            VietnameseText.Normalize(pair.Old) == pair.Old
            && VietnameseText.Normalize(pair.New) == pair.Old
            && VietnameseText.Normalize(pair.Old, TonePlacement.New) == pair.New
            && VietnameseText.EqualsNormalized(pair.Old, pair.New));

    [Property]
    public Property Fold_AgreesWithNormalize_AndIsIdempotent() =>
        Prop.ForAll(TextGenerators.VietnameseishText(), text =>
        {
            var folded = VietnameseText.Fold(text);
            return VietnameseText.Fold(VietnameseText.Normalize(text)) == folded
                && VietnameseText.Fold(folded) == folded
                && folded.All(c => c < '\u0300' || c > '\u036F');
        });

    [Property]
    public Property Fold_OfVietnameseWords_IsAsciiLetters() =>
        Prop.ForAll(TextGenerators.VietnameseWords(), word => VietnameseText.Fold(word).All(char.IsAsciiLetterLower));

    [Fact]
    public void Comparers_TreatVariantsAsEqual()
    {
        Assert.Equal(
            VietnameseStringComparer.Normalized.GetHashCode("khoá"),
            VietnameseStringComparer.Normalized.GetHashCode("khóa"));
        Assert.True(VietnameseStringComparer.Normalized.Equals("khoá", "khóa"));
        Assert.False(VietnameseStringComparer.Normalized.Equals("khoá", "khoa"));
        Assert.True(VietnameseStringComparer.Folded.Equals("Khoá", "khoa"));
        Assert.True(VietnameseStringComparer.Folded.Compare(null, "a") < 0);
        Assert.True(VietnameseStringComparer.Folded.Compare("a", null) > 0);
        Assert.Throws<ArgumentNullException>(() => VietnameseStringComparer.Folded.GetHashCode(null!));
        var set = new HashSet<string>(["Ủy ban", "Uỷ ban", "uy ban"], VietnameseStringComparer.Folded);
        Assert.Single(set);
    }
}

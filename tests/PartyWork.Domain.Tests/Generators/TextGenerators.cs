using FsCheck;
using FsCheck.Fluent;

namespace PartyWork.Domain.Tests.Generators;

/// <summary>FsCheck generators for Vietnamese text and numbers, shared by every test that needs them.</summary>
public static class TextGenerators
{
    private const string VietnameseLetters =
        "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ" +
        "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴĐ" +
        "bcdghklmnpqrstvxBCDGHKLMNPQRSTVX";

    private const string Marks = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B\u0340";

    private const string Other = " .,;:/%()-–\n0123456789";

    private static readonly string[] Initials = ["", "h", "kh", "th", "ng", "t", "l", "x", "s", "ch", "đ"];

    private static readonly string[] Pairs = ["oa", "oe", "uy"];

    /// <summary>Strings mixing Vietnamese letters, stray combining marks, digits and punctuation.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<string> VietnameseishText()
    {
        var alphabet = (VietnameseLetters + Marks + Other).ToCharArray();
        var gen = Gen.Elements(alphabet).ArrayOf().Select(chars => new string(chars));
        return Arb.From(gen);
    }

    /// <summary>Words made only of Vietnamese letters (composed or with decomposed marks after a letter).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<string> VietnameseWords()
    {
        var letter = Gen.Elements(VietnameseLetters.ToCharArray()).Select(c => c.ToString());
        var marked = from c in Gen.Elements(VietnameseLetters.ToCharArray())
                     from m in Gen.Elements(Marks.ToCharArray())
                     select string.Concat(c, m);
        var gen = Gen.Frequency((4, letter), (1, marked)).NonEmptyListOf().Select(parts => string.Concat(parts));
        return Arb.From(gen);
    }

    /// <summary>
    /// Pairs of the same open syllable with nucleus <c>oa</c>, <c>oe</c> or <c>uy</c> written with the tone on the
    /// first vowel (old placement) and on the second (new placement), for example ("khóa", "khoá").
    /// </summary>
    /// <returns>The arbitrary of (old, new) spellings.</returns>
    public static Arbitrary<(string Old, string New)> TonePlacementVariants()
    {
        var gen =
            from initial in Gen.Elements(Initials)
            from pair in Gen.Elements(Pairs)
            from tone in Gen.Choose(1, 5)
            from upper in Gen.Elements(false, true)
            select Variant(initial, pair, tone, upper);
        return Arb.From(gen);
    }

    private static (string Old, string New) Variant(string initial, string pair, int tone, bool upper)
    {
        // Compose through the table: base vowel row × tone column.
        const string Table = "aàáảãạeèéẻẽẹoòóỏõọuùúủũụyỳýỷỹỵ";
        char Toned(char vowel) => Table[("aeouy".IndexOf(vowel, StringComparison.Ordinal) * 6) + tone];
        var oldForm = initial + Toned(pair[0]) + pair[1];
        var newForm = initial + pair[0] + Toned(pair[1]);
        return upper ? (oldForm.ToUpperInvariant(), newForm.ToUpperInvariant()) : (oldForm, newForm);
    }
}

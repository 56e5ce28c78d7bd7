using System.Collections.Frozen;

namespace PartyWork.Domain.Text;

/// <summary>
/// The library's own table of the 144 precomposed Vietnamese vowels (12 lower-case and 12 upper-case base vowels
/// times six tones), so that composition, decomposition and folding never depend on ICU or on
/// <see cref="string.Normalize()"/>, which does nothing to Vietnamese under invariant globalization.
/// </summary>
internal static class VietnameseLetters
{
    /// <summary>Row r, column t: base vowel r (a ă â e ê i o ô ơ u ư y, then upper case) with tone t
    /// (none, grave/huyền, acute/sắc, hook/hỏi, tilde/ngã, dot/nặng).</summary>
    private const string Table =
        "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ" +
        "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴ";

    /// <summary>The number of tones, including "no tone".</summary>
    internal const int ToneCount = 6;

    private const int RowsPerCase = 12;

    /// <summary>The folded (plain ASCII, lower-case) letter of each lower-case row.</summary>
    private const string FoldedRows = "aaaeeiooouuy";

    private static readonly FrozenDictionary<char, int> Cells = BuildCells();

    private static FrozenDictionary<char, int> BuildCells()
    {
        var cells = new Dictionary<char, int>(Table.Length);
        for (var i = 0; i < Table.Length; i++)
        {
            cells[Table[i]] = i;
        }

        return cells.ToFrozenDictionary();
    }

    /// <summary>Finds the base vowel row and the tone of a precomposed vowel.</summary>
    internal static bool TryDecompose(char c, out int row, out int tone)
    {
        if (Cells.TryGetValue(c, out var cell))
        {
            row = cell / ToneCount;
            tone = cell % ToneCount;
            return true;
        }

        row = -1;
        tone = 0;
        return false;
    }

    /// <summary>The precomposed character for a base vowel row and a tone.</summary>
    internal static char Compose(int row, int tone) => Table[(row * ToneCount) + tone];

    /// <summary>The lower-case base vowel of a row, without tone (a, ă, â, e, ê, i, o, ô, ơ, u, ư, y).</summary>
    internal static char LowerBase(int row) => Table[(row % RowsPerCase) * ToneCount];

    /// <summary>The plain lower-case ASCII letter of a row (ă → a, ơ → o).</summary>
    internal static char Folded(int row) => FoldedRows[row % RowsPerCase];

    /// <summary>Whether a row's vowel carries a letter diacritic (ă, â, ê, ô, ơ, ư).</summary>
    internal static bool HasLetterDiacritic(int row) => (row % RowsPerCase) is 1 or 2 or 4 or 7 or 8 or 10;

    /// <summary>The tone a combining mark adds, or -1 when the mark is not a tone mark.</summary>
    internal static int ToneOfCombiningMark(char c) => c switch
    {
        '\u0300' or '\u0340' => 1,
        '\u0301' or '\u0341' => 2,
        '\u0309' => 3,
        '\u0303' => 4,
        '\u0323' => 5,
        _ => -1,
    };

    /// <summary>
    /// The row a letter-diacritic combining mark (breve U+0306, circumflex U+0302, horn U+031B) turns a row into,
    /// or -1 when the mark does not apply to that vowel.
    /// </summary>
    internal static int ApplyLetterMark(int row, char mark)
    {
        var upper = row >= RowsPerCase ? RowsPerCase : 0;
        var target = (LowerBase(row), mark) switch
        {
            ('a', '\u0306') => 1,
            ('a', '\u0302') => 2,
            ('e', '\u0302') => 4,
            ('o', '\u0302') => 7,
            ('o', '\u031B') => 8,
            ('u', '\u031B') => 10,
            _ => -1,
        };
        return target < 0 ? -1 : target + upper;
    }

    /// <summary>Whether a character is a combining mark of the Combining Diacritical Marks block.</summary>
    internal static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';
}

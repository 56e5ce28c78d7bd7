using PartyWork.Domain.Text;

namespace PartyWork.Domain.Ratios;

/// <content>The character-level helpers of the scanner: number tokens, words, keywords folded for matching.</content>
public static partial class ReportScanner
{
    private const int MaxKeywordLength = 16;

    // Words that make a number a date, a term, a document number or an ordinal rather than a count (folded).
    private static readonly string[] DateOrCodeWords =
    [
        "ngay", "thang", "nam", "quy", "so", "khoa", "ky", "doan", "lan", "thu", "dinh", "luan", "thi",
        "tu", "dieu", "khoan", "muc", "trang", "luc", "hoi", "gio", "van", "hieu", "phut", "tuan", "dot", "hop",
        "sang", "chieu", "toi", "trua", "dem", "hom",
    ];

    // Qualifiers that make a figure approximate (folded): gần, trên, hơn, dưới, khoảng, chừng, ước, xấp xỉ, ít/nhiều nhất.
    private static readonly string[] QualifierWords = ["gan", "tren", "hon", "duoi", "khoang", "chung", "uoc", "xi", "nhat"];

    // Words that may stand between "(" and a share percentage: đạt, chiếm, bằng, là, tỷ lệ / tỉ lệ, plus qualifiers.
    private static readonly string[] ShareWords =
    [
        "dat", "chiem", "bang", "la", "ty", "ti", "le", "khoang", "gan", "tren", "hon", "duoi", "xap", "xi", "uoc",
        "chung", "it", "nhat",
    ];

    // Verbs that introduce a share: đạt, chiếm, bằng, là.
    private static readonly string[] ShareVerbs = ["dat", "chiem", "bang", "la"];

    // Words after a number that make it a rate of change, not a share ("14% so với năm 2016").
    private static readonly string[] ChangeAfterWords = ["so"];

    private static bool IsWordChar(char c) => char.IsLetter(c) || c is >= '\u0300' and <= '\u036F';

    private static bool IsHorizontalSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F' or '\u2009';

    private static bool IsWhite(char c) => IsHorizontalSpace(c) || c is '\r' or '\n';

    private static bool IsDigit(ReadOnlySpan<char> s, int i) => (uint)i < (uint)s.Length && char.IsAsciiDigit(s[i]);

    private static bool IsDash(char c) => c is '-' or '–' or '—' or '\u2212';

    /// <summary>The end of the number token starting at <paramref name="start"/>: digits, with '.' or ',' between digits.</summary>
    private static int NumberEnd(ReadOnlySpan<char> s, int start)
    {
        var i = start;
        while (i < s.Length)
        {
            if (char.IsAsciiDigit(s[i]))
            {
                i++;
            }
            else if (s[i] is '.' or ',' && IsDigit(s, i + 1))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>The start of the number token ending just before <paramref name="end"/>.</summary>
    private static int NumberStart(ReadOnlySpan<char> s, int end)
    {
        var i = end;
        while (i > 0)
        {
            if (char.IsAsciiDigit(s[i - 1]))
            {
                i--;
            }
            else if (s[i - 1] is '.' or ',' && i - 2 >= 0 && char.IsAsciiDigit(s[i - 2]) && i < end)
            {
                i--;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>Reads a written whole number: the one reading (Vietnamese or English notation) that is a whole number.</summary>
    private static bool TryReadCount(ReadOnlySpan<char> token, out long count)
    {
        count = 0;
        if (!VietnameseNumber.TryRead(token, out var number))
        {
            return false;
        }

        var viIsWhole = number.Value >= 0m && number.Value.Scale == 0;
        var altIsWhole = number.Alternative is { } alt && alt >= 0m && alt.Scale == 0;
        if (viIsWhole == altIsWhole)
        {
            return false;
        }

        var value = viIsWhole ? number.Value : number.Alternative!.Value;
        if (value > long.MaxValue)
        {
            return false;
        }

        count = (long)value;
        return true;
    }

    /// <summary>The index of the first non-white character at or after <paramref name="i"/> (at most one line break crossed).</summary>
    private static int SkipWhite(ReadOnlySpan<char> s, int i)
    {
        var breaks = 0;
        while (i < s.Length && IsWhite(s[i]))
        {
            if (s[i] == '\n' && ++breaks > 1)
            {
                return i;
            }

            i++;
        }

        return i;
    }

    /// <summary>The index just after the last non-horizontal-space character before <paramref name="i"/>.</summary>
    private static int SkipSpacesBack(ReadOnlySpan<char> s, int i)
    {
        while (i > 0 && IsHorizontalSpace(s[i - 1]))
        {
            i--;
        }

        return i;
    }

    /// <summary>The end of the word starting at <paramref name="i"/>; a '/' between letters stays inside ("đ/c").</summary>
    private static int WordEnd(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length)
        {
            if (IsWordChar(s[i]))
            {
                i++;
            }
            else if (s[i] == '/' && i + 1 < s.Length && IsWordChar(s[i + 1]) && i > 0 && IsWordChar(s[i - 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>The start of the word (letters only) ending just before <paramref name="end"/>.</summary>
    private static int WordStart(ReadOnlySpan<char> s, int end)
    {
        var i = end;
        while (i > 0 && IsWordChar(s[i - 1]))
        {
            i--;
        }

        return i;
    }

    /// <summary>Folds <paramref name="word"/> and compares it with the folded ASCII <paramref name="folded"/>.</summary>
    private static bool FoldsTo(ReadOnlySpan<char> word, string folded)
    {
        if (word.Length < folded.Length || word.Length > MaxKeywordLength)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[MaxKeywordLength];
        var n = VietnameseText.Fold(word, buffer);
        return buffer[..n].SequenceEqual(folded);
    }

    /// <summary>Whether <paramref name="word"/> folds to one of <paramref name="folded"/>.</summary>
    private static bool FoldsToAny(ReadOnlySpan<char> word, string[] folded)
    {
        if (word.IsEmpty || word.Length > MaxKeywordLength)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[MaxKeywordLength];
        var n = VietnameseText.Fold(word, buffer);
        var f = buffer[..n];
        foreach (var candidate in folded)
        {
            if (f.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word just before <paramref name="end"/>, across horizontal spaces only; empty when something else intervenes.</summary>
    private static ReadOnlySpan<char> PreviousWord(ReadOnlySpan<char> s, int end, out int wordStart)
    {
        var e = SkipSpacesBack(s, end);
        wordStart = WordStart(s, e);
        return s[wordStart..e];
    }

    /// <summary>The word starting at the first non-white character at or after <paramref name="i"/>.</summary>
    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> s, int i, out int wordEnd)
    {
        var start = i;
        while (start < s.Length && IsHorizontalSpace(s[start]))
        {
            start++;
        }

        wordEnd = start < s.Length && IsWordChar(s[start]) ? WordEnd(s, start) : start;
        return s[start..wordEnd];
    }

    /// <summary>Whether the number starting at <paramref name="start"/> follows a word that makes it a date or a code.</summary>
    private static bool FollowsDateOrCodeWord(ReadOnlySpan<char> s, int start)
    {
        var word = PreviousWord(s, start, out var wordStart);
        if (FoldsToAny(word, DateOrCodeWords))
        {
            return true;
        }

        // "Nghị quyết 39/2019", but not "giải quyết 176 đơn".
        return FoldsTo(word, "quyet") && FoldsTo(PreviousWord(s, wordStart, out _), "nghi");
    }

    /// <summary>Whether a qualifier (a word or a sign such as '~', '&gt;') stands just before <paramref name="start"/>.</summary>
    private static bool FollowsQualifier(ReadOnlySpan<char> s, int start)
    {
        var e = SkipSpacesBack(s, start);
        if (e > 0 && s[e - 1] is '~' or '≈' or '>' or '<' or '≥' or '≤' or '±')
        {
            return true;
        }

        // The word just before, and the one before it when that is a share word ("đạt gần 59%", "gần đạt 59%").
        var word = PreviousWord(s, start, out var ws);
        if (FoldsToAny(word, QualifierWords))
        {
            return true;
        }

        return FoldsToAny(word, ShareVerbs) && FoldsToAny(PreviousWord(s, ws, out _), QualifierWords);
    }

    /// <summary>
    /// Whether the number token [<paramref name="start"/>, <paramref name="end"/>) stands alone as a count: not glued to
    /// letters, not part of a date, range, code or fraction, not a percentage and not after a date word.
    /// </summary>
    private static bool IsCountToken(ReadOnlySpan<char> s, int start, int end, out long count)
    {
        count = 0;
        if (start > 0)
        {
            var prev = s[start - 1];
            if (IsWordChar(prev) || char.IsAsciiDigit(prev) || prev is '/' or '.' or ',' or '+' or '\\' || IsDash(prev))
            {
                return false;
            }
        }

        if (end < s.Length)
        {
            var next = s[end];
            if (IsWordChar(next) || next is '/' or '\\' || (IsDash(next) && IsDigit(s, end + 1)))
            {
                return false;
            }
        }

        var k = SkipWhite(s, end);
        if (k < s.Length && s[k] == '%')
        {
            return false;
        }

        return !FollowsDateOrCodeWord(s, start) && TryReadCount(s[start..end], out count);
    }
}

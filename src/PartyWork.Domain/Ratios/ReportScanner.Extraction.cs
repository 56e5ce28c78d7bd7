using PartyWork.Domain.Text;

namespace PartyWork.Domain.Ratios;

/// <content>Finding claims: one pass over the text, words and number tokens read in place, no regular expressions.</content>
public static partial class ReportScanner
{
    private const int MaxUnitWordsAfterWhole = 6;
    private const int MaxUnitWordsBeforeSlash = 4;
    private const int MaxPercentPrefixWords = 4;
    private const int MaxParenthesisLength = 300;
    private const int MaxLookBack = 600;
    private const int MaxEnumerationLength = 2000;

    /// <summary>Finds every claim in <paramref name="s"/>, ordered by offset (a longer claim first at the same offset).</summary>
    internal static List<ScannedClaim> Extract(ReadOnlySpan<char> s)
    {
        var claims = new List<ScannedClaim>();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                i = OnNumber(s, i, claims);
            }
            else if (c == '/')
            {
                TrySplitFraction(s, i, claims);
                i++;
            }
            else if (IsWordChar(c))
            {
                var end = WordEnd(s, i);
                if (end - i == 5 && c is 't' or 'T')
                {
                    TryEnumeration(s, i, end, claims);
                }

                i = end;
            }
            else
            {
                i++;
            }
        }

        claims.Sort(static (x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.Length.CompareTo(x.Length));
        return claims;
    }

    /// <summary>Whether a number may start at <paramref name="start"/>: not glued to a letter, a digit, a slash or a dash.</summary>
    private static bool IsStandaloneStart(ReadOnlySpan<char> s, int start)
    {
        if (start == 0)
        {
            return true;
        }

        var prev = s[start - 1];
        return !(IsWordChar(prev) || char.IsAsciiDigit(prev) || prev is '/' or '.' or ',' or '+' or '\\' || IsDash(prev));
    }

    /// <summary>Whether the number ending at <paramref name="end"/> continues as a date, a range, a code or a glued unit.</summary>
    private static bool ContinuesAsDateOrCode(ReadOnlySpan<char> s, int end)
    {
        if (end >= s.Length)
        {
            return false;
        }

        var next = s[end];
        return IsWordChar(next) || next is '/' or '\\' || (IsDash(next) && IsDigit(s, end + 1));
    }

    /// <summary>Handles the number token starting at <paramref name="start"/>: a direct fraction "a/b" or nothing.</summary>
    /// <returns>Where scanning goes on.</returns>
    private static int OnNumber(ReadOnlySpan<char> s, int start, List<ScannedClaim> claims)
    {
        var end = NumberEnd(s, start);
        if (!IsStandaloneStart(s, start))
        {
            return end;
        }

        // "a/b" or "a / b".
        var k = end;
        if (k < s.Length && s[k] == ' ')
        {
            k++;
        }

        if (k >= s.Length || s[k] != '/')
        {
            return end;
        }

        k++;
        if (k < s.Length && s[k] == ' ')
        {
            k++;
        }

        if (!IsDigit(s, k))
        {
            return end;
        }

        var bStart = k;
        var bEnd = NumberEnd(s, bStart);

        // A third member ("4/8/2022", "90/2020/NĐ-CP"), a range ("1/2018-2020") or a glued unit: not a share.
        if (ContinuesAsDateOrCode(s, bEnd) || FollowsDateOrCodeWord(s, start))
        {
            return bEnd;
        }

        if (!TryReadCount(s[start..end], out var part) || !TryReadCount(s[bStart..bEnd], out var whole))
        {
            return bEnd;
        }

        if (LooksLikeDate(end - start, part, s[start], bEnd - bStart, whole, s[bStart]))
        {
            return bEnd;
        }

        AddFraction(s, start, bEnd, part, whole, claims);
        return bEnd;
    }

    /// <summary>Month/year ("7/2018") and zero-padded day/month ("30/09", "04/11").</summary>
    private static bool LooksLikeDate(int partDigits, long part, char partFirst, int wholeDigits, long whole, char wholeFirst) =>
        (wholeDigits == 4 && whole is >= 1900 and <= 2100 && part is >= 1 and <= 12 && partDigits <= 2) ||
        (partDigits <= 2 && wholeDigits == 2 && (partFirst == '0' || wholeFirst == '0') && part is >= 1 and <= 31 && whole is >= 1 and <= 12);

    /// <summary>Adds "a/b" with the share percentage that follows it, if any.</summary>
    private static void AddFraction(ReadOnlySpan<char> s, int start, int wholeEnd, long part, long whole, List<ScannedClaim> claims)
    {
        var approximate = FollowsQualifier(s, start);
        if (TrySharePercentAfter(s, wholeEnd, MaxUnitWordsAfterWhole, out var end, out var percent, out var alternative, out var percentApprox))
        {
            claims.Add(new ScannedClaim(
                ReportClaimKind.FractionWithPercent, start, end - start, part, whole, percent, alternative, null, approximate || percentApprox));
        }
        else
        {
            claims.Add(new ScannedClaim(ReportClaimKind.Fraction, start, wholeEnd - start, part, whole, null, null, null, approximate));
        }
    }

    /// <summary>
    /// "176 đơn (160 khiếu nại, 16 tố cáo)/221 đơn": a fraction whose numerator is separated from the slash by unit
    /// words (which must be the words after the denominator) and/or a parenthesis.
    /// </summary>
    private static void TrySplitFraction(ReadOnlySpan<char> s, int slash, List<ScannedClaim> claims)
    {
        if (slash == 0 || !(IsWordChar(s[slash - 1]) || s[slash - 1] == ')'))
        {
            return;
        }

        var bStart = slash + 1;
        if (bStart < s.Length && s[bStart] == ' ')
        {
            bStart++;
        }

        if (!IsDigit(s, bStart))
        {
            return;
        }

        var j = slash;
        if (s[j - 1] == ')')
        {
            var open = MatchingOpenParenthesis(s, j - 1);
            if (open < 0)
            {
                return;
            }

            j = SkipSpacesBack(s, open);
        }

        var unitEnd = j;
        var unitStart = j;
        var words = 0;
        while (words < MaxUnitWordsBeforeSlash && j > 0 && IsWordChar(s[j - 1]))
        {
            unitStart = WordStart(s, j);
            words++;
            j = SkipSpacesBack(s, unitStart);
        }

        if (j == 0 || !char.IsAsciiDigit(s[j - 1]))
        {
            return;
        }

        var aEnd = j;
        var aStart = NumberStart(s, aEnd);
        var bEnd = NumberEnd(s, bStart);
        if (!IsStandaloneStart(s, aStart) || FollowsDateOrCodeWord(s, aStart) || ContinuesAsDateOrCode(s, bEnd) ||
            !TryReadCount(s[aStart..aEnd], out var part) || !TryReadCount(s[bStart..bEnd], out var whole))
        {
            return;
        }

        if (words > 0 && !UnitsRepeat(s, unitStart, unitEnd, bEnd))
        {
            return;
        }

        AddFraction(s, aStart, bEnd, part, whole, claims);
    }

    /// <summary>The index of the '(' that the ')' at <paramref name="close"/> closes, on the same line; -1 if none.</summary>
    private static int MatchingOpenParenthesis(ReadOnlySpan<char> s, int close)
    {
        var depth = 1;
        var limit = Math.Max(0, close - MaxParenthesisLength);
        for (var p = close - 1; p >= limit; p--)
        {
            switch (s[p])
            {
                case ')':
                    depth++;
                    break;
                case '(':
                    if (--depth == 0)
                    {
                        return p;
                    }

                    break;
                case '\n':
                    return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether the words in [<paramref name="unitStart"/>, <paramref name="unitEnd"/>) are the first words after <paramref name="after"/>.</summary>
    private static bool UnitsRepeat(ReadOnlySpan<char> s, int unitStart, int unitEnd, int after)
    {
        var u = unitStart;
        var a = after;
        while (u < unitEnd)
        {
            var uEnd = WordEnd(s, u);
            var word = NextWord(s, a, out var aEnd);
            if (word.IsEmpty || !SameFolded(s[u..uEnd], word))
            {
                return false;
            }

            a = aEnd;
            u = uEnd;
            while (u < unitEnd && !IsWordChar(s[u]))
            {
                u++;
            }
        }

        return true;
    }

    private static bool SameFolded(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        if (left.Length > MaxKeywordLength || right.Length > MaxKeywordLength)
        {
            return false;
        }

        Span<char> l = stackalloc char[MaxKeywordLength];
        Span<char> r = stackalloc char[MaxKeywordLength];
        var ln = VietnameseText.Fold(left, l);
        var rn = VietnameseText.Fold(right, r);
        return l[..ln].SequenceEqual(r[..rn]);
    }

    /// <summary>
    /// Reads a share percentage after a count: up to <paramref name="maxUnitWords"/> unit words, then
    /// <c>"(đạt 27,98%)"</c>, <c>"(98,2%)"</c>, <c>", chiếm 30%"</c> or <c>"= 30%"</c>. Signs and words of change
    /// (<c>"(-6,7%)"</c>, <c>"(giảm 7,7%)"</c>, <c>"14% so với"</c>) make it no share.
    /// </summary>
    private static bool TrySharePercentAfter(
        ReadOnlySpan<char> s,
        int from,
        int maxUnitWords,
        out int end,
        out decimal percent,
        out decimal? alternative,
        out bool approximate)
    {
        end = from;
        percent = 0m;
        alternative = null;
        approximate = false;

        var k = from;
        for (var words = 0; words < maxUnitWords; words++)
        {
            var j = k;
            while (j < s.Length && IsHorizontalSpace(s[j]))
            {
                j++;
            }

            if (j >= s.Length || !IsWordChar(s[j]))
            {
                break;
            }

            k = WordEnd(s, j);
        }

        k = SkipWhite(s, k);
        if (k >= s.Length)
        {
            return false;
        }

        var parenthesis = s[k] == '(';
        var needsVerb = s[k] == ',';
        if (!parenthesis && s[k] is not (',' or '=' or ':'))
        {
            return false;
        }

        k = SkipWhite(s, k + 1);
        var verbs = 0;
        for (var words = 0; k < s.Length && IsWordChar(s[k]); words++)
        {
            var wordEnd = WordEnd(s, k);
            var word = s[k..wordEnd];
            if (words >= MaxPercentPrefixWords || !FoldsToAny(word, ShareWords))
            {
                return false;
            }

            if (FoldsToAny(word, ShareVerbs))
            {
                verbs++;
            }

            k = SkipWhite(s, wordEnd);
        }

        if (needsVerb && verbs == 0)
        {
            return false;
        }

        if (k < s.Length && s[k] is '~' or '≈' or '>' or '<' or '≥' or '≤')
        {
            approximate = true;
            k = SkipWhite(s, k + 1);
        }

        if (!IsDigit(s, k))
        {
            return false;
        }

        var numberEnd = NumberEnd(s, k);
        var sign = SkipWhite(s, numberEnd);
        if (sign >= s.Length || s[sign] != '%' || !VietnameseNumber.TryRead(s[k..numberEnd], out var number) || number.Value < 0m)
        {
            return false;
        }

        approximate |= FollowsQualifier(s, k);
        end = sign + 1;
        if (parenthesis)
        {
            var close = SkipWhite(s, end);
            if (close < s.Length && s[close] == ')')
            {
                end = close + 1;
            }
        }
        else if (FoldsToAny(NextWord(s, end, out var afterEnd), ChangeAfterWords) && FoldsTo(NextWord(s, afterEnd, out _), "voi"))
        {
            return false;
        }

        percent = number.Value;
        alternative = number.Alternative;
        return true;
    }
}

namespace PartyWork.Domain.Ratios;

/// <content>Enumerations: "W …, trong đó A: a (p%); B: b (q%) …".</content>
public static partial class ReportScanner
{
    /// <summary>Reads the enumeration introduced by the word "trong" at [<paramref name="start"/>, <paramref name="end"/>), if it is one.</summary>
    private static void TryEnumeration(ReadOnlySpan<char> s, int start, int end, List<ScannedClaim> claims)
    {
        if (!FoldsTo(s[start..end], "trong") || !FoldsTo(NextWord(s, end, out var doEnd), "do"))
        {
            return;
        }

        if (!TryFindWhole(s, SentenceStartBefore(s, start), start, out var wholeStart, out var whole))
        {
            return;
        }

        var wholeApprox = FollowsQualifier(s, wholeStart);
        var regionStart = SkipWhite(s, doEnd);
        if (regionStart < s.Length && s[regionStart] is ':' or ',')
        {
            regionStart++;
        }

        var regionEnd = SentenceEndAfter(s, regionStart);
        var separator = HasAtDepthZero(s, regionStart, regionEnd, ';') ? ';' : ',';

        var parts = new List<long>();
        var allReadable = true;
        var anyApprox = wholeApprox;
        var lastEnd = regionStart;
        var partStart = regionStart;
        while (partStart < regionEnd)
        {
            var partEnd = NextSeparator(s, partStart, regionEnd, separator);
            if (TryReadPart(s, partStart, partEnd, out var countStart, out var count))
            {
                parts.Add(count);
                var countApprox = FollowsQualifier(s, countStart);
                anyApprox |= countApprox;
                lastEnd = partEnd;
                var countEnd = NumberEnd(s, countStart);
                if (TrySharePercentAfter(s, countEnd, MaxUnitWordsAfterWhole, out var claimEnd, out var percent, out var alternative, out var percentApprox) &&
                    claimEnd <= partEnd)
                {
                    claims.Add(new ScannedClaim(
                        ReportClaimKind.PercentOfWhole,
                        countStart,
                        claimEnd - countStart,
                        count,
                        whole,
                        percent,
                        alternative,
                        null,
                        wholeApprox || countApprox || percentApprox));
                }
            }
            else if (!IsBlank(s, partStart, partEnd))
            {
                allReadable = false;
            }

            partStart = partEnd + 1;
        }

        if (allReadable && parts.Count >= 2)
        {
            while (lastEnd > wholeStart && IsWhite(s[lastEnd - 1]))
            {
                lastEnd--;
            }

            claims.Add(new ScannedClaim(
                ReportClaimKind.PartsOfWhole, wholeStart, lastEnd - wholeStart, 0, whole, null, null, [.. parts], anyApprox));
        }
    }

    /// <summary>
    /// The whole of an enumeration: the last count of the sentence before "trong đó". Dates and document numbers are
    /// skipped; a percentage, a fraction or any other figure after the count means there is no clear whole.
    /// </summary>
    private static bool TryFindWhole(ReadOnlySpan<char> s, int from, int to, out int wholeStart, out long whole)
    {
        wholeStart = -1;
        whole = 0;
        var k = from;
        while (k < to)
        {
            if (!char.IsAsciiDigit(s[k]))
            {
                k++;
                continue;
            }

            var e = NumberEnd(s, k);
            if (IsCountToken(s, k, e, out var count))
            {
                wholeStart = k;
                whole = count;
                k = e;
                continue;
            }

            var chainEnd = e;
            var members = 1;
            while (chainEnd < to && s[chainEnd] is '/' or '-' or '–' && IsDigit(s, chainEnd + 1))
            {
                chainEnd = NumberEnd(s, chainEnd + 1);
                members++;
            }

            var lastLength = chainEnd - NumberStart(s, chainEnd);
            var isDate = FollowsDateOrCodeWord(s, k) || members >= 3 ||
                         (members == 2 && lastLength == 4 && s[chainEnd - 4] is '1' or '2');
            if (!isDate)
            {
                wholeStart = -1;
            }

            k = chainEnd;
        }

        return wholeStart >= 0;
    }

    /// <summary>Reads one part: the single count outside parentheses (after the last colon, if any).</summary>
    private static bool TryReadPart(ReadOnlySpan<char> s, int start, int end, out int countStart, out long count)
    {
        countStart = -1;
        count = 0;
        var depth = 0;
        for (var k = start; k < end; k++)
        {
            if (s[k] == '(')
            {
                depth++;
            }
            else if (s[k] == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (s[k] == ':' && depth == 0)
            {
                start = k + 1;
            }
        }

        depth = 0;
        var found = 0;
        for (var k = start; k < end; k++)
        {
            var c = s[k];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (char.IsAsciiDigit(c))
            {
                var e = NumberEnd(s, k);
                if (depth == 0 && IsCountToken(s, k, e, out var value))
                {
                    found++;
                    countStart = k;
                    count = value;
                }

                k = e - 1;
            }
        }

        return found == 1;
    }

    private static bool IsBlank(ReadOnlySpan<char> s, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!IsWhite(s[k]) && s[k] is not ('.' or ',' or ';' or '…'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasAtDepthZero(ReadOnlySpan<char> s, int start, int end, char wanted)
    {
        var depth = 0;
        for (var k = start; k < end; k++)
        {
            if (s[k] == '(')
            {
                depth++;
            }
            else if (s[k] == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (s[k] == wanted && depth == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The next separator at depth 0 from <paramref name="start"/> (a ',' only when white space follows); <paramref name="end"/> if none.</summary>
    private static int NextSeparator(ReadOnlySpan<char> s, int start, int end, char separator)
    {
        var depth = 0;
        for (var k = start; k < end; k++)
        {
            var c = s[k];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c == separator && depth == 0 && (separator == ';' || k + 1 >= s.Length || IsWhite(s[k + 1])))
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>Whether a sentence ends at <paramref name="k"/>: '.', '!', '?' or '…' followed by white space or the end.</summary>
    private static bool EndsSentence(ReadOnlySpan<char> s, int k) =>
        s[k] is '.' or '!' or '?' or '…' && (k + 1 >= s.Length || IsWhite(s[k + 1]));

    /// <summary>Whether a blank line starts at the line break <paramref name="k"/>.</summary>
    private static bool IsBlankLine(ReadOnlySpan<char> s, int k)
    {
        if (s[k] != '\n')
        {
            return false;
        }

        var j = k + 1;
        while (j < s.Length && IsHorizontalSpace(s[j]) || (j < s.Length && s[j] == '\r'))
        {
            j++;
        }

        return j < s.Length && s[j] == '\n';
    }

    /// <summary>Where the sentence holding <paramref name="at"/> starts (after '.', '!', '?', '…', ';' or a blank line).</summary>
    private static int SentenceStartBefore(ReadOnlySpan<char> s, int at)
    {
        var limit = Math.Max(0, at - MaxLookBack);
        for (var k = at - 1; k >= limit; k--)
        {
            if (s[k] == ';' || EndsSentence(s, k) || IsBlankLine(s, k))
            {
                return k + 1;
            }
        }

        // Cut off: do not start inside a number.
        var start = limit;
        while (start < at && (char.IsAsciiDigit(s[start]) || s[start] is '.' or ','))
        {
            start++;
        }

        return start;
    }

    /// <summary>Where the sentence starting at <paramref name="from"/> ends (its final mark excluded).</summary>
    private static int SentenceEndAfter(ReadOnlySpan<char> s, int from)
    {
        var limit = Math.Min(s.Length, from + MaxEnumerationLength);
        for (var k = from; k < limit; k++)
        {
            if (EndsSentence(s, k) || IsBlankLine(s, k))
            {
                return k;
            }
        }

        return limit;
    }
}

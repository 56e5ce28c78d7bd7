using System.Text;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Text;

/// <summary>
/// Vietnamese text normalization and folding that behave the same with and without ICU.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Normalize(string, TonePlacement)"/> composes every Vietnamese vowel into its precomposed (NFC) form from
/// the library's own tables and puts each syllable's tone mark in one canonical place, so that
/// <c>"khoá"</c> and <c>"khóa"</c>, or a decomposed <c>"khoa\u0301"</c>, all become the same string.
/// <see cref="Fold(string)"/> goes further for searching: lower case, no Vietnamese diacritics, <c>đ</c> → <c>d</c>.
/// Precomposed letters of other languages (<c>ñ</c>, <c>ç</c>) are only lower-cased; combining marks are always dropped.
/// </para>
/// <para>
/// Neither calls <see cref="string.Normalize()"/> or uses culture data: under
/// <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c> those silently leave Vietnamese unchanged. Words that are not a
/// single Vietnamese syllable with one tone (foreign words, abbreviations, stray marks) are composed where possible
/// and otherwise left as they were: nothing is guessed.
/// </para>
/// <para>All members are pure functions and safe to call from any thread.</para>
/// </remarks>
public static class VietnameseText
{
    private const int StackLimit = 64;

    /// <summary>
    /// Returns <paramref name="text"/> in NFC with one canonical tone placement.
    /// </summary>
    /// <param name="text">Any text; characters that are not Vietnamese letters are copied unchanged.</param>
    /// <param name="placement">Where tones go in <c>oa</c>, <c>oe</c>, <c>uy</c> open syllables; <see cref="TonePlacement.Old"/> by default.</param>
    /// <returns>The normalized text; the same instance when nothing had to change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="placement"/> is not a defined value.</exception>
    /// <example><c>VietnameseText.Normalize("Nghị quyết khoá XII")</c> returns <c>"Nghị quyết khóa XII"</c>.</example>
    public static string Normalize(string text, TonePlacement placement = TonePlacement.Old)
    {
        Guard.Against.Null(text);
        Guard.Against.EnumOutOfRange(placement);
        if (IsAscii(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            if (!IsWordChar(span[i]))
            {
                builder.Append(span[i]);
                i++;
                continue;
            }

            var start = i;
            while (i < span.Length && IsWordChar(span[i]))
            {
                i++;
            }

            AppendNormalizedWord(builder, span[start..i], placement);
        }

        var result = builder.ToString();
        return string.Equals(result, text, StringComparison.Ordinal) ? text : result;
    }

    /// <summary>
    /// Folds <paramref name="text"/> for searching and matching: lower case, Vietnamese diacritics and every combining mark removed, <c>đ</c> → <c>d</c>.
    /// </summary>
    /// <param name="text">Any text, composed or decomposed.</param>
    /// <returns>The folded text (<c>"Khoá XII"</c> → <c>"khoa xii"</c>, <c>"Đảng ủy"</c> → <c>"dang uy"</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Fold(string text)
    {
        Guard.Against.Null(text);
        return Fold(text.AsSpan());
    }

    /// <summary>
    /// Folds <paramref name="text"/> for searching and matching: lower case, Vietnamese diacritics and every combining mark removed, <c>đ</c> → <c>d</c>.
    /// </summary>
    /// <param name="text">Any text, composed or decomposed.</param>
    /// <returns>The folded text. Combining marks are dropped, so the result may be shorter than the input.</returns>
    public static string Fold(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var written = Fold(text, buffer);
        return new string(buffer[..written]);
    }

    /// <summary>
    /// Folds <paramref name="source"/> into <paramref name="destination"/> without allocating.
    /// </summary>
    /// <param name="source">The text to fold.</param>
    /// <param name="destination">Where the folded text goes; at least as long as <paramref name="source"/>.</param>
    /// <returns>The number of characters written.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="source"/>.</exception>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length)
        {
            throw new ArgumentException(
                $"The destination holds {destination.Length} characters; folding needs up to {source.Length}.",
                nameof(destination));
        }

        var n = 0;
        foreach (var c in source)
        {
            if (c < '\u0080')
            {
                destination[n++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }
            else if (VietnameseLetters.IsCombiningMark(c))
            {
                // Diacritics of decomposed text are dropped.
            }
            else if (VietnameseLetters.TryDecompose(c, out var row, out _))
            {
                destination[n++] = VietnameseLetters.Folded(row);
            }
            else if (c is 'đ' or 'Đ' or 'ð' or 'Ð')
            {
                destination[n++] = 'd';
            }
            else
            {
                destination[n++] = char.ToLowerInvariant(c);
            }
        }

        return n;
    }

    /// <summary>Whether two texts are equal once folded (case, diacritics and tone placement ignored).</summary>
    /// <param name="left">The first text, or <see langword="null"/>.</param>
    /// <param name="right">The second text, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or both fold to the same text.</returns>
    public static bool EqualsFolded(string? left, string? right) =>
        left is null || right is null
            ? left is null && right is null
            : string.Equals(Fold(left), Fold(right), StringComparison.Ordinal);

    /// <summary>Whether two texts are equal once normalized (tone placement ignored; case and diacritics kept).</summary>
    /// <param name="left">The first text, or <see langword="null"/>.</param>
    /// <param name="right">The second text, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or both normalize to the same text.</returns>
    public static bool EqualsNormalized(string? left, string? right) =>
        left is null || right is null
            ? left is null && right is null
            : string.Equals(Normalize(left), Normalize(right), StringComparison.Ordinal);

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0080')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || VietnameseLetters.IsCombiningMark(c);

    private static void AppendNormalizedWord(StringBuilder builder, ReadOnlySpan<char> word, TonePlacement placement)
    {
        // Decode into letters: a base vowel row (or -1 for any other letter), its tone, and the original char.
        Span<int> rows = word.Length <= StackLimit ? stackalloc int[word.Length] : new int[word.Length];
        Span<int> tones = word.Length <= StackLimit ? stackalloc int[word.Length] : new int[word.Length];
        Span<char> chars = word.Length <= StackLimit ? stackalloc char[word.Length] : new char[word.Length];
        var n = 0;
        var toneCount = 0;
        var tonePosition = -1;
        foreach (var c in word)
        {
            if (VietnameseLetters.IsCombiningMark(c))
            {
                var tone = VietnameseLetters.ToneOfCombiningMark(c);
                var previous = n - 1;
                if (previous >= 0 && rows[previous] >= 0 && tone > 0 && tones[previous] == 0)
                {
                    tones[previous] = tone;
                    toneCount++;
                    tonePosition = previous;
                    continue;
                }

                var modified = previous >= 0 && rows[previous] >= 0 && tone < 0
                    ? VietnameseLetters.ApplyLetterMark(rows[previous], c)
                    : -1;
                if (modified >= 0)
                {
                    rows[previous] = modified;
                    continue;
                }

                // A mark that attaches to nothing we know: leave the word exactly as it was.
                builder.Append(word);
                return;
            }

            if (VietnameseLetters.TryDecompose(c, out var row, out var t))
            {
                rows[n] = row;
                tones[n] = t;
                if (t > 0)
                {
                    toneCount++;
                    tonePosition = n;
                }
            }
            else
            {
                rows[n] = -1;
                tones[n] = 0;
            }

            chars[n] = c;
            n++;
        }

        if (toneCount == 1)
        {
            var target = CanonicalTonePosition(rows[..n], chars[..n], placement);
            if (target >= 0 && target != tonePosition)
            {
                tones[target] = tones[tonePosition];
                tones[tonePosition] = 0;
            }
        }

        for (var i = 0; i < n; i++)
        {
            builder.Append(rows[i] >= 0 ? VietnameseLetters.Compose(rows[i], tones[i]) : chars[i]);
        }
    }

    /// <summary>
    /// The index of the vowel that carries the tone in a single Vietnamese syllable, or -1 when the word is not
    /// one syllable we can read (then the tone is left where it is).
    /// </summary>
    private static int CanonicalTonePosition(ReadOnlySpan<int> rows, ReadOnlySpan<char> chars, TonePlacement placement)
    {
        var n = rows.Length;
        var start = 0;
        while (start < n && rows[start] < 0)
        {
            start++;
        }

        if (start == n)
        {
            return -1;
        }

        // "qu" and "gi" before another vowel: the u and the i belong to the initial consonant.
        if (start == 1 && start + 1 < n && rows[start + 1] >= 0)
        {
            var initial = char.ToLowerInvariant(chars[0]);
            var vowel = VietnameseLetters.LowerBase(rows[1]);
            if ((initial == 'q' && vowel == 'u') || (initial == 'g' && vowel == 'i'))
            {
                start = 2;
            }
        }

        var end = start;
        while (end < n && rows[end] >= 0)
        {
            end++;
        }

        for (var i = end; i < n; i++)
        {
            if (rows[i] >= 0)
            {
                return -1; // Two vowel groups: not one syllable.
            }
        }

        var length = end - start;
        var hasFinalConsonant = end < n;
        var lastDiacritic = -1;
        for (var i = start; i < end; i++)
        {
            if (VietnameseLetters.HasLetterDiacritic(rows[i]))
            {
                lastDiacritic = i;
            }
        }

        if (lastDiacritic >= 0)
        {
            return lastDiacritic;
        }

        return length switch
        {
            1 => start,
            _ when hasFinalConsonant => end - 1,
            3 => start + 1,
            2 when IsStyleDependentPair(rows[start], rows[start + 1]) =>
                placement == TonePlacement.Old ? start : start + 1,
            2 => start,
            _ => -1,
        };
    }

    private static bool IsStyleDependentPair(int first, int second)
    {
        var a = VietnameseLetters.LowerBase(first);
        var b = VietnameseLetters.LowerBase(second);
        return (a, b) is ('o', 'a') or ('o', 'e') or ('u', 'y');
    }
}

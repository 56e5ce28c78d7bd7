using PartyWork.Domain.Text;

namespace PartyWork.Domain.Ratings;

/// <summary>Shared helpers for matching what forms and reports write against fixed labels.</summary>
internal static class RatingText
{
    /// <summary>Longest input the parsers look at; anything longer is not a label.</summary>
    internal const int MaxLabelLength = 128;

    /// <summary>
    /// Folds <paramref name="text"/> (lower case, no diacritics, đ → d) and reduces every run of characters that are not
    /// letters or digits to one space, without leading or trailing spaces.
    /// </summary>
    /// <returns>The number of characters written to <paramref name="destination"/>, or -1 when the text is too long.</returns>
    internal static int Canonicalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        if (text.Length > destination.Length)
        {
            return -1;
        }

        Span<char> folded = stackalloc char[MaxLabelLength];
        var length = VietnameseText.Fold(text, folded);
        var written = 0;
        var pendingSpace = false;
        for (var i = 0; i < length; i++)
        {
            var c = folded[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingSpace && written > 0)
                {
                    destination[written++] = ' ';
                }

                pendingSpace = false;
                destination[written++] = c;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return written;
    }

    /// <summary>Removes one of the given prefixes (each ending in a space) from the start of a canonical label.</summary>
    internal static ReadOnlySpan<char> StripPrefixes(ReadOnlySpan<char> text, ReadOnlySpan<string> prefixes)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var prefix in prefixes)
            {
                if (text.StartsWith(prefix, StringComparison.Ordinal))
                {
                    text = text[prefix.Length..];
                    changed = true;
                }
            }
        }

        return text;
    }
}

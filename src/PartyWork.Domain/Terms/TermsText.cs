using System.Globalization;
using System.Text;

namespace PartyWork.Domain.Terms;

/// <summary>
/// Text helpers shared by the parsers of this namespace: folding for keyword matching and small formatting helpers.
/// </summary>
/// <remarks>
/// Folding here is the same idea as the library's text folding (lower case, no diacritics, đ → d) plus what phrase
/// parsing needs: every run of white space becomes one space, every dash (en dash, em dash, minus) becomes '-', and
/// the result is trimmed. It uses its own tables, so it behaves the same with and without ICU.
/// </remarks>
internal static class TermsText
{
    private const string Accented =
        "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđð" +
        "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐÐ";

    private const string Plain =
        "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydd" +
        "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydd";

    /// <summary>Folds one character; returns '\0' for a combining mark that folding drops.</summary>
    public static char FoldChar(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;
        }

        if (c is >= '\u0300' and <= '\u036F')
        {
            return '\0';
        }

        if (c is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212')
        {
            return '-';
        }

        if (c == '\u00A0')
        {
            return ' ';
        }

        var index = Accented.IndexOf(c, StringComparison.Ordinal);
        return index >= 0 ? Plain[index] : char.ToLowerInvariant(c);
    }

    /// <summary>Folds text for matching: lower case, no diacritics, đ → d, dashes → '-', white space collapsed and trimmed.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            var folded = FoldChar(c);
            if (folded == '\0')
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(folded);
        }

        return builder.ToString();
    }

    /// <summary>Parses a run of ASCII digits already matched by a pattern (at most 9 digits).</summary>
    public static int Digits(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Formats an integer with invariant digits.</summary>
    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Copies <paramref name="text"/> into <paramref name="destination"/> if it fits (the ISpanFormattable contract).</summary>
    public static bool TryCopy(string text, Span<char> destination, out int charsWritten)
    {
        if (text.AsSpan().TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>Returns the format letter of a standard format string: null or empty means <paramref name="fallback"/>.</summary>
    public static char FormatLetter(string? format, char fallback) =>
        string.IsNullOrEmpty(format) ? fallback : format.Length == 1 ? format[0] : '\0';

    /// <summary>Writes an English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st.</summary>
    public static string EnglishOrdinal(int value)
    {
        var suffix = (value % 100) is 11 or 12 or 13 ? "th" : (value % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return Invariant(value) + suffix;
    }

    /// <summary>Builds the FormatException every parser of this namespace throws.</summary>
    public static FormatException Error(string what, string text, string reason) =>
        new($"'{text}' is not a valid {what}: {reason}.");
}

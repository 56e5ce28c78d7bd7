using System.Globalization;
using System.Text;
using PartyWork.Domain.Text;

namespace PartyWork.Domain.Terms;

/// <summary>
/// Text helpers shared by the parsers of this namespace: folding for keyword matching and small formatting helpers.
/// </summary>
/// <remarks>
/// Folding is <see cref="VietnameseText.Fold(ReadOnlySpan{char})"/> (lower case, no diacritics, đ → d) plus what phrase
/// parsing needs: every run of white space becomes one space, every dash (en dash, em dash, minus) becomes '-', and
/// the result is trimmed.
/// </remarks>
internal static class TermsText
{
    /// <summary>Folds text for matching: lower case, no diacritics, đ → d, dashes → '-', white space collapsed and trimmed.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        var folded = VietnameseText.Fold(text);
        var builder = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' ? '-' : c);
        }

        return builder.ToString();
    }

    /// <summary>Parses a run of ASCII digits already matched by a pattern (at most 9 digits).</summary>
    public static int Digits(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes any date as <c>dd/MM/uuuu</c> for messages, whatever the current culture (its date separator is never used)
    /// and whatever the year; use <see cref="VietnameseDate.Format(NodaTime.LocalDate)"/> for output users read back.
    /// </summary>
    public static string Date(NodaTime.LocalDate date) => date.ToString("dd'/'MM'/'uuuu", CultureInfo.InvariantCulture);

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

using System.Text.RegularExpressions;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Terms;

/// <summary>
/// Ordinal phrases that number congresses and plenums: <c>"lần thứ III"</c>, <c>"lần thứ nhất"</c>, <c>"lần thứ 13"</c>.
/// </summary>
/// <remarks>
/// Parsing folds the text first, so <c>"Lần thứ III"</c>, <c>"lan thu iii"</c> and <c>"lần thứ ba"</c> all read as 3. The
/// leading <c>"lần"</c> may be left out (<c>"thứ tư"</c>). Words are read and written for 1 to 10 (<c>nhất, hai, ba, tư,
/// năm, sáu, bảy/bẩy, tám, chín, mười</c>); larger numbers are written in digits or Roman numerals, as reports do.
/// All members are pure and thread-safe.
/// </remarks>
public static partial class OrdinalPhrase
{
    private static readonly string[] Words = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"];
    private static readonly string[] FoldedWords = ["nhat", "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi"];

    /// <summary>Writes the ordinal phrase for <paramref name="value"/>.</summary>
    /// <param name="value">The ordinal, from 1 to 3999 (1 to 10 for <see cref="OrdinalNotation.Words"/>).</param>
    /// <param name="notation">How to write the number; Roman by default.</param>
    /// <returns>For example <c>"lần thứ III"</c>, <c>"lần thứ 13"</c> or <c>"lần thứ nhất"</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 1 to 3999, or outside 1 to 10 in words.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="notation"/> is not defined.</exception>
    public static string Format(int value, OrdinalNotation notation = OrdinalNotation.Roman)
    {
        Guard.Against.EnumOutOfRange(notation);
        Guard.Against.OutOfRange(value, nameof(value), RomanNumeral.MinValue,
            notation == OrdinalNotation.Words ? Words.Length : RomanNumeral.MaxValue,
            $"An ordinal in {notation} notation must be 1 to {(notation == OrdinalNotation.Words ? Words.Length : RomanNumeral.MaxValue)}; {value} is outside that range.");
        return "lần thứ " + FormatNumber(value, notation);
    }

    /// <summary>Reads an ordinal phrase.</summary>
    /// <param name="text">For example <c>"lần thứ III"</c>, <c>"Lần thứ nhất"</c>, <c>"lan thu 13"</c> or <c>"thứ tư"</c>.</param>
    /// <returns>The ordinal (3, 1, 13, 4).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not an ordinal phrase of 1 to 3999.</exception>
    public static int Parse(string text)
    {
        Guard.Against.Null(text);
        return TryParse(text, out var value)
            ? value
            : throw TermsText.Error("ordinal phrase", text, "expected 'lần thứ' followed by a Roman numeral, digits or a word from 'nhất' to 'mười'");
    }

    /// <summary>Tries to read an ordinal phrase.</summary>
    /// <param name="text">The phrase; <see langword="null"/> gives <see langword="false"/>.</param>
    /// <param name="value">The ordinal when the method returns <see langword="true"/>; otherwise 0.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is an ordinal phrase of 1 to 3999.</returns>
    public static bool TryParse(string? text, out int value)
    {
        value = 0;
        if (text is null)
        {
            return false;
        }

        var match = PhrasePattern().Match(TermsText.Fold(text));
        return match.Success && TryReadFoldedNumber(match.Groups[1].ValueSpan, out value);
    }

    /// <summary>Writes the number part of an ordinal in the given notation.</summary>
    internal static string FormatNumber(int value, OrdinalNotation notation) => notation switch
    {
        OrdinalNotation.Roman => RomanNumeral.Format(value),
        OrdinalNotation.Words => Words[value - 1],
        _ => TermsText.Invariant(value),
    };

    /// <summary>Reads a folded number token: digits, a Roman numeral in any case, or an ordinal word.</summary>
    internal static bool TryReadFoldedNumber(ReadOnlySpan<char> token, out int value)
    {
        value = 0;
        if (token.IsEmpty)
        {
            return false;
        }

        if (char.IsAsciiDigit(token[0]))
        {
            if (token.Length > 4)
            {
                return false;
            }

            foreach (var c in token)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }

            value = TermsText.Digits(token);
            if (value is < RomanNumeral.MinValue or > RomanNumeral.MaxValue)
            {
                value = 0;
                return false;
            }

            return true;
        }

        for (var i = 0; i < FoldedWords.Length; i++)
        {
            if (token.SequenceEqual(FoldedWords[i]))
            {
                value = i + 1;
                return true;
            }
        }

        return RomanNumeral.TryParse(token, RomanNumeralStyle.Lenient, out value);
    }

    [GeneratedRegex(@"^(?:lan )?thu ([0-9]+|[a-z]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex PhrasePattern();
}

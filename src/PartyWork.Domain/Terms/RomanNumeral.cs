using Ardalis.GuardClauses;

namespace PartyWork.Domain.Terms;

/// <summary>
/// Roman numerals from 1 to 3999, the way Party documents number congresses and Central Committee terms
/// (<c>"khóa XII"</c>, <c>"lần thứ III"</c>).
/// </summary>
/// <remarks>
/// Formatting always gives the canonical subtractive form (4 → <c>"IV"</c>, 1990 → <c>"MCMXC"</c>). Parsing accepts only
/// canonical numerals, so every accepted text formats back to itself (up to case and spaces in
/// <see cref="RomanNumeralStyle.Lenient"/>). All members are pure and thread-safe.
/// </remarks>
public static class RomanNumeral
{
    /// <summary>The smallest value a Roman numeral can write.</summary>
    public const int MinValue = 1;

    /// <summary>The largest value a Roman numeral can write without overline notation.</summary>
    public const int MaxValue = 3999;

    private const int MaxLength = 15; // "MMMDCCCLXXXVIII" (3888)

    private static readonly string[] Thousands = ["", "M", "MM", "MMM"];
    private static readonly string[] Hundreds = ["", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"];
    private static readonly string[] Tens = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"];
    private static readonly string[] Ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];

    /// <summary>Writes <paramref name="value"/> as an upper-case canonical Roman numeral.</summary>
    /// <param name="value">A value from 1 to 3999.</param>
    /// <returns>The numeral, for example <c>"XIV"</c> for 14.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is below 1 or above 3999.</exception>
    public static string Format(int value)
    {
        Guard.Against.OutOfRange(value, nameof(value), MinValue, MaxValue,
            $"A Roman numeral writes 1 to 3999; {value} is outside that range.");
        return string.Concat(Thousands[value / 1000], Hundreds[value / 100 % 10], Tens[value / 10 % 10], Ones[value % 10]);
    }

    /// <summary>Reads a Roman numeral.</summary>
    /// <param name="text">The numeral, for example <c>"XII"</c> (or <c>"xii"</c> in <see cref="RomanNumeralStyle.Lenient"/>).</param>
    /// <param name="style">How strictly to read; <see cref="RomanNumeralStyle.Strict"/> by default.</param>
    /// <returns>The value, from 1 to 3999.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="style"/> is not defined.</exception>
    /// <exception cref="FormatException">
    /// <paramref name="text"/> is not a canonical Roman numeral of 1 to 3999 in the chosen style (for example
    /// <c>"IIII"</c>, <c>"MMMM"</c>, <c>""</c>, or <c>"xii"</c> in strict style); the message says why.
    /// </exception>
    public static int Parse(string text, RomanNumeralStyle style = RomanNumeralStyle.Strict)
    {
        Guard.Against.Null(text);
        Guard.Against.EnumOutOfRange(style);
        var error = TryParseCore(text, style, out var value);
        return error is null ? value : throw TermsText.Error("Roman numeral", text, error);
    }

    /// <summary>Tries to read a Roman numeral.</summary>
    /// <param name="text">The numeral.</param>
    /// <param name="style">How strictly to read.</param>
    /// <param name="value">The value when the method returns <see langword="true"/>; otherwise 0.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a canonical numeral of 1 to 3999 in that style.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, RomanNumeralStyle style, out int value) =>
        TryParseCore(text, style, out value) is null;

    /// <summary>Tries to read a Roman numeral in <see cref="RomanNumeralStyle.Strict"/> style.</summary>
    /// <param name="text">The numeral; <see langword="null"/> gives <see langword="false"/>.</param>
    /// <param name="value">The value when the method returns <see langword="true"/>; otherwise 0.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a canonical upper-case numeral of 1 to 3999.</returns>
    public static bool TryParse(string? text, out int value) =>
        TryParseCore(text.AsSpan(), RomanNumeralStyle.Strict, out value) is null;

    /// <summary>Reads a numeral and returns null or the reason it was rejected.</summary>
    internal static string? TryParseCore(ReadOnlySpan<char> text, RomanNumeralStyle style, out int value)
    {
        value = 0;
        if (style is not (RomanNumeralStyle.Strict or RomanNumeralStyle.Lenient))
        {
            return "the style is not defined";
        }

        Span<char> letters = stackalloc char[MaxLength + 1];
        var length = 0;
        foreach (var c in text)
        {
            var letter = c;
            if (style == RomanNumeralStyle.Lenient)
            {
                if (char.IsWhiteSpace(c))
                {
                    continue;
                }

                letter = c is >= 'a' and <= 'z' ? (char)(c - ('a' - 'A')) : c;
            }

            if (length == letters.Length)
            {
                return "it is longer than any numeral from 1 to 3999";
            }

            letters[length++] = letter;
        }

        if (length == 0)
        {
            return "it is empty";
        }

        var total = 0;
        var previous = 0;
        for (var i = length - 1; i >= 0; i--)
        {
            var digit = DigitValue(letters[i]);
            if (digit == 0)
            {
                return style == RomanNumeralStyle.Strict && char.IsLetter(letters[i])
                    ? $"'{letters[i]}' is not an upper-case Roman digit (I, V, X, L, C, D, M)"
                    : $"'{letters[i]}' is not a Roman digit (I, V, X, L, C, D, M)";
            }

            total += digit < previous ? -digit : digit;
            previous = Math.Max(previous, digit);
        }

        if (total is < MinValue or > MaxValue)
        {
            return $"it reads as {total}, outside 1 to 3999";
        }

        var canonical = Format(total);
        if (!letters[..length].SequenceEqual(canonical))
        {
            return $"it is not the canonical numeral (write {canonical} for {total})";
        }

        value = total;
        return null;
    }

    private static int DigitValue(char c) => c switch
    {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        'M' => 1000,
        _ => 0,
    };
}

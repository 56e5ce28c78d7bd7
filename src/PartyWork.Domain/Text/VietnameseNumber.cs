using System.Globalization;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Text;

/// <summary>
/// Formats and parses numbers the way Vietnamese reports write them — <c>'.'</c> groups thousands and <c>','</c> is
/// the decimal mark (<c>"1.004"</c>, <c>"17.911"</c>, <c>"95,4"</c>, <c>"27,98%"</c>) — without
/// <c>CultureInfo("vi-VN")</c>, so the answers are the same with and without ICU.
/// </summary>
/// <remarks>
/// <para>
/// Parsing is strict about grouping: in Vietnamese notation <c>"1.004"</c> is one thousand and four, <c>"1.00.4"</c> and
/// <c>"99.41"</c> are malformed, and an ungrouped <c>"1456"</c> is accepted. Text in an unknown notation is read with
/// <see cref="TryRead"/>, which tries both notations and reports ambiguity instead of guessing silently. A number is
/// read only when a <see cref="decimal"/> keeps every digit written (at most 28 decimals, no silent rounding), so
/// the decimals written are always the precision of the value returned.
/// </para>
/// <para>All members are pure functions and safe to call from any thread.</para>
/// </remarks>
public static class VietnameseNumber
{
    /// <summary>The largest number of decimal places a <see cref="decimal"/> can hold.</summary>
    public const int MaxDecimals = 28;

    private static readonly NumberFormatInfo Info = CreateInfo();

    /// <summary>Gets a format provider with Vietnamese separators, built from the invariant culture's data.</summary>
    /// <value>A read-only <see cref="NumberFormatInfo"/>: group <c>"."</c>, decimal <c>","</c>, percent written <c>"n%"</c>.</value>
    /// <example><c>1004.5m.ToString("N1", VietnameseNumber.FormatProvider)</c> returns <c>"1.004,5"</c>.</example>
    public static IFormatProvider FormatProvider => Info;

    /// <summary>Formats a whole number with <c>'.'</c> thousands groups.</summary>
    /// <param name="value">The number.</param>
    /// <returns>For example <c>"1.004"</c>, <c>"17.911"</c>, <c>"-6"</c>.</returns>
    public static string Format(long value) => value.ToString("N0", Info);

    /// <summary>Formats a number with a fixed number of decimals, <c>'.'</c> thousands groups and a <c>','</c> decimal mark.</summary>
    /// <param name="value">The number.</param>
    /// <param name="decimals">How many decimals to write, 0 to <see cref="MaxDecimals"/>.</param>
    /// <param name="rounding">How to round to <paramref name="decimals"/>; half away from zero by default, as Vietnamese reports do.</param>
    /// <returns>For example <c>"27,98"</c> or <c>"1.004,00"</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="rounding"/> is not a defined value.</exception>
    public static string Format(decimal value, int decimals, MidpointRounding rounding = MidpointRounding.AwayFromZero)
    {
        Guard.Against.OutOfRange(decimals, nameof(decimals), 0, MaxDecimals);
        Guard.Against.EnumOutOfRange(rounding);
        return Math.Round(value, decimals, rounding).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Info);
    }

    /// <summary>Formats a percentage (a number of hundredths, 27.98 for 27,98%) the way reports write it.</summary>
    /// <param name="percent">The percentage, in percent units.</param>
    /// <param name="decimals">How many decimals to write, 0 to <see cref="MaxDecimals"/>.</param>
    /// <param name="rounding">How to round; half away from zero by default.</param>
    /// <param name="spaceBeforePercentSign">Write <c>"95,4 %"</c> instead of <c>"95,4%"</c>.</param>
    /// <returns>For example <c>"27,98%"</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="rounding"/> is not a defined value.</exception>
    public static string FormatPercent(
        decimal percent,
        int decimals,
        MidpointRounding rounding = MidpointRounding.AwayFromZero,
        bool spaceBeforePercentSign = false) =>
        Format(percent, decimals, rounding) + (spaceBeforePercentSign ? " %" : "%");

    /// <summary>Formats a whole number in English notation (<c>"1,004"</c>), for English messages.</summary>
    internal static string FormatEnglish(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Formats a number in English notation with a fixed number of decimals (<c>"27.98"</c>), for English messages.</summary>
    internal static string FormatEnglish(decimal value, int decimals, MidpointRounding rounding = MidpointRounding.AwayFromZero) =>
        Math.Round(value, decimals, rounding).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Formats a percentage in English notation (<c>"27.98%"</c>), for English messages.</summary>
    internal static string FormatPercentEnglish(decimal percent, int decimals) => FormatEnglish(percent, decimals) + "%";

    /// <summary>Parses a number written in the given notation.</summary>
    /// <param name="text">The text; surrounding white space is ignored.</param>
    /// <param name="notation">The notation; Vietnamese by default.</param>
    /// <returns>The number, with as many decimal places (<see cref="decimal.Scale"/>) as were written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="notation"/> is not a defined value.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a number in that notation.</exception>
    public static decimal Parse(string text, NumberNotation notation = NumberNotation.Vietnamese)
    {
        Guard.Against.Null(text);
        Guard.Against.EnumOutOfRange(notation);
        if (!TryParse(text, notation, out var value))
        {
            var (group, mark) = Separators(notation);
            throw new FormatException(
                $"'{text}' is not a number in {notation} notation ('{group}' groups thousands in threes, '{mark}' is the decimal mark).");
        }

        return value;
    }

    /// <summary>Tries to parse a number written in Vietnamese notation.</summary>
    /// <param name="text">The text; surrounding white space is ignored.</param>
    /// <param name="value">The number when the text is one; otherwise zero.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a well-formed Vietnamese number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value) =>
        TryParse(text, NumberNotation.Vietnamese, out value);

    /// <summary>Tries to parse a number written in the given notation.</summary>
    /// <param name="text">The text; surrounding white space is ignored.</param>
    /// <param name="notation">The notation.</param>
    /// <param name="value">The number when the text is one; otherwise zero.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a well-formed number in <paramref name="notation"/>.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, NumberNotation notation, out decimal value)
    {
        if (notation is not (NumberNotation.Vietnamese or NumberNotation.English))
        {
            value = 0m;
            return false;
        }

        var (group, mark) = Separators(notation);
        return TryParseCore(text.Trim(), group, mark, out value);
    }

    /// <summary>
    /// Reads a number whose notation is not known: both notations are tried, Vietnamese wins when both read it, and
    /// the result says when the other notation would have read a different number.
    /// </summary>
    /// <param name="text">The text; surrounding white space is ignored.</param>
    /// <param name="number">The reading, when at least one notation reads the text.</param>
    /// <returns><see langword="true"/> when the text is a number in at least one notation.</returns>
    /// <example>
    /// <c>"1.004"</c> reads as 1004, ambiguous (English: 1.004); <c>"99.41"</c> as 99.41 in English notation;
    /// <c>"2,129,000"</c> as 2129000 in English notation; <c>"95,4"</c> as 95.4 in Vietnamese notation.
    /// </example>
    public static bool TryRead(ReadOnlySpan<char> text, out ParsedNumber number)
    {
        var trimmed = text.Trim();
        var vietnamese = TryParseCore(trimmed, '.', ',', out var vi);
        var english = TryParseCore(trimmed, ',', '.', out var en);
        if (vietnamese)
        {
            var differs = english && (vi != en || vi.Scale != en.Scale);
            number = new ParsedNumber(vi, NumberNotation.Vietnamese, differs ? en : null);
            return true;
        }

        number = english ? new ParsedNumber(en, NumberNotation.English, null) : default;
        return english;
    }

    private static (char Group, char Mark) Separators(NumberNotation notation) =>
        notation == NumberNotation.English ? (',', '.') : ('.', ',');

    private static bool TryParseCore(ReadOnlySpan<char> text, char group, char mark, out decimal value)
    {
        value = 0m;
        if (text.IsEmpty || text.Length > 64)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[text.Length];
        var n = 0;
        var i = 0;
        if (text[0] is '-' or '+' or '\u2212')
        {
            buffer[n++] = text[0] == '+' ? '+' : '-';
            i++;
        }

        var integerDigits = 0;
        var digitsInGroup = 0;
        var grouped = false;
        var leadingGroupIsZero = true;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                buffer[n++] = c;
                integerDigits++;
                digitsInGroup++;
                leadingGroupIsZero &= grouped || c == '0';
            }
            else if (c == group)
            {
                // A first group of zeros ("0.004", "0,500") is a decimal in the other notation, never grouping.
                var groupIsWellFormed = grouped ? digitsInGroup == 3 : digitsInGroup is >= 1 and <= 3 && !leadingGroupIsZero;
                if (!groupIsWellFormed)
                {
                    return false;
                }

                grouped = true;
                digitsInGroup = 0;
            }
            else if (c == mark)
            {
                break;
            }
            else
            {
                return false;
            }
        }

        if (integerDigits == 0 || (grouped && digitsInGroup != 3))
        {
            return false;
        }

        var fractionDigits = 0;
        if (i < text.Length)
        {
            buffer[n++] = '.';
            for (i++; i < text.Length; i++)
            {
                if (!char.IsAsciiDigit(text[i]))
                {
                    return false;
                }

                buffer[n++] = text[i];
                fractionDigits++;
            }

            if (fractionDigits == 0)
            {
                return false;
            }
        }

        // decimal.TryParse silently rounds digits it cannot hold; a number is read only when every digit written is kept.
        if (fractionDigits > MaxDecimals
            || !decimal.TryParse(
                buffer[..n],
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture,
                out value)
            || value.Scale != fractionDigits)
        {
            value = 0m;
            return false;
        }

        return true;
    }

    private static NumberFormatInfo CreateInfo()
    {
        var info = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        info.NumberGroupSeparator = ".";
        info.NumberDecimalSeparator = ",";
        info.PercentGroupSeparator = ".";
        info.PercentDecimalSeparator = ",";
        info.CurrencyGroupSeparator = ".";
        info.CurrencyDecimalSeparator = ",";
        info.PercentPositivePattern = 1;
        info.PercentNegativePattern = 1;
        return NumberFormatInfo.ReadOnly(info);
    }
}

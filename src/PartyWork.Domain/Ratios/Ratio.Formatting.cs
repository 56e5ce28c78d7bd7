using System.Globalization;
using Ardalis.GuardClauses;
using PartyWork.Domain.Text;

namespace PartyWork.Domain.Ratios;

/// <content>Formatting.</content>
public readonly partial struct Ratio : ISpanFormattable
{
    private const int DefaultDisplayDecimals = 1;

    /// <summary>Formats the ratio in the invariant round-trip format, for example <c>"493/502"</c>.</summary>
    /// <returns>The part and the whole in plain digits separated by <c>'/'</c>; <see cref="Parse(string)"/> reads it back.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{this.part}/{this.Whole}");

    /// <summary>
    /// Formats the ratio. Formats: <c>"G"</c> (or <see langword="null"/> or empty) — the invariant round-trip format
    /// <c>"281/1004"</c>; <c>"V"</c> or <c>"Vn"</c> — the Vietnamese display <c>"281/1.004 (27,99%)"</c> with n decimals
    /// (one when omitted), rounded half away from zero; <c>"P"</c> or <c>"Pn"</c> — the percentage only, <c>"27,99%"</c>.
    /// </summary>
    /// <param name="format">The format, as above.</param>
    /// <param name="formatProvider">Ignored: <c>"G"</c> is invariant and <c>"V"</c>/<c>"P"</c> always use the Vietnamese notation (<see cref="VietnameseNumber"/>), never culture data.</param>
    /// <returns>The formatted ratio.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above, or its number of decimals is over <see cref="Percent.MaxDecimals"/>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var (kind, decimals) = ParseFormat(format);
        return kind switch
        {
            'V' => this.ToVietnameseString(decimals),
            'P' => VietnameseNumber.FormatPercent(this.ToPercent(decimals), decimals),
            _ => this.ToString(),
        };
    }

    /// <summary>Formats the ratio the way Vietnamese reports print it: the counts with <c>'.'</c> groups and the percentage in brackets.</summary>
    /// <param name="decimals">The decimals of the percentage, 0 to <see cref="Percent.MaxDecimals"/>; one by default.</param>
    /// <param name="rounding">The rounding of the percentage; half away from zero by default.</param>
    /// <returns>For example <c>"493/502 (98,2%)"</c> or, with two decimals, <c>"281/1.004 (27,99%)"</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to <see cref="Percent.MaxDecimals"/>.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="rounding"/> is not a defined value.</exception>
    public string ToVietnameseString(int decimals = DefaultDisplayDecimals, MidpointRounding rounding = MidpointRounding.AwayFromZero)
    {
        var percent = this.ToPercent(decimals, rounding);
        return $"{VietnameseNumber.Format(this.part)}/{VietnameseNumber.Format(this.Whole)} ({VietnameseNumber.FormatPercent(percent, decimals, rounding)})";
    }

    /// <summary>Formats the ratio into a span of characters (see <see cref="ToString(string?, IFormatProvider?)"/> for the formats).</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written; zero when the span is too short.</param>
    /// <param name="format">The format: empty or <c>"G"</c>, <c>"V"</c>/<c>"Vn"</c>, <c>"P"</c>/<c>"Pn"</c>.</param>
    /// <param name="provider">Ignored, as in <see cref="ToString(string?, IFormatProvider?)"/>.</param>
    /// <returns><see langword="true"/> when the whole text fitted in <paramref name="destination"/>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a supported format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (format.IsEmpty || format is "G")
        {
            return destination.TryWrite(CultureInfo.InvariantCulture, $"{this.part}/{this.Whole}", out charsWritten);
        }

        var text = this.ToString(format.ToString(), provider);
        if (text.AsSpan().TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    private static (char Kind, int Decimals) ParseFormat(string? format)
    {
        if (string.IsNullOrEmpty(format) || format == "G")
        {
            return ('G', 0);
        }

        var kind = format[0];
        if (kind is 'V' or 'P')
        {
            if (format.Length == 1)
            {
                return (kind, DefaultDisplayDecimals);
            }

            if (int.TryParse(format.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var decimals)
                && decimals <= Percent.MaxDecimals)
            {
                return (kind, decimals);
            }
        }

        throw new FormatException(
            $"'{format}' is not a Ratio format: use G (\"493/502\"), V or Vn (\"493/502 (98,2%)\"), P or Pn (\"98,2%\") with n from 0 to {Percent.MaxDecimals}.");
    }
}

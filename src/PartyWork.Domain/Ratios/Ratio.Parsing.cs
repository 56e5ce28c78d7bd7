using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratios;

/// <content>Parsing of the invariant round-trip format.</content>
public readonly partial struct Ratio : ISpanParsable<Ratio>
{
    /// <summary>Parses the invariant round-trip format <c>"part/whole"</c>, for example <c>"493/502"</c>.</summary>
    /// <param name="s">The text: plain ASCII digits, <c>'/'</c>, plain ASCII digits; surrounding white space is ignored.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is malformed, the whole is zero, or the part exceeds the whole; the message says which.</exception>
    public static Ratio Parse(string s) => Parse(s, null);

    /// <summary>Parses the invariant round-trip format <c>"part/whole"</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the format is invariant.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is malformed, the whole is zero, or the part exceeds the whole.</exception>
    public static Ratio Parse(string s, IFormatProvider? provider)
    {
        Guard.Against.Null(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses the invariant round-trip format <c>"part/whole"</c> from a span.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the format is invariant.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is malformed, the whole is zero, or the part exceeds the whole.</exception>
    public static Ratio Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParseCore(s, out var result, out var error)
            ? result
            : throw new FormatException($"'{s.ToString()}' is not a ratio \"part/whole\": {error}");

    /// <summary>Tries to parse the invariant round-trip format <c>"part/whole"</c>.</summary>
    /// <param name="s">The text; <see langword="null"/> gives <see langword="false"/>.</param>
    /// <param name="result">The ratio, or <c>default</c> when parsing fails.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a valid ratio.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Ratio result) => TryParse(s, null, out result);

    /// <summary>Tries to parse the invariant round-trip format <c>"part/whole"</c>.</summary>
    /// <param name="s">The text; <see langword="null"/> gives <see langword="false"/>.</param>
    /// <param name="provider">Ignored: the format is invariant.</param>
    /// <param name="result">The ratio, or <c>default</c> when parsing fails.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a valid ratio.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Ratio result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParseCore(s, out result, out _);
    }

    /// <summary>Tries to parse the invariant round-trip format <c>"part/whole"</c> from a span.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the format is invariant.</param>
    /// <param name="result">The ratio, or <c>default</c> when parsing fails.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a valid ratio.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Ratio result) =>
        TryParseCore(s, out result, out _);

    private static bool TryParseCore(ReadOnlySpan<char> s, out Ratio result, out string error)
    {
        result = default;
        var text = s.Trim();
        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            error = "there is no '/'.";
            return false;
        }

        if (!TryParseCount(text[..slash], out var part) || !TryParseCount(text[(slash + 1)..], out var whole))
        {
            error = "the part and the whole must be plain digits 0-9 that fit a 64-bit integer.";
            return false;
        }

        if (whole == 0)
        {
            error = "the whole is zero.";
            return false;
        }

        if (part > whole)
        {
            error = "the part exceeds the whole (a ratio is a share).";
            return false;
        }

        result = new Ratio(part, whole);
        error = string.Empty;
        return true;
    }

    private static bool TryParseCount(ReadOnlySpan<char> digits, out long value)
    {
        value = 0;
        if (digits.IsEmpty)
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}

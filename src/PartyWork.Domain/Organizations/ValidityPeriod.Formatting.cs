using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;

namespace PartyWork.Domain.Organizations;

/// <content>Invariant ISO 8601 text: <c>2020-10-16/2025-06-30</c>, or <c>2025-07-01/..</c> when open-ended.</content>
public readonly partial struct ValidityPeriod : ISpanFormattable, ISpanParsable<ValidityPeriod>
{
    private const string OpenEnd = "..";

    /// <summary>Formats the period as <c>uuuu-MM-dd/uuuu-MM-dd</c>, or <c>uuuu-MM-dd/..</c> when open-ended.</summary>
    /// <returns>The invariant text, which <see cref="Parse(string, IFormatProvider?)"/> reads back.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Format(Start)}/{(End is { } end ? Format(end) : OpenEnd)}");

    /// <summary>Formats the period; only the general format (<see langword="null"/>, empty or "G") exists.</summary>
    /// <param name="format">The format: <see langword="null"/>, empty or "G".</param>
    /// <param name="formatProvider">Ignored: the text is invariant ISO 8601.</param>
    /// <returns>The same text as <see cref="ToString()"/>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a known format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        CheckFormat(format);
        return ToString();
    }

    /// <summary>Writes the period into <paramref name="destination"/>.</summary>
    /// <param name="destination">The buffer.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format">The format: empty or "G".</param>
    /// <param name="provider">Ignored: the text is invariant ISO 8601.</param>
    /// <returns><see langword="true"/> when the buffer was large enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a known format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        CheckFormat(format.IsEmpty ? null : format.ToString());
        var text = ToString();
        if (text.AsSpan().TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>Parses the invariant text <c>uuuu-MM-dd/uuuu-MM-dd</c> or <c>uuuu-MM-dd/..</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the text is invariant ISO 8601.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a period.</exception>
    public static ValidityPeriod Parse(string s, IFormatProvider? provider)
    {
        Guard.Against.Null(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc cref="Parse(string, IFormatProvider?)"/>
    /// <exception cref="FormatException"><paramref name="s"/> is not a period.</exception>
    public static ValidityPeriod Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result)
            ? result
            : throw new FormatException($"'{s.ToString()}' is not a period like 2020-10-16/2025-06-30 or 2025-07-01/..");

    /// <summary>Tries to parse the invariant text <c>uuuu-MM-dd/uuuu-MM-dd</c> or <c>uuuu-MM-dd/..</c>.</summary>
    /// <param name="s">The text; <see langword="null"/> fails.</param>
    /// <param name="provider">Ignored: the text is invariant ISO 8601.</param>
    /// <param name="result">The period, or <c>default</c> on failure.</param>
    /// <returns><see langword="true"/> when the text is a period.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ValidityPeriod result)
    {
        result = default;
        return s is not null && TryParse(s.AsSpan(), provider, out result);
    }

    /// <inheritdoc cref="TryParse(string?, IFormatProvider?, out ValidityPeriod)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ValidityPeriod result)
    {
        result = default;
        var slash = s.IndexOf('/');
        if (slash < 0 || !TryParseDate(s[..slash], out var start))
        {
            return false;
        }

        var rest = s[(slash + 1)..];
        if (rest.SequenceEqual(OpenEnd))
        {
            result = new ValidityPeriod(start);
            return true;
        }

        if (!TryParseDate(rest, out var end) || end < start)
        {
            return false;
        }

        result = new ValidityPeriod(start, end);
        return true;
    }

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static bool TryParseDate(ReadOnlySpan<char> text, out LocalDate date)
    {
        var parsed = LocalDatePattern.Iso.Parse(text.ToString());
        date = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }

    private static void CheckFormat(string? format)
    {
        if (!string.IsNullOrEmpty(format) && format != "G")
        {
            throw new FormatException($"Unknown period format '{format}'; use null, empty or \"G\".");
        }
    }
}

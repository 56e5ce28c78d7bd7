using System.Globalization;
using NodaTime;

namespace PartyWork.Domain.Terms;

/// <content>Formatting: the canonical Vietnamese text and English.</content>
public readonly partial struct ReviewPeriod : ISpanFormattable
{
    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)"/>
    public override string ToString() => ToString(null, null);

    /// <summary>Writes the period.</summary>
    /// <param name="format">
    /// <c>"G"</c> or <see langword="null"/>: the canonical Vietnamese form, which parses back to an equal period —
    /// <c>"tháng 7/2018"</c>, <c>"quý III/2024"</c>, <c>"6 tháng đầu năm 2018"</c>, <c>"6 tháng cuối năm 2018"</c>,
    /// <c>"10 tháng đầu năm 2018"</c>, <c>"năm 2019"</c>, <c>"nhiệm kỳ 2015-2020"</c> (with
    /// <c>" (từ ngày 15/06/2015 đến ngày 14/06/2020)"</c> when the term's days are not whole years),
    /// <c>"từ ngày 01/03/2018 đến ngày 15/04/2018"</c>. <c>"E"</c>: English — <c>"July 2018"</c>, <c>"Q3 2024"</c>,
    /// <c>"first half of 2018"</c>, <c>"second half of 2018"</c>, <c>"first 10 months of 2018"</c>, <c>"year 2019"</c>,
    /// <c>"term 2015-2020"</c>, <c>"2018-03-01 to 2018-04-15"</c>.
    /// </param>
    /// <param name="formatProvider">Not used: the output does not depend on culture.</param>
    /// <returns>The formatted period.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not G or E.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => TermsText.FormatLetter(format, 'G') switch
    {
        'G' => FormatVietnamese(),
        'E' => FormatEnglish(),
        _ => throw new FormatException($"Unknown format '{format}' for a review period; use G or E."),
    };

    /// <summary>Writes the period into a span.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">As in <see cref="ToString(string?, IFormatProvider?)"/>.</param>
    /// <param name="provider">Not used.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a known format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TermsText.TryCopy(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);

    private string FormatVietnamese()
    {
        var year = TermsText.Invariant(StartYear);
        return Kind switch
        {
            ReviewPeriodKind.Month => $"tháng {TermsText.Invariant(Index)}/{year}",
            ReviewPeriodKind.Quarter => $"quý {RomanNumeral.Format(Index)}/{year}",
            ReviewPeriodKind.HalfYear => Index == 1 ? $"6 tháng đầu năm {year}" : $"6 tháng cuối năm {year}",
            ReviewPeriodKind.FirstMonths => $"{TermsText.Invariant(Index)} tháng đầu năm {year}",
            ReviewPeriodKind.Year => $"năm {year}",
            ReviewPeriodKind.Term => IsWholeYears()
                ? $"nhiệm kỳ {year}-{TermsText.Invariant(_end.Year + 1)}"
                : $"nhiệm kỳ {year}-{TermsText.Invariant(_end.PlusDays(1).Year)} (từ ngày {Day(_start)} đến ngày {Day(_end)})",
            _ => $"từ ngày {Day(_start)} đến ngày {Day(_end)}",
        };
    }

    private string FormatEnglish()
    {
        var year = TermsText.Invariant(StartYear);
        return Kind switch
        {
            ReviewPeriodKind.Month => $"{EnglishMonths[Index - 1]} {year}",
            ReviewPeriodKind.Quarter => $"Q{TermsText.Invariant(Index)} {year}",
            ReviewPeriodKind.HalfYear => Index == 1 ? $"first half of {year}" : $"second half of {year}",
            ReviewPeriodKind.FirstMonths => $"first {TermsText.Invariant(Index)} months of {year}",
            ReviewPeriodKind.Year => $"year {year}",
            ReviewPeriodKind.Term => IsWholeYears()
                ? $"term {year}-{TermsText.Invariant(_end.Year + 1)}"
                : $"term {year}-{TermsText.Invariant(_end.PlusDays(1).Year)} ({Iso(_start)} to {Iso(_end)})",
            _ => $"{Iso(_start)} to {Iso(_end)}",
        };
    }

    private static string Day(LocalDate date) => date.ToString("dd/MM/uuuu", CultureInfo.InvariantCulture);

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}

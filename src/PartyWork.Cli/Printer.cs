using System.Globalization;
using PartyWork.Domain.Text;

namespace PartyWork.Cli;

/// <summary>Writes the lines of a text report in one language (Vietnamese or English) with that language's number format.</summary>
/// <param name="english">Whether to write English.</param>
/// <param name="writer">Where the lines go (the commands give an in-memory writer, so nothing is written on failure).</param>
internal sealed class Printer(bool english, TextWriter writer)
{
    /// <summary>Gets whether the report is in English.</summary>
    public bool English { get; } = english;

    /// <summary>Writes the line of the report's language.</summary>
    /// <param name="vietnamese">The Vietnamese line.</param>
    /// <param name="englishText">The English line.</param>
    public void Line(string vietnamese, string englishText) => writer.WriteLine(English ? englishText : vietnamese);

    /// <summary>Writes a line that is the same in both languages.</summary>
    /// <param name="text">The line.</param>
    public void Raw(string text) => writer.WriteLine(text);

    /// <summary>Writes an empty line.</summary>
    public void Blank() => writer.WriteLine();

    /// <summary>Formats a count: "1.004" in Vietnamese, "1,004" in English.</summary>
    /// <param name="count">The count.</param>
    /// <returns>The text.</returns>
    public string Count(long count) => English ? count.ToString("N0", CultureInfo.InvariantCulture) : VietnameseNumber.Format(count);

    /// <summary>Formats a percentage with two decimals: "17,65%" in Vietnamese, "17.65%" in English.</summary>
    /// <param name="percent">The percentage.</param>
    /// <returns>The text.</returns>
    public string Percent(decimal percent) => English
        ? percent.ToString("0.00", CultureInfo.InvariantCulture) + "%"
        : VietnameseNumber.FormatPercent(percent, 2);

    /// <summary>Formats a figure with up to two decimals.</summary>
    /// <param name="value">The figure.</param>
    /// <returns>The text.</returns>
    public string Number(decimal value) => English
        ? value.ToString("0.##", CultureInfo.InvariantCulture)
        : VietnameseNumber.Format(value, value == decimal.Truncate(value) ? 0 : 2);
}

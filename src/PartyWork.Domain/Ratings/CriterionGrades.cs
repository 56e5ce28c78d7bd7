using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>Labels and parsing of <see cref="CriterionGrade"/>.</summary>
/// <remarks>All members are pure and thread safe.</remarks>
public static class CriterionGrades
{
    private static readonly string[] Prefixes = ["xep loai ", "muc ", "loai ", "dat "];

    /// <summary>The Vietnamese label: <c>"Xuất sắc"</c>, <c>"Tốt"</c>, <c>"Trung bình"</c>, <c>"Kém"</c>.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>The label, NFC with diacritics.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="grade"/> is not a defined grade.</exception>
    public static string ToVietnamese(this CriterionGrade grade) => Guard.Against.EnumOutOfRange(grade) switch
    {
        CriterionGrade.Excellent => "Xuất sắc",
        CriterionGrade.Good => "Tốt",
        CriterionGrade.Average => "Trung bình",
        _ => "Kém",
    };

    /// <summary>The English label: <c>"Excellent"</c>, <c>"Good"</c>, <c>"Average"</c>, <c>"Poor"</c>.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>The label.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="grade"/> is not a defined grade.</exception>
    public static string ToEnglish(this CriterionGrade grade) => Guard.Against.EnumOutOfRange(grade) switch
    {
        CriterionGrade.Excellent => "Excellent",
        CriterionGrade.Good => "Good",
        CriterionGrade.Average => "Average",
        _ => "Poor",
    };

    /// <summary>Reads a grade with or without diacritics, in any case ("Xuất sắc", "xuat sac", "TỐT", "trung binh", "kém", or English).</summary>
    /// <param name="text">The text.</param>
    /// <param name="grade">The grade read, or <c>default</c>.</param>
    /// <returns>Whether the text is a grade.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out CriterionGrade grade)
    {
        grade = default;
        Span<char> buffer = stackalloc char[RatingText.MaxLabelLength];
        var length = RatingText.Canonicalize(text, buffer);
        if (length <= 0)
        {
            return false;
        }

        grade = RatingText.StripPrefixes(buffer[..length], Prefixes) switch
        {
            "xuat sac" or "excellent" => CriterionGrade.Excellent,
            "tot" or "good" => CriterionGrade.Good,
            "trung binh" or "average" => CriterionGrade.Average,
            "kem" or "poor" => CriterionGrade.Poor,
            _ => default,
        };
        return grade != default;
    }

    /// <summary>Reads a grade, accepting <see langword="null"/> as "not a grade".</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="grade">The grade read.</param>
    /// <returns>Whether the text is a grade.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CriterionGrade grade)
    {
        grade = default;
        return text is not null && TryParse(text.AsSpan(), out grade);
    }

    /// <summary>Reads a grade.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The grade.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a criterion grade.</exception>
    public static CriterionGrade Parse(string text)
    {
        Guard.Against.Null(text);
        return TryParse(text.AsSpan(), out var grade)
            ? grade
            : throw new FormatException($"\"{text}\" is not a criterion grade (expected Xuất sắc, Tốt, Trung bình or Kém).");
    }
}

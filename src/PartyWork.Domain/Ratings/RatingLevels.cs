using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// Labels, abbreviations and parsing of <see cref="RatingLevel"/> (R-LEVELS), as forms and reports write them.
/// </summary>
/// <remarks>All members are pure and thread safe.</remarks>
public static class RatingLevels
{
    private static readonly string[] Prefixes = ["xep loai ", "muc ", "loai ", "dat "];

    /// <summary>Gets the four levels from the highest to the lowest.</summary>
    /// <value><see cref="RatingLevel.Excellent"/>, <see cref="RatingLevel.Good"/>, <see cref="RatingLevel.Completed"/>, <see cref="RatingLevel.NotCompleted"/>.</value>
    public static IReadOnlyList<RatingLevel> Descending { get; } =
        Array.AsReadOnly([RatingLevel.Excellent, RatingLevel.Good, RatingLevel.Completed, RatingLevel.NotCompleted]);

    /// <summary>Returns whether <paramref name="level"/> is one of the four defined levels.</summary>
    /// <param name="level">The value to test.</param>
    /// <returns><see langword="true"/> for the four levels; <see langword="false"/> for <c>default</c> or any other number.</returns>
    public static bool IsDefined(this RatingLevel level) => level is >= RatingLevel.NotCompleted and <= RatingLevel.Excellent;

    /// <summary>The Vietnamese label with a capital first letter, as on forms: <c>"Hoàn thành xuất sắc nhiệm vụ"</c>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The label, NFC with diacritics.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="level"/> is not a defined level.</exception>
    public static string ToVietnamese(this RatingLevel level) => Guard.Against.EnumOutOfRange(level) switch
    {
        RatingLevel.Excellent => "Hoàn thành xuất sắc nhiệm vụ",
        RatingLevel.Good => "Hoàn thành tốt nhiệm vụ",
        RatingLevel.Completed => "Hoàn thành nhiệm vụ",
        _ => "Không hoàn thành nhiệm vụ",
    };

    /// <summary>The Vietnamese label in lower case, as inside a report sentence: <c>"hoàn thành xuất sắc nhiệm vụ"</c>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The label, NFC with diacritics.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="level"/> is not a defined level.</exception>
    public static string ToVietnameseLower(this RatingLevel level) => Guard.Against.EnumOutOfRange(level) switch
    {
        RatingLevel.Excellent => "hoàn thành xuất sắc nhiệm vụ",
        RatingLevel.Good => "hoàn thành tốt nhiệm vụ",
        RatingLevel.Completed => "hoàn thành nhiệm vụ",
        _ => "không hoàn thành nhiệm vụ",
    };

    /// <summary>The English label: <c>"Excellent"</c>, <c>"Good"</c>, <c>"Completed"</c>, <c>"Not completed"</c>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The label.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="level"/> is not a defined level.</exception>
    public static string ToEnglish(this RatingLevel level) => Guard.Against.EnumOutOfRange(level) switch
    {
        RatingLevel.Excellent => "Excellent",
        RatingLevel.Good => "Good",
        RatingLevel.Completed => "Completed",
        _ => "Not completed",
    };

    /// <summary>The abbreviation reports use: <c>HTXSNV</c>, <c>HTTNV</c>, <c>HTNV</c>, <c>KHTNV</c>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The abbreviation.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="level"/> is not a defined level.</exception>
    public static string ToAbbreviation(this RatingLevel level) => Guard.Against.EnumOutOfRange(level) switch
    {
        RatingLevel.Excellent => "HTXSNV",
        RatingLevel.Good => "HTTNV",
        RatingLevel.Completed => "HTNV",
        _ => "KHTNV",
    };

    /// <summary>
    /// Reads a level as forms and reports write it: the full Vietnamese label with or without diacritics, in either tone
    /// placement and any case ("Hoàn thành xuất sắc nhiệm vụ", "hoan thanh xuat sac", "HOÀN THÀNH TỐT"), an optional "xếp loại"/"mức" in front, the abbreviations (HTXSNV, HTTNV, HTNV,
    /// KHTNV) or the English labels.
    /// </summary>
    /// <param name="text">The text; surrounding white space and punctuation are ignored.</param>
    /// <param name="level">The level read, or <c>default</c> when the text is not a level.</param>
    /// <returns>Whether the text is a level.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out RatingLevel level)
    {
        level = default;
        Span<char> buffer = stackalloc char[RatingText.MaxLabelLength];
        var length = RatingText.Canonicalize(text, buffer);
        if (length <= 0)
        {
            return false;
        }

        var key = RatingText.StripPrefixes(buffer[..length], Prefixes);
        level = key switch
        {
            "hoan thanh xuat sac nhiem vu" or "hoan thanh xuat sac" or "htxsnv" or "htxs" or "excellent" => RatingLevel.Excellent,
            "hoan thanh tot nhiem vu" or "hoan thanh tot" or "httnv" or "htt" or "good" => RatingLevel.Good,
            "hoan thanh nhiem vu" or "hoan thanh" or "htnv" or "ht" or "completed" => RatingLevel.Completed,
            "khong hoan thanh nhiem vu" or "khong hoan thanh" or "khtnv" or "kht" or "not completed" or "notcompleted"
                => RatingLevel.NotCompleted,
            _ => default,
        };
        return level != default;
    }

    /// <summary>Reads a level; see <see cref="TryParse(ReadOnlySpan{char}, out RatingLevel)"/> for what is accepted.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a rating level.</exception>
    public static RatingLevel Parse(string text)
    {
        Guard.Against.Null(text);
        return TryParse(text, out var level)
            ? level
            : throw new FormatException($"\"{text}\" is not a rating level (expected for example \"Hoàn thành tốt nhiệm vụ\" or \"HTTNV\").");
    }

    /// <summary>Reads a level, accepting <see langword="null"/> as "not a level".</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="level">The level read.</param>
    /// <returns>Whether the text is a level.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out RatingLevel level)
    {
        if (text is null)
        {
            level = default;
            return false;
        }

        return TryParse(text.AsSpan(), out level);
    }
}

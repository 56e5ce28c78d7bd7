using System.ComponentModel;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// Labels, parsing and mapping of the pre-2018 ratings (R-LEGACY-LEVELS).
/// </summary>
/// <remarks>
/// Member labels map one to one onto the current levels (the member scale kept its shape in 2018). Organization labels
/// do not: "trong sạch, vững mạnh" judged a party organization's cleanliness and strength, a different question from
/// the 2018+ "hoàn thành … nhiệm vụ" scale, so <see cref="ToCurrent(LegacyRatingLevel)"/> refuses them and says why.
/// See docs/decisions/ratings-legacy-mapping.md. All members are pure and thread safe.
/// </remarks>
public static class LegacyRatings
{
    /// <summary>The Vietnamese label, NFC with diacritics.</summary>
    /// <param name="level">The legacy label.</param>
    /// <returns>For example <c>"Trong sạch, vững mạnh"</c>.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="level"/> is not a defined label.</exception>
    public static string ToVietnamese(this LegacyRatingLevel level) => Guard.Against.EnumOutOfRange(level) switch
    {
        LegacyRatingLevel.Exemplary => "Trong sạch, vững mạnh tiêu biểu",
        LegacyRatingLevel.CleanStrong => "Trong sạch, vững mạnh",
        LegacyRatingLevel.OrganizationGood => "Hoàn thành tốt nhiệm vụ",
        LegacyRatingLevel.OrganizationCompleted => "Hoàn thành nhiệm vụ",
        LegacyRatingLevel.Weak => "Yếu kém",
        LegacyRatingLevel.MemberExcellent => "Đủ tư cách, hoàn thành xuất sắc nhiệm vụ",
        LegacyRatingLevel.MemberGood => "Đủ tư cách, hoàn thành tốt nhiệm vụ",
        LegacyRatingLevel.MemberCompleted => "Đủ tư cách, hoàn thành nhiệm vụ",
        _ => "Vi phạm tư cách hoặc không hoàn thành nhiệm vụ",
    };

    /// <summary>The scale a legacy label belongs to.</summary>
    /// <param name="level">The legacy label.</param>
    /// <returns><see cref="LegacyScale.Organization"/> or <see cref="LegacyScale.Member"/>.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="level"/> is not a defined label.</exception>
    public static LegacyScale ScaleOf(this LegacyRatingLevel level) =>
        Guard.Against.EnumOutOfRange(level) <= LegacyRatingLevel.Weak ? LegacyScale.Organization : LegacyScale.Member;

    /// <summary>
    /// Reads a legacy label. Labels that name their scale ("trong sạch, vững mạnh", "yếu kém", "đủ tư cách …",
    /// "vi phạm tư cách …") are read whatever <paramref name="scale"/> says; the bare "hoàn thành (tốt/xuất sắc) nhiệm vụ"
    /// and "không hoàn thành nhiệm vụ" are read on <paramref name="scale"/>.
    /// </summary>
    /// <param name="text">The label, with or without diacritics, in either tone placement.</param>
    /// <param name="scale">The scale to read a bare label on.</param>
    /// <param name="level">The label read, or <c>default</c>.</param>
    /// <returns>Whether the text is a legacy label on that scale.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="scale"/> is not a defined scale.</exception>
    public static bool TryParse(ReadOnlySpan<char> text, LegacyScale scale, out LegacyRatingLevel level)
    {
        Guard.Against.EnumOutOfRange(scale);
        level = default;
        Span<char> buffer = stackalloc char[RatingText.MaxLabelLength];
        var length = RatingText.Canonicalize(text, buffer);
        if (length <= 0)
        {
            return false;
        }

        var key = RatingText.StripPrefixes(buffer[..length], ["xep loai ", "muc ", "loai ", "dat "]);
        level = key switch
        {
            "trong sach vung manh tieu bieu" or "tieu bieu" => LegacyRatingLevel.Exemplary,
            "trong sach vung manh" => LegacyRatingLevel.CleanStrong,
            "yeu kem" => LegacyRatingLevel.Weak,
            "du tu cach hoan thanh xuat sac nhiem vu" => LegacyRatingLevel.MemberExcellent,
            "du tu cach hoan thanh tot nhiem vu" => LegacyRatingLevel.MemberGood,
            "du tu cach hoan thanh nhiem vu" => LegacyRatingLevel.MemberCompleted,
            "vi pham tu cach hoac khong hoan thanh nhiem vu" or "vi pham tu cach" => LegacyRatingLevel.StandingViolated,
            _ => default,
        };
        if (level != default)
        {
            return true;
        }

        if (!RatingLevels.TryParse(key, out var current))
        {
            return false;
        }

        level = (scale, current) switch
        {
            (LegacyScale.Member, RatingLevel.Excellent) => LegacyRatingLevel.MemberExcellent,
            (LegacyScale.Member, RatingLevel.Good) => LegacyRatingLevel.MemberGood,
            (LegacyScale.Member, RatingLevel.Completed) => LegacyRatingLevel.MemberCompleted,
            (LegacyScale.Member, _) => LegacyRatingLevel.StandingViolated,
            (_, RatingLevel.Good) => LegacyRatingLevel.OrganizationGood,
            (_, RatingLevel.Completed) => LegacyRatingLevel.OrganizationCompleted,
            _ => default,
        };
        return level != default;
    }

    /// <summary>Reads a legacy label; see <see cref="TryParse(ReadOnlySpan{char}, LegacyScale, out LegacyRatingLevel)"/>.</summary>
    /// <param name="text">The label.</param>
    /// <param name="scale">The scale to read a bare label on.</param>
    /// <returns>The label read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="scale"/> is not a defined scale.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a legacy label on that scale.</exception>
    public static LegacyRatingLevel Parse(string text, LegacyScale scale)
    {
        Guard.Against.Null(text);
        return TryParse(text.AsSpan(), scale, out var level)
            ? level
            : throw new FormatException($"\"{text}\" is not a pre-2018 rating label on the {scale} scale.");
    }

    /// <summary>
    /// Maps a legacy label onto the current four levels where that is meaningful (the member scale), and says why not
    /// otherwise (the organization scale).
    /// </summary>
    /// <param name="level">The legacy label.</param>
    /// <returns>The mapping, with its explanation in Vietnamese and English.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="level"/> is not a defined label.</exception>
    public static LegacyMapping ToCurrent(this LegacyRatingLevel level)
    {
        Guard.Against.EnumOutOfRange(level);
        if (level.ScaleOf() == LegacyScale.Member)
        {
            var current = level switch
            {
                LegacyRatingLevel.MemberExcellent => RatingLevel.Excellent,
                LegacyRatingLevel.MemberGood => RatingLevel.Good,
                LegacyRatingLevel.MemberCompleted => RatingLevel.Completed,
                _ => RatingLevel.NotCompleted,
            };
            return new LegacyMapping(
                level,
                true,
                current,
                $"Mức đảng viên trước năm 2018 \"{level.ToVietnamese()}\" tương ứng mức \"{current.ToVietnamese()}\" (R-LEGACY-LEVELS).",
                $"The pre-2018 member level \"{level.ToVietnamese()}\" corresponds to \"{current.ToEnglish()}\" (R-LEGACY-LEVELS).");
        }

        return new LegacyMapping(
            level,
            false,
            default,
            $"Mức tổ chức đảng trước năm 2018 \"{level.ToVietnamese()}\" thuộc thang đánh giá \"trong sạch, vững mạnh\", không cùng thang với bốn mức từ năm 2018; không quy đổi (R-LEGACY-LEVELS).",
            $"The pre-2018 organization level \"{level.ToVietnamese()}\" belongs to the \"clean and strong\" scale, which is not the 2018+ four-level scale; it is not converted (R-LEGACY-LEVELS).");
    }
}

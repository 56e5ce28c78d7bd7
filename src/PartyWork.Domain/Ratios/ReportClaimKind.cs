namespace PartyWork.Domain.Ratios;

/// <summary>What a figure found by <see cref="ReportScanner"/> claims.</summary>
public enum ReportClaimKind
{
    /// <summary>
    /// A bare share <c>"a/b"</c> (<c>"3/443 hộ"</c>, <c>"10/10 phường"</c>): nothing printed to check beyond
    /// 0 ≤ a ≤ b, so it is consistent when that holds and unverifiable otherwise, never inconsistent.
    /// </summary>
    Fraction = 0,

    /// <summary>A share with its percentage, <c>"a/b (p%)"</c> (<c>"493/502 (98,2%)"</c>): p is checked against a/b.</summary>
    FractionWithPercent = 1,

    /// <summary>
    /// A percentage tied to a count and a whole written earlier in the sentence
    /// (<c>"1.004 lượt cán bộ … trong đó hoàn thành xuất sắc nhiệm vụ: 281 đ/c (đạt 27,98%)"</c>): p is checked
    /// against count/whole.
    /// </summary>
    PercentOfWhole = 2,

    /// <summary>
    /// An enumeration <c>"W …, trong đó A: a; B: b …"</c> whose parts should add up to the whole
    /// (<c>"17.911 hồ sơ, trong đó … 17.826 hồ sơ, … 85 hồ sơ"</c>).
    /// </summary>
    PartsOfWhole = 3,
}

namespace PartyWork.Domain.Ratios;

/// <summary>
/// A claim as the scanner read it, before any verdict: where it is and the figures written. Internal: the public
/// result is <c>ReportClaim</c>.
/// </summary>
/// <param name="Kind">What the claim says.</param>
/// <param name="Start">The 0-based offset of the claim's first character.</param>
/// <param name="Length">The claim's length.</param>
/// <param name="Part">The count (numerator); 0 for <see cref="ReportClaimKind.PartsOfWhole"/>.</param>
/// <param name="Whole">The whole (denominator or total).</param>
/// <param name="Percent">The printed percentage as read first (its scale is the decimals written), if any.</param>
/// <param name="PercentAlternative">The other reading of an ambiguous percentage (<c>"1.004%"</c>), if any.</param>
/// <param name="Parts">The parts of an enumeration, otherwise <see langword="null"/>.</param>
/// <param name="Approximate">A qualifier ("gần", "trên", "khoảng"…) makes the claim approximate.</param>
internal readonly record struct ScannedClaim(
    ReportClaimKind Kind,
    int Start,
    int Length,
    long Part,
    long Whole,
    decimal? Percent,
    decimal? PercentAlternative,
    long[]? Parts,
    bool Approximate);

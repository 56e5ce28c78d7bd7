namespace PartyWork.Cli;

/// <summary>One claim in the JSON output of <c>partywork check --json</c>; the property order is the output order.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column (UTF-16 code units).</param>
/// <param name="Offset">The 0-based offset in the text (UTF-16 code units).</param>
/// <param name="Length">The length in UTF-16 code units.</param>
/// <param name="Kind">"fraction", "fractionWithPercent", "percentOfWhole" or "partsOfWhole".</param>
/// <param name="Text">The claim as written.</param>
/// <param name="Verdict">"consistent", "inconsistent" or "unverifiable".</param>
/// <param name="Part">The count read, or null for parts of a whole.</param>
/// <param name="Whole">The whole read.</param>
/// <param name="Parts">The parts of an enumeration (empty otherwise).</param>
/// <param name="PrintedPercent">The printed percentage as a number (27.98), or null.</param>
/// <param name="ExpectedPercent">The right percentage at the printed decimals (27.99), or null.</param>
/// <param name="Sum">The sum of the parts, or null.</param>
/// <param name="Correct">The correct figure in Vietnamese format ("27,99%", "1.004"), or null.</param>
/// <param name="Approximate">Whether a qualifier made the claim approximate.</param>
/// <param name="Truncated">Whether the printed figure was truncated instead of rounded.</param>
/// <param name="ReasonVietnamese">Why the claim is not consistent, in Vietnamese; empty when consistent.</param>
/// <param name="ReasonEnglish">Why the claim is not consistent, in English; empty when consistent.</param>
internal sealed record CheckReportClaim(
    int Line,
    int Column,
    int Offset,
    int Length,
    string Kind,
    string Text,
    string Verdict,
    long? Part,
    long Whole,
    IReadOnlyList<long> Parts,
    decimal? PrintedPercent,
    decimal? ExpectedPercent,
    long? Sum,
    string? Correct,
    bool Approximate,
    bool Truncated,
    string ReasonVietnamese,
    string ReasonEnglish);

using Ardalis.GuardClauses;
using PartyWork.Domain.Text;

namespace PartyWork.Domain.Ratios;

/// <summary>
/// Finds the ratio claims of Vietnamese report prose — <c>"a/b"</c>, <c>"a/b (p%)"</c>, a percentage tied to a count
/// and a whole, enumerations whose parts should add up — and checks each one with <see cref="ClaimVerifier"/>.
/// </summary>
/// <remarks>
/// <para>
/// The scanner is one hand-written pass over the characters (no regular expressions); it allocates per claim found,
/// not per word. Keywords ("trong đó", "đạt", "gần", "tháng"…) are matched on <see cref="VietnameseText.Fold(ReadOnlySpan{char})"/>
/// forms, so old and new tone placement, decomposed text and text without diacritics all work. Numbers are read with
/// <see cref="VietnameseNumber.TryRead"/>: Vietnamese notation first, unambiguous English notation ("99.41%",
/// "2,129,000") too.
/// </para>
/// <para>
/// Text it cannot read is left alone, never guessed: dates and codes ("4/8/2022", "tháng 7-2018", "90/2020/NĐ-CP",
/// "đ/c"), rates rather than shares ("17 tiêu chí/xã", "125 nữ/100 nam"), changes ("giảm 7,7%", "(-6,7%)",
/// "tăng 14% so với năm 2016") are not claims. A claim is called inconsistent only when the figures are certain:
/// approximate figures, figures that read two ways and lists that may be incomplete are unverifiable instead.
/// See docs/report-checking.md.
/// </para>
/// <para>All members are pure functions and safe to call from any thread.</para>
/// </remarks>
public static partial class ReportScanner
{
    /// <summary>Finds and checks every claim in <paramref name="text"/>.</summary>
    /// <param name="text">The report text, any length; it is not changed (positions refer to it as given).</param>
    /// <param name="options">How to judge the claims; <see cref="ReportScanOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The claims in the order they appear (by offset; at the same offset, the longer claim first).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <example>
    /// <c>ReportScanner.Scan("Đã giải quyết 493/502 (98,2%) vụ việc.")</c> returns one consistent
    /// <see cref="ReportClaimKind.FractionWithPercent"/> claim at 1:15 with text <c>"493/502 (98,2%)"</c>.
    /// </example>
    public static IReadOnlyList<ReportClaim> Scan(string text, ReportScanOptions? options = null)
    {
        Guard.Against.Null(text);
        return Scan(text.AsSpan(), options);
    }

    /// <summary>Finds and checks every claim in <paramref name="text"/>.</summary>
    /// <param name="text">The report text, any length (empty gives no claims).</param>
    /// <param name="options">How to judge the claims; <see cref="ReportScanOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The claims in the order they appear (by offset; at the same offset, the longer claim first).</returns>
    public static IReadOnlyList<ReportClaim> Scan(ReadOnlySpan<char> text, ReportScanOptions? options = null)
    {
        options ??= ReportScanOptions.Default;
        var found = Extract(text);
        if (found.Count == 0)
        {
            return [];
        }

        var claims = new ReportClaim[found.Count];
        var line = 1;
        var lineStart = 0;
        var scanned = 0;
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            for (; scanned < f.Start; scanned++)
            {
                if (text[scanned] == '\n')
                {
                    line++;
                    lineStart = scanned + 1;
                }
            }

            var position = new TextPosition(line, f.Start - lineStart + 1, f.Start, f.Length);
            claims[i] = Judge(f, position, text.Slice(f.Start, f.Length).ToString(), options);
        }

        return claims;
    }
}

namespace PartyWork.Domain.Ratios;

/// <summary>A claim found in a report by <see cref="ReportScanner"/>: where it is, what it says and whether it holds.</summary>
/// <remarks>
/// <para>
/// Instances come only from <see cref="ReportScanner"/> and are immutable. <see cref="Text"/> is exactly the scanned
/// text at <see cref="Position"/> (<c>text.Substring(Position.Offset, Position.Length)</c>), line breaks included.
/// </para>
/// <para>
/// The verdict never calls a claim inconsistent on a doubt: an approximate figure ("gần 59%"), a figure that reads two
/// ways ("1.004%"), a part larger than its whole or a list that may be incomplete are
/// <see cref="ClaimVerdict.Unverifiable"/> unless they are exactly consistent.
/// </para>
/// </remarks>
public sealed class ReportClaim
{
    internal ReportClaim(
        ReportClaimKind kind,
        TextPosition position,
        string text,
        long? part,
        long whole,
        decimal? printedPercent,
        IReadOnlyList<long> parts,
        bool isApproximate,
        ClaimVerdict verdict,
        decimal? expectedPercent,
        PercentClaimCheck? percentCheck,
        SumClaimCheck? sumCheck,
        string reasonVietnamese,
        string reasonEnglish)
    {
        this.Kind = kind;
        this.Position = position;
        this.Text = text;
        this.Part = part;
        this.Whole = whole;
        this.PrintedPercent = printedPercent;
        this.Parts = parts;
        this.IsApproximate = isApproximate;
        this.Verdict = verdict;
        this.ExpectedPercent = expectedPercent;
        this.PercentCheck = percentCheck;
        this.SumCheck = sumCheck;
        this.ReasonVietnamese = reasonVietnamese;
        this.ReasonEnglish = reasonEnglish;
    }

    /// <summary>Gets what the claim says.</summary>
    /// <value>A fraction, a fraction with its percentage, a percentage of a whole, or parts of a whole.</value>
    public ReportClaimKind Kind { get; }

    /// <summary>Gets where the claim is: 1-based line and column, 0-based offset and length.</summary>
    /// <value>The span of <see cref="Text"/> in the scanned text.</value>
    public TextPosition Position { get; }

    /// <summary>Gets the claim as written.</summary>
    /// <value>For example <c>"493/502 (98,2%)"</c> or <c>"12 đ/c ( đạt 11,95%)"</c>.</value>
    public string Text { get; }

    /// <summary>Gets the count (numerator) read.</summary>
    /// <value>The part; <see langword="null"/> for <see cref="ReportClaimKind.PartsOfWhole"/>.</value>
    public long? Part { get; }

    /// <summary>Gets the whole (denominator or total) read.</summary>
    /// <value>The whole; it may be zero in a bare fraction, which is then unverifiable.</value>
    public long Whole { get; }

    /// <summary>Gets the percentage as printed, with the decimals written as its scale (27.98m for <c>"27,98%"</c>).</summary>
    /// <value>The printed figure; <see langword="null"/> for a bare fraction and for parts of a whole.</value>
    public decimal? PrintedPercent { get; }

    /// <summary>Gets the parts of an enumeration, in the order written.</summary>
    /// <value>The parts (17.826, 85); empty unless <see cref="Kind"/> is <see cref="ReportClaimKind.PartsOfWhole"/>.</value>
    public IReadOnlyList<long> Parts { get; }

    /// <summary>Gets a value indicating whether a qualifier ("gần", "trên", "hơn", "dưới", "khoảng", "xấp xỉ"…) makes a figure approximate.</summary>
    /// <value><see langword="true"/> for <c>"gần 59%"</c>; such a claim is consistent or unverifiable, never inconsistent.</value>
    public bool IsApproximate { get; }

    /// <summary>Gets the verdict.</summary>
    /// <value>Consistent, inconsistent (see <see cref="ExpectedPercent"/> or <see cref="Sum"/>) or unverifiable (see the reason).</value>
    public ClaimVerdict Verdict { get; }

    /// <summary>Gets the right percentage: the exact share rounded half away from zero to the decimals printed (two for a bare fraction).</summary>
    /// <value>1.20m for <c>"12 đ/c (11,95%)"</c> of 1.004; <see langword="null"/> for parts of a whole and when the whole is zero.</value>
    public decimal? ExpectedPercent { get; }

    /// <summary>Gets the sum of <see cref="Parts"/>.</summary>
    /// <value>The sum for parts of a whole when it could be computed; otherwise <see langword="null"/>.</value>
    public long? Sum => this.SumCheck is { Verdict: not ClaimVerdict.Unverifiable } check ? check.Sum : null;

    /// <summary>Gets a value indicating whether the printed percentage equals the truncated share (<c>"27,98%"</c> for 281/1.004).</summary>
    /// <value><see langword="true"/> when the figure was cut instead of rounded.</value>
    public bool IsTruncated => this.PercentCheck is { MatchesTruncation: true, Verdict: ClaimVerdict.Inconsistent };

    /// <summary>Gets the check of the printed percentage, when one was made.</summary>
    /// <value>The result of <see cref="ClaimVerifier.CheckPercent(long, long, decimal, ClaimCheckOptions?)"/>, or <see langword="null"/>.</value>
    public PercentClaimCheck? PercentCheck { get; }

    /// <summary>Gets the check of the parts against the whole, when one was made.</summary>
    /// <value>The result of <see cref="ClaimVerifier.CheckSum(long, IReadOnlyList{long})"/>, or <see langword="null"/>.</value>
    public SumClaimCheck? SumCheck { get; }

    /// <summary>Gets why the claim is not consistent, in Vietnamese (NFC, with diacritics).</summary>
    /// <value>Empty when the claim is consistent.</value>
    public string ReasonVietnamese { get; }

    /// <summary>Gets why the claim is not consistent, in English.</summary>
    /// <value>Empty when the claim is consistent.</value>
    public string ReasonEnglish { get; }

    /// <summary>Describes the claim for logs: position, verdict and text.</summary>
    /// <returns>For example <c>"3:12 Inconsistent 12 đ/c (đạt 11,95%)"</c>.</returns>
    public override string ToString() => $"{this.Position} {this.Verdict} {this.Text}";
}

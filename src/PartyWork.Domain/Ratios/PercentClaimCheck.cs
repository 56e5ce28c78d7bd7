namespace PartyWork.Domain.Ratios;

/// <summary>The result of checking a printed claim "part of whole is p%" (see <see cref="ClaimVerifier"/>).</summary>
/// <remarks>
/// Instances come only from <see cref="ClaimVerifier"/>; they are immutable and compare by value. For a result that is
/// <see cref="ClaimVerdict.Unverifiable"/> because text could not be read, the figures that could not be computed are zero;
/// for one with more decimals than a decimal can hold for its value, <see cref="Expected"/> is <see cref="Exact"/>.
/// </remarks>
public sealed record PercentClaimCheck
{
    /// <summary>Initializes a new instance of the <see cref="PercentClaimCheck"/> class.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <param name="part">The part counted.</param>
    /// <param name="whole">The whole counted.</param>
    /// <param name="printed">The printed percentage, with the scale written.</param>
    /// <param name="exact">The exact percentage to decimal precision.</param>
    /// <param name="expected">The exact percentage rounded half away from zero to the printed scale.</param>
    /// <param name="matchesTruncation">Whether the printed figure equals the truncated value.</param>
    /// <param name="reasonVietnamese">The reason in Vietnamese, empty when consistent.</param>
    /// <param name="reasonEnglish">The reason in English, empty when consistent.</param>
    /// <param name="matchesApportionment">Whether the printed figure equals its largest-remainder share in a distribution.</param>
    internal PercentClaimCheck(
        ClaimVerdict verdict,
        long part,
        long whole,
        decimal printed,
        decimal exact,
        decimal expected,
        bool matchesTruncation,
        string reasonVietnamese,
        string reasonEnglish,
        bool matchesApportionment = false)
    {
        this.MatchesApportionment = matchesApportionment;
        this.Verdict = verdict;
        this.Part = part;
        this.Whole = whole;
        this.Printed = printed;
        this.Exact = exact;
        this.Expected = expected;
        this.MatchesTruncation = matchesTruncation;
        this.ReasonVietnamese = reasonVietnamese;
        this.ReasonEnglish = reasonEnglish;
    }

    /// <summary>
    /// Gets a value indicating whether the printed figure is the largest-remainder share of a distribution that sums to
    /// exactly 100 (see <see cref="ClaimCheckOptions.AcceptLargestRemainder"/>), which is why it may differ from
    /// rounding this one share alone.
    /// </summary>
    /// <value><see langword="true"/> only for checks made by <see cref="ClaimVerifier.CheckDistribution"/> or the report scanner.</value>
    public bool MatchesApportionment { get; }

    /// <summary>Gets the verdict.</summary>
    /// <value>Consistent, inconsistent (see <see cref="Expected"/> for the right figure) or unverifiable.</value>
    public ClaimVerdict Verdict { get; }

    /// <summary>Gets the part the percentage is computed from.</summary>
    /// <value>The count of the part, for example 281.</value>
    public long Part { get; }

    /// <summary>Gets the whole the percentage is computed from.</summary>
    /// <value>The count of the whole, for example 1004.</value>
    public long Whole { get; }

    /// <summary>Gets the percentage as printed.</summary>
    /// <value>The printed value; its <see cref="decimal.Scale"/> is the number of decimals written ("27,98" → 27.98m, scale 2).</value>
    public decimal Printed { get; }

    /// <summary>Gets <c>part × 100 / whole</c> to the full precision of a decimal.</summary>
    /// <value>For example 27.988047808764940239043824701m for 281/1.004; trailing zeros removed (12.5m for 1/8).</value>
    public decimal Exact { get; }

    /// <summary>Gets the figure that should have been printed: <see cref="Exact"/> rounded to the decimals written with the
    /// first of <see cref="ClaimCheckOptions.AcceptedRoundings"/> (half away from zero by default; truncation when only truncation is accepted).</summary>
    /// <value>For example 27.99m for 281/1.004 printed "27,98"; its scale equals <see cref="Printed"/>'s.</value>
    public decimal Expected { get; }

    /// <summary>Gets the number of decimals written, which sets the precision of the check.</summary>
    /// <value>The scale of <see cref="Printed"/>.</value>
    public int Decimals => this.Printed.Scale;

    /// <summary>Gets a value indicating whether the printed figure equals the exact value truncated to the decimals written.</summary>
    /// <value><see langword="true"/> for 281/1.004 printed "27,98" (27,988… cut after two decimals).</value>
    public bool MatchesTruncation { get; }

    /// <summary>Gets why the claim is not consistent, in Vietnamese (NFC, with diacritics).</summary>
    /// <value>Empty when <see cref="Verdict"/> is <see cref="ClaimVerdict.Consistent"/>.</value>
    public string ReasonVietnamese { get; }

    /// <summary>Gets why the claim is not consistent, in English.</summary>
    /// <value>Empty when <see cref="Verdict"/> is <see cref="ClaimVerdict.Consistent"/>.</value>
    public string ReasonEnglish { get; }
}

namespace PartyWork.Domain.Ratios;

/// <summary>The result of checking that printed parts add up to a printed whole (17.911 = 17.826 + 85).</summary>
/// <remarks>Instances come only from <see cref="ClaimVerifier.CheckSum"/>; they are immutable and compare by value.</remarks>
public sealed record SumClaimCheck
{
    /// <summary>Initializes a new instance of the <see cref="SumClaimCheck"/> class.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <param name="whole">The printed whole.</param>
    /// <param name="sum">The sum of the parts.</param>
    /// <param name="reasonVietnamese">The reason in Vietnamese, empty when consistent.</param>
    /// <param name="reasonEnglish">The reason in English, empty when consistent.</param>
    internal SumClaimCheck(ClaimVerdict verdict, long whole, long sum, string reasonVietnamese, string reasonEnglish)
    {
        this.Verdict = verdict;
        this.Whole = whole;
        this.Sum = sum;
        this.ReasonVietnamese = reasonVietnamese;
        this.ReasonEnglish = reasonEnglish;
    }

    /// <summary>Gets the verdict.</summary>
    /// <value>Consistent when the parts add up to the whole; inconsistent when they do not; unverifiable when there are no parts or their sum overflows.</value>
    public ClaimVerdict Verdict { get; }

    /// <summary>Gets the whole as printed.</summary>
    /// <value>For example 17911.</value>
    public long Whole { get; }

    /// <summary>Gets the sum of the parts.</summary>
    /// <value>For example 17911 for 17.826 + 85; zero when there are no parts or the sum overflows.</value>
    public long Sum { get; }

    /// <summary>Gets how far the sum is from the whole (<c>Sum − Whole</c>).</summary>
    /// <value>Zero when consistent; negative when the parts fall short of the whole.</value>
    public long Difference => this.Sum - this.Whole;

    /// <summary>Gets why the claim is not consistent, in Vietnamese (NFC, with diacritics).</summary>
    /// <value>Empty when <see cref="Verdict"/> is <see cref="ClaimVerdict.Consistent"/>.</value>
    public string ReasonVietnamese { get; }

    /// <summary>Gets why the claim is not consistent, in English.</summary>
    /// <value>Empty when <see cref="Verdict"/> is <see cref="ClaimVerdict.Consistent"/>.</value>
    public string ReasonEnglish { get; }
}

using NodaTime;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Tests.Docs;

/// <summary>The examples of docs/ratings.md (checked against the page by <see cref="DocsExamplesTests"/>).</summary>
public class RatingsExamples
{
    [Fact]
    public void PickingAPolicy()
    {
        // <example id="ratings-policy">
        var policy = RatingPolicies.ForReviewYear(2025);                 // 366-QĐ/TW + HD43
        var version = policy.Version;                                    // RegulationVersion.Qd366Hd43
        var same = RatingPolicies.ForPeriod(new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)));
        var name = same.Name;                                            // "Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW"
        // </example>

        Assert.Equal(RegulationVersion.Qd366Hd43, version);
        Assert.Same(policy, same);
        Assert.Equal("Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW", name);
        Assert.Equal(RegulationVersion.Qd132Hd21, RatingPolicies.ForReviewYear(2019).Version);
        Assert.Equal(RegulationVersion.Qd124Hd25, RatingPolicies.ForReviewYear(2023).Version);
        Assert.Equal(RegulationVersion.Qd124Hd25, RatingPolicies.ForReviewYear(2024).Version);
    }

    [Fact]
    public void ASelectorOfYourOwn()
    {
        // <example id="ratings-selector">
        var selector = new RatingPolicySelector(
        [
            new(1930, RatingPolicies.Legacy),
            new(2018, RatingPolicies.Qd132Hd21),
            new(2024, RatingPolicies.Qd124Hd25),     // 124-QĐ/TW first applied to the 2024 reviews
            new(2026, RatingPolicies.Qd366Hd43),
        ]);
        var policy2025 = selector.ForReviewYear(2025).Version;  // RegulationVersion.Qd124Hd25
        // </example>

        Assert.Equal(RegulationVersion.Qd124Hd25, policy2025);
        Assert.Equal(RegulationVersion.Qd132Hd21, selector.ForReviewYear(2023).Version);
        Assert.Throws<ArgumentOutOfRangeException>(() => selector.ForReviewYear(1929));
    }

    [Fact]
    public void ReplacingARule()
    {
        // <example id="ratings-replace">
        var agency = RatingPolicies.Qd366Hd43 with
        {
            IndividualQuota = new QuotaRule("R366-QUOTA") { MaxExcellentPercentOfGood = 15m },
            Caps = RatingPolicies.Qd366Hd43.Caps with { CapHead = false },      // R124-HEAD-TIE off
            CompletedTargets = null,                                            // R366-HT-COND off
        };
        var excellentOf37 = agency.IndividualQuota.MaxExcellent(37);            // 4 (6 at the default 20%)
        // </example>

        Assert.Equal(4, excellentOf37);
        Assert.Equal(6, RatingPolicies.Qd366Hd43.IndividualQuota!.MaxExcellent(37));
        Assert.False(agency.Caps.CapHead);
        Assert.Null(agency.CompletedTargets);
        Assert.NotNull(RatingPolicies.Qd366Hd43.CompletedTargets);
    }
}

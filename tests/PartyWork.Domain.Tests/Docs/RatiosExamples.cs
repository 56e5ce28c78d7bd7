using PartyWork.Domain.Ratios;

namespace PartyWork.Domain.Tests.Docs;

/// <summary>The examples of docs/ratios.md (checked against the page by <see cref="DocsExamplesTests"/>), and the page's other claims.</summary>
public class RatiosExamples
{
    [Fact]
    public void Ratio_APartOfAWhole()
    {
        // <example id="ratios-ratio">
        var attended = new Ratio(493, 502);
        var percent = attended.ToPercent(1);                      // 98.2m (scale 1)
        var printed = attended.ToVietnameseString();              // "493/502 (98,2%)"
        var cadres = new Ratio(281, 1004).ToVietnameseString(2);  // "281/1.004 (27,99%)"
        var invariant = attended.ToString();                      // "493/502" — the invariant round-trip format
        var same = Ratio.Parse("493/502") == attended;            // true
        var formatted = $"{new Ratio(281, 1004):P2}";             // "27,99%"
        // </example>

        Assert.Equal(98.2m, percent);
        Assert.Equal(1, percent.Scale);
        Assert.Equal("493/502 (98,2%)", printed);
        Assert.Equal("281/1.004 (27,99%)", cadres);
        Assert.Equal("493/502", invariant);
        Assert.True(same);
        Assert.Equal("27,99%", formatted);

        // The bullets under the example.
        Assert.Equal(Ratio.Zero, default(Ratio));
        Assert.NotEqual(new Ratio(1, 2), new Ratio(2, 4));
        Assert.True(new Ratio(1, 2).HasSameValueAs(new Ratio(2, 4)));
        Assert.Equal("part", Assert.Throws<ArgumentOutOfRangeException>(() => new Ratio(6, 5)).ParamName);
        Assert.Equal("281/1004", new Ratio(281, 1004).ToString("G", null));
        Assert.Equal("281/1.004 (27,99%)", new Ratio(281, 1004).ToString("V2", null));
        Assert.Equal("28,0%", new Ratio(281, 1004).ToString("P", null));
    }

    [Fact]
    public void Percent_RoundingYouChoose()
    {
        // <example id="ratios-percent">
        var rounded = new Ratio(1, 8).ToPercent(0);                                 // 13m — 12,5% half away from zero
        var toEven = new Ratio(1, 8).ToPercent(0, MidpointRounding.ToEven);         // 12m
        var truncated = new Ratio(281, 1004).ToPercent(2, MidpointRounding.ToZero); // 27.98m — truncation
        var achievement = Percent.Of(1000, 700, 2);                                 // 142.86m — achievement over plan, may exceed 100
        // </example>

        Assert.Equal(13m, rounded);
        Assert.Equal(12m, toEven);
        Assert.Equal(27.98m, truncated);
        Assert.Equal(142.86m, achievement);
        Assert.Equal(2, new Ratio(12, 1004).ToPercent(2).Scale);
        Assert.Equal(100.0m, new Ratio(502, 502).ToPercent(1));
    }

    [Fact]
    public void Apportionment_SumsToExactly100()
    {
        // <example id="ratios-apportionment">
        var shares = Apportionment.Percentages([281, 705, 12, 6], 2);  // [27.99m, 70.22m, 1.19m, 0.60m] — sums to 100.00
        var files = Apportionment.Percentages([17826, 85], 2);         // [99.53m, 0.47m]
        var seats = Apportionment.LargestRemainder([3, 1], 2);         // [2, 0] — seats, or any units, by the same rule
        // </example>

        Assert.Equal([27.99m, 70.22m, 1.19m, 0.60m], shares);
        Assert.Equal(100.00m, shares.Sum());
        Assert.Equal([99.53m, 0.47m], files);
        Assert.Equal([2, 0], seats);

        // Rounding each share alone gives 100,01 (the paragraph above the example).
        Assert.Equal(100.01m, new long[] { 281, 705, 12, 6 }.Sum(c => new Ratio(c, 1004).ToPercent(2)));
    }

    [Fact]
    public void Apportionment_BadInput_AsThePageSays()
    {
        Assert.Throws<ArgumentNullException>(() => Apportionment.Percentages(null!, 2));
        Assert.Throws<ArgumentException>(() => Apportionment.Percentages([], 2));
        Assert.Throws<ArgumentException>(() => Apportionment.Percentages([0, 0], 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Apportionment.Percentages([5, -1], 2));
        Assert.Throws<OverflowException>(() => Apportionment.Percentages([long.MaxValue, 1], 2));
    }

    [Fact]
    public void PooledRateVersusMeanOfRates()
    {
        // <example id="ratios-rates">
        Ratio[] units = [new(9, 10), new(10, 100)];     // a cell: 9 of 10 good; a large committee: 10 of 100
        var pooled = Rates.Pooled(units);               // 19/110: every member weighs the same
        var printed = pooled.ToVietnameseString();      // "19/110 (17,3%)"
        var mean = Rates.MeanOfRates(units, 1);         // 50.0m — the typical unit: (90% + 10%) / 2
        // </example>

        Assert.Equal(new Ratio(19, 110), pooled);
        Assert.Equal("19/110 (17,3%)", printed);
        Assert.Equal(50.0m, mean);
        Assert.Equal(1, mean.Scale);
    }

    [Fact]
    public void CheckingAPrintedClaim()
    {
        // <example id="ratios-check">
        var check = ClaimVerifier.CheckPercent(281, 1004, 27.98m);
        var verdict = check.Verdict;                 // ClaimVerdict.Inconsistent
        var expected = check.Expected;               // 27.99m
        var truncated = check.MatchesTruncation;     // true — the reason says the figure was truncated
        var wrong = ClaimVerifier.CheckPercent(12, 1004, 11.95m).Expected;       // 1.20m — the printed 11,95% is simply wrong
        var right = ClaimVerifier.CheckPercent(493, 502, 98.2m).Verdict;         // Consistent
        var fromText = ClaimVerifier.CheckPercent("6", "1.004", "0,6%").Verdict; // Consistent — read from the text as written
        var sum = ClaimVerifier.CheckSum(17911, [17826, 85]).Verdict;            // Consistent — 17.911 = 17.826 + 85
        // </example>

        Assert.Equal(ClaimVerdict.Inconsistent, verdict);
        Assert.Equal(27.99m, expected);
        Assert.True(truncated);
        Assert.Contains("truncated", check.ReasonEnglish, StringComparison.Ordinal);
        Assert.Equal(1.20m, wrong);
        Assert.Equal(ClaimVerdict.Consistent, right);
        Assert.Equal(ClaimVerdict.Consistent, fromText);
        Assert.Equal(ClaimVerdict.Consistent, sum);

        // The bullets under the example.
        Assert.Equal(ClaimVerdict.Inconsistent, ClaimVerifier.CheckPercent(493, 502, 98.20m).Verdict);
        Assert.Equal(ClaimVerdict.Consistent, ClaimVerifier.CheckPercent(281, 1004, 27.98m, ClaimCheckOptions.Default with { AcceptTruncation = true }).Verdict);
        Assert.Equal(ClaimVerdict.Unverifiable, ClaimVerifier.CheckPercent("1", "1.000", "1.004%").Verdict);
        Assert.Equal(ClaimVerdict.Consistent, ClaimVerifier.CheckPercent("17.826", "2,129,000", "0,84 %").Verdict);
        Assert.Equal(ClaimVerdict.Unverifiable, ClaimVerifier.CheckSum(17911, []).Verdict);
        Assert.Equal(ClaimVerdict.Unverifiable, ClaimVerifier.CheckSum(1, [long.MaxValue, 1]).Verdict);
    }

    [Fact]
    public void PrintedDistributions()
    {
        // <example id="ratios-distribution">
        var checks = ClaimVerifier.CheckDistribution([281, 705, 12, 6], [27.99m, 70.22m, 1.19m, 0.60m]);
        var verdict = checks[2].Verdict;                    // Consistent (12/1.004 alone rounds to 1,20)
        var apportioned = checks[2].MatchesApportionment;   // true
        // </example>

        Assert.Equal(ClaimVerdict.Consistent, verdict);
        Assert.True(apportioned);
        Assert.All(checks, c => Assert.Equal(ClaimVerdict.Consistent, c.Verdict));
        Assert.Equal(
            ClaimVerdict.Inconsistent,
            ClaimVerifier.CheckDistribution([281, 705, 12, 6], [27.99m, 70.22m, 1.19m, 0.60m], ClaimCheckOptions.Default with { AcceptLargestRemainder = false })[2].Verdict);
    }

    [Fact]
    public void FiguresOverAHundred()
    {
        Assert.Throws<FormatException>(() => Ratio.Parse("6/5"));
        Assert.Equal(ClaimVerdict.Consistent, ClaimVerifier.CheckPercent(1001, 1000, 100m).Verdict);
        Assert.Equal(ClaimVerdict.Inconsistent, ClaimVerifier.CheckPercent(125, 100, 25m).Verdict);
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Tests.Ratings;

[Trait("Rule", "R-POLICY-SELECT")]
public class RatingPolicySelectorTests
{
    // An agency that reads 124 as first applied to the 2024 reviews and 366 only from 2026.
    private static readonly RatingPolicySelector Agency = new(
    [
        new(1930, RatingPolicies.Legacy),
        new(2018, RatingPolicies.Qd132Hd21),
        new(2024, RatingPolicies.Qd124Hd25),
        new(2026, RatingPolicies.Qd366Hd43),
    ]);

    [Theory]
    [InlineData(2017, RegulationVersion.Legacy)]
    [InlineData(2018, RegulationVersion.Qd132Hd21)]
    [InlineData(2023, RegulationVersion.Qd132Hd21)]
    [InlineData(2024, RegulationVersion.Qd124Hd25)]
    [InlineData(2025, RegulationVersion.Qd124Hd25)]
    [InlineData(2026, RegulationVersion.Qd366Hd43)]
    public void ForReviewYear_ReplacedSelector_UsesItsOwnBoundaries(int year, RegulationVersion expected) =>
        Assert.Equal(expected, Agency.ForReviewYear(year).Version);

    [Fact]
    public void ForPeriod_ReplacedSelector_UsesTheYearThePeriodEndsIn()
    {
        var quarter2025 = new DateInterval(new LocalDate(2025, 10, 1), new LocalDate(2025, 12, 31));

        Assert.Same(RatingPolicies.Qd124Hd25, Agency.ForPeriod(quarter2025));
        Assert.Same(RatingPolicies.Qd366Hd43, RatingPolicySelector.Default.ForPeriod(quarter2025));
    }

    [Fact]
    public void Default_HoldsTheBriefsBoundaries_AndTheShortcutsUseIt()
    {
        Assert.Equal(
            [1930, RatingPolicies.FirstYearOf132, RatingPolicies.FirstYearOfHd21, RatingPolicies.FirstYearOf124, RatingPolicies.FirstYearOf366],
            RatingPolicySelector.Default.Boundaries.Select(b => b.FirstReviewYear));
        Assert.Equal(RatingPolicies.All, RatingPolicySelector.Default.Boundaries.Select(b => b.Policy));
        Assert.Equal([2018, 2019, 2023, 2025], new[] { RatingPolicies.FirstYearOf132, RatingPolicies.FirstYearOfHd21, RatingPolicies.FirstYearOf124, RatingPolicies.FirstYearOf366 });
    }

    [Fact]
    public void Equality_IsByTheBoundariesInOrder()
    {
        var same = new RatingPolicySelector(Agency.Boundaries);
        var other = new RatingPolicySelector(Agency.Boundaries.Take(3));

        Assert.Equal(Agency, same);
        Assert.Equal(Agency.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(Agency, other);
        Assert.NotEqual(Agency, RatingPolicySelector.Default);
        Assert.False(Agency.Equals(null));
    }

    [Fact]
    public void ForReviewYear_BeforeTheFirstBoundary_Throws_AndSaysWhy()
    {
        var from2023 = new RatingPolicySelector([new(2023, RatingPolicies.Qd124Hd25)]);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => from2023.ForReviewYear(2022));

        Assert.Contains("2023", error.Message, StringComparison.Ordinal);
        Assert.Same(RatingPolicies.Qd124Hd25, from2023.ForReviewYear(9999));
    }

    [Fact]
    public void BadInput_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new RatingPolicySelector(null!));
        Assert.Throws<ArgumentException>(() => new RatingPolicySelector([]));
        Assert.Throws<ArgumentNullException>(() => new RatingPolicySelector([default]));
        Assert.Throws<ArgumentNullException>(() => new RatingPolicySelector([new(2020, null!)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RatingPolicySelector([new(1929, RatingPolicies.Legacy)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RatingPolicySelector([new(10_000, RatingPolicies.Legacy)]));
        var unsorted = Assert.Throws<ArgumentException>(() => new RatingPolicySelector([new(2025, RatingPolicies.Qd366Hd43), new(2023, RatingPolicies.Qd124Hd25)]));
        Assert.Equal("boundaries", unsorted.ParamName);
        Assert.Throws<ArgumentException>(() => new RatingPolicySelector([new(2023, RatingPolicies.Qd124Hd25), new(2023, RatingPolicies.Qd366Hd43)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Agency.ForReviewYear(1929));
        Assert.Throws<ArgumentOutOfRangeException>(() => Agency.ForReviewYear(10_000));
        Assert.Throws<ArgumentNullException>(() => Agency.ForPeriod(null!));
    }

    [Property]
    public Property ForReviewYear_IsThePolicyOfTheLastBoundaryAtOrBeforeTheYear() =>
        Prop.ForAll(
            Arb.From(Gen.Choose(1930, 9999).ArrayOf().Select(ys => ys.Distinct().Order().ToArray()).Where(ys => ys.Length > 0)),
            Arb.From(Gen.Choose(1930, 9999)),
            (years, year) =>
            {
                var selector = new RatingPolicySelector(years.Select((y, i) => new RatingPolicyBoundary(y, RatingPolicies.All[i % RatingPolicies.All.Count])));
                var index = Array.FindLastIndex(years, y => y <= year);
                if (index < 0)
                {
                    return Throws(() => selector.ForReviewYear(year));
                }

                return ReferenceEquals(selector.ForReviewYear(year), RatingPolicies.All[index % RatingPolicies.All.Count]);
            });

    private static bool Throws(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (ArgumentOutOfRangeException)
        {
            return true;
        }
    }
}

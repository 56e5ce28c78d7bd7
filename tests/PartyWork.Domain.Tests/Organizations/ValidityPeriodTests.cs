using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PartyWork.Domain.Organizations;
using PartyWork.Domain.Tests.Contracts;

namespace PartyWork.Domain.Tests.Organizations;

public sealed class ValidityPeriodTests
{
    private static readonly LocalDate Reform = new(2025, 7, 1);

    public static Arbitrary<ValidityPeriod> Periods() => Arb.From(
        from start in Gen.Choose(-400, 400)
        from length in Gen.Choose(0, 400)
        from open in Gen.Choose(0, 3)
        select open == 0 ? new ValidityPeriod(Reform.PlusDays(start)) : new ValidityPeriod(Reform.PlusDays(start), Reform.PlusDays(start + length)));

    [Fact]
    public void Constructor_EndBeforeStart_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ValidityPeriod(Reform, Reform.PlusDays(-1)));
        Assert.Equal("end", error.ParamName);
        Assert.Contains("2025-06-30", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Contains_DistrictPeriod_EndsOnThirtiethOfJune()
    {
        var district = new ValidityPeriod(new LocalDate(1930, 2, 3), new LocalDate(2025, 6, 30));
        Assert.True(district.Contains(new LocalDate(2025, 6, 30)));
        Assert.False(district.Contains(Reform));
        Assert.False(district.Contains(new LocalDate(1930, 2, 2)));
        Assert.True(new ValidityPeriod(Reform).Contains(new LocalDate(2100, 1, 1)));
    }

    [Fact]
    public void Intersect_TouchingAndDisjoint_GivesOneDayOrNothing()
    {
        var a = new ValidityPeriod(new LocalDate(2020, 10, 16), new LocalDate(2025, 6, 30));
        var b = new ValidityPeriod(new LocalDate(2025, 6, 30));
        Assert.Equal(new ValidityPeriod(new LocalDate(2025, 6, 30), new LocalDate(2025, 6, 30)), a.Intersect(b));
        Assert.Null(a.Intersect(new ValidityPeriod(Reform)));
        Assert.False(a.Overlaps(new ValidityPeriod(Reform)));
        Assert.Equal(new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 6, 30)),
            a.Intersect(new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31))));
    }

    [Fact]
    public void ToDateInterval_OpenEnded_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => new ValidityPeriod(Reform).ToDateInterval());
        var closed = new ValidityPeriod(Reform, new LocalDate(2030, 6, 30));
        Assert.Equal(new DateInterval(Reform, new LocalDate(2030, 6, 30)), closed.ToDateInterval());
        Assert.Equal(closed, ValidityPeriod.FromInterval(closed.ToDateInterval()));
    }

    [Fact]
    public void BadInput_NullIntervalAndMalformedText_AreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => ValidityPeriod.FromInterval(null!));
        Assert.Throws<ArgumentNullException>(() => new ValidityPeriod(Reform).Intersect((DateInterval)null!));
        Assert.Throws<ArgumentNullException>(() => ValidityPeriod.Parse(null!, null));
        Assert.Throws<FormatException>(() => ValidityPeriod.Parse("2025-07-01", null));
        Assert.Throws<FormatException>(() => ValidityPeriod.Parse("2025-07-01/2025-06-30", null));
        Assert.Throws<FormatException>(() => ValidityPeriod.Parse("01/07/2025/..", null));
        Assert.Throws<FormatException>(() => new ValidityPeriod(Reform).ToString("X", null));
        Assert.False(ValidityPeriod.TryParse((string?)null, null, out _));
        Assert.False(ValidityPeriod.TryParse("", null, out _));
    }

    [Fact]
    public void ToString_OpenAndClosed_UsesIsoText()
    {
        Assert.Equal("2025-07-01/..", new ValidityPeriod(Reform).ToString());
        Assert.Equal("2020-10-16/2025-06-30", new ValidityPeriod(new LocalDate(2020, 10, 16), new LocalDate(2025, 6, 30)).ToString());
        Span<char> small = stackalloc char[5];
        Assert.False(new ValidityPeriod(Reform).TryFormat(small, out var written, default, null));
        Assert.Equal(0, written);
    }

    [Fact]
    public void Default_StartsOnDefaultDate_OpenEnded()
    {
        var period = default(ValidityPeriod);
        Assert.Equal(default, period.Start);
        Assert.True(period.IsOpenEnded);
        Assert.True(ValidityPeriod.Always.Contains(LocalDate.MinIsoValue));
        Assert.Equal(ValidityPeriod.Always, ValidityPeriod.Parse(ValidityPeriod.Always.ToString(), null));
    }

    [Property(Arbitrary = [typeof(ValidityPeriodTests)])]
    public void Parse_RoundTripsToString(ValidityPeriod period)
    {
        Assert.Equal(period, ValidityPeriod.Parse(period.ToString(), null));
        Span<char> buffer = stackalloc char[64];
        Assert.True(period.TryFormat(buffer, out var written, "G", null));
        Assert.True(ValidityPeriod.TryParse(buffer[..written], null, out var parsed));
        Assert.Equal(period, parsed);
    }

    [Property(Arbitrary = [typeof(ValidityPeriodTests)])]
    public void EqualityAndComparison_ObeyTheLaws(ValidityPeriod a, ValidityPeriod b, ValidityPeriod c)
    {
        ValueContract.AssertEqualityLaws(a, b);
        ValueContract.AssertComparisonLaws(a, b, c);
        Assert.Equal(a.CompareTo(b) < 0, a < b);
        Assert.Equal(a.CompareTo(b) >= 0, a >= b);
        Assert.Equal(a.CompareTo(b) > 0, a > b);
        Assert.Equal(a.CompareTo(b) <= 0, a <= b);
    }

    [Property(Arbitrary = [typeof(ValidityPeriodTests)])]
    public void Intersect_AgreesWithContainsOnEveryDay(ValidityPeriod a, ValidityPeriod b)
    {
        var common = a.Intersect(b);
        Assert.Equal(common, b.Intersect(a));
        for (var day = Reform.PlusDays(-410); day <= Reform.PlusDays(810); day = day.PlusDays(7))
        {
            Assert.Equal(a.Contains(day) && b.Contains(day), common is { } c && c.Contains(day));
        }
    }

    [Fact]
    public void NonIsoDates_AreRejectedWithTheDocumentedException()
    {
        var julian = new LocalDate(2025, 7, 1, CalendarSystem.Julian);
        Assert.Throws<ArgumentOutOfRangeException>(() => ValidityPeriod.Always.Contains(julian));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ValidityPeriod(julian));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ValidityPeriod(new LocalDate(2025, 1, 1), julian));
    }
}

using System.Globalization;
using NodaTime;
using PartyWork.Domain.Terms;

namespace PartyWork.Domain.Tests.Terms;

/// <summary>Exception messages of the Terms area write dates as dd/MM/yyyy whatever the current culture's date separator.</summary>
public sealed class TermsCultureTests
{
    public static TheoryData<string, string> Messages() => new()
    {
        { "CatalogFind", "03/02/1930" },
        { "CatalogOrder", "05/01/2000" },
        { "FromCongress", "01/01/9950" },
        { "CongressTermReversed", "09/07/2015" },
        { "CongressTermMismatch", "15/06/2016" },
        { "ReviewPeriodReversed", "01/03/2018" },
        { "ReviewPeriodInterval", "01/03/2018" },
        { "NationalCongress", "19/01/2026" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void ExceptionMessages_UseSlashes_WhenTheCultureSeparatorDiffers(string scenario, string expectedDate)
    {
        var previous = CultureInfo.CurrentCulture;
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.DateTimeFormat.DateSeparator = "-";
        try
        {
            CultureInfo.CurrentCulture = culture;
            var error = Throw(scenario);
            Assert.Contains(expectedDate, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private static Exception Throw(string scenario)
    {
        var days = new DateInterval(new LocalDate(2026, 1, 19), new LocalDate(2026, 1, 23));
        return scenario switch
        {
            "CatalogFind" => Assert.Throws<ArgumentOutOfRangeException>(() => CentralCommitteeCatalog.Default.Find(new LocalDate(1930, 2, 3))),
            "CatalogOrder" => Assert.Throws<ArgumentException>(() => new CentralCommitteeCatalog(
            [
                new NationalCongress(new DateInterval(new LocalDate(2000, 1, 1), new LocalDate(2000, 1, 5))),
                new NationalCongress(new DateInterval(new LocalDate(2000, 1, 5), new LocalDate(2000, 1, 9))),
            ])),
            "FromCongress" => Assert.Throws<ArgumentOutOfRangeException>(() => CongressTerm.FromCongress(new LocalDate(9950, 1, 1), TermLengthRule.Local)),
            "CongressTermReversed" => Assert.Throws<FormatException>(() => CongressTerm.Parse("nhiệm kỳ 2015-2020 (từ ngày 15.06.2020 đến ngày 09.07.2015)")),
            "CongressTermMismatch" => Assert.Throws<FormatException>(() => CongressTerm.Parse("nhiệm kỳ 2015-2020 (từ ngày 15.06.2016 đến ngày 09.07.2020)")),
            "ReviewPeriodReversed" => Assert.Throws<FormatException>(() => ReviewPeriod.Parse("từ ngày 15.04.2018 đến ngày 01.03.2018")),
            "ReviewPeriodInterval" => Assert.Throws<ArgumentException>(() => ReviewPeriod.Interval(new LocalDate(2018, 4, 15), new LocalDate(2018, 3, 1))),
            "NationalCongress" => Assert.Throws<ArgumentOutOfRangeException>(() => new NationalCongress(days, new LocalDate(2026, 1, 10))),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "Unknown scenario."),
        };
    }
}

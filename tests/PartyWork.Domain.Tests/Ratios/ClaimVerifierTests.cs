using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyWork.Domain.Ratios;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Ratios;

public class ClaimVerifierTests
{
    // A cadre review: of 1.004 cadres, 281 rated excellent, 705 good, 12 completed, 6 not completed.
    [Fact]
    public void CheckPercent_TruncatedExcellentShare_IsInconsistentAndSaysTruncated()
    {
        var check = ClaimVerifier.CheckPercent(281, 1004, 27.98m);

        Assert.Equal(ClaimVerdict.Inconsistent, check.Verdict);
        Assert.Equal(27.99m, check.Expected);
        Assert.Equal(2, check.Expected.Scale);
        Assert.True(check.MatchesTruncation);
        Assert.Equal(2, check.Decimals);
        Assert.Equal(27.988047808764940239043824701m, check.Exact);
        Assert.Contains("27,99%", check.ReasonVietnamese, StringComparison.Ordinal);
        Assert.Contains("cắt bớt", check.ReasonVietnamese, StringComparison.Ordinal);
        Assert.Contains("truncated", check.ReasonEnglish, StringComparison.Ordinal);
        Assert.Equal(
            "Số in ra 27,98% không khớp: 281/1.004 = 27,9880…%, làm tròn đến 2 chữ số thập phân là 27,99%. Số in ra là giá trị bị cắt bớt chữ số, không được làm tròn.",
            check.ReasonVietnamese);
        Assert.Equal(
            "The printed 27.98% does not match: 281/1,004 = 27.9880…%, which rounds to 2 decimals to 27.99%. The printed figure was truncated instead of rounded.",
            check.ReasonEnglish);
    }

    [Fact]
    public void CheckPercent_TruncatedGoodShare_IsInconsistent()
    {
        var check = ClaimVerifier.CheckPercent(705, 1004, 70.21m);

        Assert.Equal(ClaimVerdict.Inconsistent, check.Verdict);
        Assert.Equal(70.22m, check.Expected);
        Assert.True(check.MatchesTruncation);
    }

    [Fact]
    public void CheckPercent_WrongCompletedShare_IsInconsistentWithTheRightFigure()
    {
        var check = ClaimVerifier.CheckPercent(12, 1004, 11.95m);

        Assert.Equal(ClaimVerdict.Inconsistent, check.Verdict);
        Assert.Equal(1.20m, check.Expected);
        Assert.Equal("1.20", check.Expected.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(check.MatchesTruncation);
        Assert.Contains("1,20%", check.ReasonVietnamese, StringComparison.Ordinal);
        Assert.DoesNotContain("cắt bớt", check.ReasonVietnamese, StringComparison.Ordinal);
        Assert.Equal("The printed 11.95% does not match: 12/1,004 = 1.1952…%, which rounds to 2 decimals to 1.20%.", check.ReasonEnglish);
    }

    // English messages write numbers in English notation, Vietnamese ones in Vietnamese notation.
    [Property]
    public void CheckPercent_Reasons_UseTheNotationOfTheirLanguage(PositiveInt part, PositiveInt extra)
    {
        var whole = (long)part.Get + extra.Get + 1000;
        var rounded = Math.Round(part.Get * 100m / whole, 2, MidpointRounding.AwayFromZero);
        var wrong = rounded >= 50m ? rounded - 0.5m : rounded + 0.5m;
        var check = ClaimVerifier.CheckPercent(part.Get, whole, wrong);

        Assert.Equal(ClaimVerdict.Inconsistent, check.Verdict);
        var english = whole.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        var vietnamese = english.Replace(',', '.');
        Assert.Contains("/" + english + " = ", check.ReasonEnglish, StringComparison.Ordinal);
        Assert.Contains("/" + vietnamese + " = ", check.ReasonVietnamese, StringComparison.Ordinal);
        Assert.EndsWith(wrong.ToString(System.Globalization.CultureInfo.InvariantCulture) + "%", check.ReasonEnglish[..check.ReasonEnglish.IndexOf(" does not", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public void CheckPercent_NotCompletedShareWithOneDecimal_IsConsistent()
    {
        var check = ClaimVerifier.CheckPercent(6, 1004, 0.6m);

        Assert.Equal(ClaimVerdict.Consistent, check.Verdict);
        Assert.Equal(0.6m, check.Expected);
        Assert.Empty(check.ReasonVietnamese);
        Assert.Empty(check.ReasonEnglish);
    }

    [Fact]
    public void CheckPercent_MembersAttending_IsConsistent()
    {
        // 493 of 502 members attended: 98,2%.
        var check = ClaimVerifier.CheckPercent(493, 502, 98.2m);

        Assert.Equal(ClaimVerdict.Consistent, check.Verdict);
        Assert.Equal(98.2m, check.Expected);
    }

    [Theory]
    [InlineData(3L, 443L, "0.68", ClaimVerdict.Consistent)]
    [InlineData(3L, 443L, "0.67", ClaimVerdict.Inconsistent)]
    [InlineData(10L, 10L, "100", ClaimVerdict.Consistent)]
    [InlineData(10L, 10L, "100.0", ClaimVerdict.Consistent)]
    [InlineData(32L, 63L, "50.79", ClaimVerdict.Consistent)]
    [InlineData(32L, 63L, "50.8", ClaimVerdict.Consistent)]
    [InlineData(32L, 63L, "51", ClaimVerdict.Consistent)]
    [InlineData(32L, 63L, "50.7", ClaimVerdict.Inconsistent)]
    public void CheckPercent_SeedFigures(long part, long whole, string printed, ClaimVerdict verdict)
    {
        var value = decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(verdict, ClaimVerifier.CheckPercent(part, whole, value).Verdict);
    }

    [Fact]
    public void CheckPercent_ExactMidpoint_AcceptsHalfUpAndHalfEvenByDefault()
    {
        // 1/8 = 12,5% exactly: half away from zero gives 13, half to even gives 12.
        Assert.Equal(ClaimVerdict.Consistent, ClaimVerifier.CheckPercent(1, 8, 13m).Verdict);
        Assert.Equal(ClaimVerdict.Consistent, ClaimVerifier.CheckPercent(1, 8, 12m).Verdict);
        Assert.Equal(13m, ClaimVerifier.CheckPercent(1, 8, 12m).Expected);
        Assert.Equal(12.5m, ClaimVerifier.CheckPercent(1, 8, 12m).Exact);
    }

    [Fact]
    public void CheckPercent_MidpointWithOnlyHalfUpAccepted_RejectsHalfEven()
    {
        var options = new ClaimCheckOptions { AcceptedRoundings = [MidpointRounding.AwayFromZero] };

        var check = ClaimVerifier.CheckPercent(1, 8, 12m, options);

        Assert.Equal(ClaimVerdict.Inconsistent, check.Verdict);
        Assert.True(check.MatchesTruncation);
    }

    [Fact]
    public void CheckPercent_TruncationOptedIn_IsConsistent()
    {
        var options = ClaimCheckOptions.Default with { AcceptTruncation = true };

        var check = ClaimVerifier.CheckPercent(281, 1004, 27.98m, options);

        Assert.Equal(ClaimVerdict.Consistent, check.Verdict);
        Assert.True(check.MatchesTruncation);
        Assert.Equal(27.99m, check.Expected);
    }

    [Fact]
    public void CheckPercent_AchievementOverPlan_IsChecked()
    {
        // 1.000 of a plan of 700: 142,857…%
        Assert.Equal(ClaimVerdict.Consistent, ClaimVerifier.CheckPercent(1000, 700, 142.86m).Verdict);
        var truncated = ClaimVerifier.CheckPercent(1000, 700, 142.85m);
        Assert.Equal(ClaimVerdict.Inconsistent, truncated.Verdict);
        Assert.True(truncated.MatchesTruncation);
        Assert.Equal(142.86m, truncated.Expected);
    }

    [Fact]
    public void CheckPercent_ScaleWritten_SetsThePrecision()
    {
        // "98,20%" claims two decimals: 493/502 = 98,207…% rounds to 98,21.
        var check = ClaimVerifier.CheckPercent(493, 502, 98.20m);

        Assert.Equal(ClaimVerdict.Inconsistent, check.Verdict);
        Assert.Equal(98.21m, check.Expected);
    }

    [Fact]
    public void CheckPercent_WholeNumberPercent_SaysWholeNumberInReason()
    {
        var check = ClaimVerifier.CheckPercent(3, 443, 0m);

        Assert.Equal(ClaimVerdict.Inconsistent, check.Verdict);
        Assert.Equal(1m, check.Expected);
        Assert.Contains("hàng đơn vị", check.ReasonVietnamese, StringComparison.Ordinal);
        Assert.Contains("whole number", check.ReasonEnglish, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckPercent_TooManyDecimalsForTheValue_IsUnverifiable()
    {
        var printed = new decimal(1, 0, 0, false, 28);
        var check = ClaimVerifier.CheckPercent(long.MaxValue, 1, printed);

        Assert.Equal(ClaimVerdict.Unverifiable, check.Verdict);
        Assert.NotEmpty(check.ReasonVietnamese);
        Assert.NotEmpty(check.ReasonEnglish);
    }

    [Theory]
    [InlineData(-1L, 10L, "1", "part")]
    [InlineData(1L, 0L, "1", "whole")]
    [InlineData(1L, -5L, "1", "whole")]
    [InlineData(1L, 10L, "-1", "printedPercent")]
    public void CheckPercent_BadArguments_Throw(long part, long whole, string printed, string parameter)
    {
        var value = decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ClaimVerifier.CheckPercent(part, whole, value));

        Assert.Equal(parameter, error.ParamName);
        Assert.Equal(parameter == "printedPercent" ? value : (object)(parameter == "part" ? part : whole), error.ActualValue);
    }

    [Fact]
    public void CheckPercent_OptionsAcceptingNothing_Throws()
    {
        var options = new ClaimCheckOptions { AcceptedRoundings = [] };

        var error = Assert.Throws<ArgumentException>(() => ClaimVerifier.CheckPercent(1, 2, 50m, options));

        Assert.Equal("options", error.ParamName);
    }

    [Fact]
    public void CheckPercent_OnlyTruncationAccepted_Works()
    {
        var options = new ClaimCheckOptions { AcceptedRoundings = [], AcceptTruncation = true };

        Assert.Equal(ClaimVerdict.Consistent, ClaimVerifier.CheckPercent(281, 1004, 27.98m, options).Verdict);
        Assert.Equal(ClaimVerdict.Inconsistent, ClaimVerifier.CheckPercent(281, 1004, 27.99m, options).Verdict);
    }

    [Theory]
    [InlineData("281", "1.004", "27,98%", ClaimVerdict.Inconsistent)]
    [InlineData("493", "502", "98,2%", ClaimVerdict.Consistent)]
    [InlineData("493", "502", " 98,2 % ", ClaimVerdict.Consistent)]
    [InlineData("04", "22", "18,18%", ClaimVerdict.Consistent)]
    [InlineData("12", "1.004", "11,95", ClaimVerdict.Inconsistent)]
    [InlineData("1.004", "1.004", "100%", ClaimVerdict.Consistent)]
    [InlineData("2,129,000", "2,129,000", "100%", ClaimVerdict.Consistent)]
    [InlineData("994", "1.000", "99.4%", ClaimVerdict.Consistent)]
    [InlineData("abc", "502", "98,2%", ClaimVerdict.Unverifiable)]
    [InlineData("493", "", "98,2%", ClaimVerdict.Unverifiable)]
    [InlineData("493", "0", "98,2%", ClaimVerdict.Unverifiable)]
    [InlineData("-4", "502", "98,2%", ClaimVerdict.Unverifiable)]
    [InlineData("4,5", "502", "98,2%", ClaimVerdict.Unverifiable)]
    [InlineData("493", "502", "98,,2%", ClaimVerdict.Unverifiable)]
    [InlineData("493", "502", "%", ClaimVerdict.Unverifiable)]
    [InlineData("1", "1.000", "1.004%", ClaimVerdict.Unverifiable)]
    public void CheckPercent_FromText_ReadsWhatReportsWrite(string part, string whole, string printed, ClaimVerdict verdict)
    {
        var check = ClaimVerifier.CheckPercent(part, whole, printed);

        Assert.Equal(verdict, check.Verdict);
        Assert.Equal(verdict == ClaimVerdict.Consistent, check.ReasonEnglish.Length == 0);
    }

    [Fact]
    public void CheckPercent_FromText_Null_Throws()
    {
        Assert.Equal("partText", Assert.Throws<ArgumentNullException>(() => ClaimVerifier.CheckPercent(null!, "1", "1%")).ParamName);
        Assert.Equal("wholeText", Assert.Throws<ArgumentNullException>(() => ClaimVerifier.CheckPercent("1", null!, "1%")).ParamName);
        Assert.Equal("printedPercentText", Assert.Throws<ArgumentNullException>(() => ClaimVerifier.CheckPercent("1", "1", null!)).ParamName);
    }

    [Fact]
    public void CheckSum_PartsAddUp_IsConsistent()
    {
        // 17.911 members: 17.826 official and 85 probationary.
        var check = ClaimVerifier.CheckSum(17911, [17826, 85]);

        Assert.Equal(ClaimVerdict.Consistent, check.Verdict);
        Assert.Equal(17911, check.Sum);
        Assert.Equal(0, check.Difference);
        Assert.Empty(check.ReasonVietnamese);
    }

    [Fact]
    public void CheckSum_PartsFallShort_IsInconsistentWithTheSum()
    {
        var check = ClaimVerifier.CheckSum(17911, [17826, 75]);

        Assert.Equal(ClaimVerdict.Inconsistent, check.Verdict);
        Assert.Equal(17901, check.Sum);
        Assert.Equal(-10, check.Difference);
        Assert.Contains("17.901", check.ReasonVietnamese, StringComparison.Ordinal);
        Assert.Contains("thiếu 10", check.ReasonVietnamese, StringComparison.Ordinal);
        Assert.Equal("The parts add up to 17,901, not the whole 17,911 (10 short).", check.ReasonEnglish);
    }

    [Fact]
    public void CheckSum_CadreDistribution_AddsUpTo1004()
    {
        Assert.Equal(ClaimVerdict.Consistent, ClaimVerifier.CheckSum(1004, [281, 705, 12, 6]).Verdict);
        var over = ClaimVerifier.CheckSum(1004, [281, 715, 12, 6]);
        Assert.Equal(ClaimVerdict.Inconsistent, over.Verdict);
        Assert.Contains("thừa 10", over.ReasonVietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckSum_NoParts_IsUnverifiable()
    {
        var check = ClaimVerifier.CheckSum(10, []);

        Assert.Equal(ClaimVerdict.Unverifiable, check.Verdict);
        Assert.NotEmpty(check.ReasonEnglish);
    }

    [Fact]
    public void CheckSum_Overflow_IsUnverifiable()
    {
        Assert.Equal(ClaimVerdict.Unverifiable, ClaimVerifier.CheckSum(10, [long.MaxValue, 1]).Verdict);
    }

    [Fact]
    public void CheckPercent_ExpectedUsesTheFirstAcceptedRounding()
    {
        var truncationOnly = new ClaimCheckOptions { AcceptedRoundings = [MidpointRounding.ToZero] };
        var check = ClaimVerifier.CheckPercent(281, 1004, 27.99m, truncationOnly);
        Assert.Equal(ClaimVerdict.Inconsistent, check.Verdict);
        Assert.Equal(27.98m, check.Expected);
        Assert.Contains("27.98%", check.ReasonEnglish, StringComparison.Ordinal);
        Assert.Contains("27,98%", check.ReasonVietnamese, StringComparison.Ordinal);

        var evenOnly = new ClaimCheckOptions { AcceptedRoundings = [MidpointRounding.ToEven] };
        var eighth = ClaimVerifier.CheckPercent(1, 8, 13m, evenOnly);
        Assert.Equal(ClaimVerdict.Inconsistent, eighth.Verdict);
        Assert.Equal(12m, eighth.Expected);
    }

    [Fact]
    public void CheckPercent_FigureWithMoreDigitsThanADecimalKeeps_IsUnverifiable_NotInconsistent()
    {
        // 18/19 written to 27 decimals, correctly rounded: the text cannot be held exactly, so it is not judged.
        var check = ClaimVerifier.CheckPercent("18", "19", "94,736842105263157894736842105%");
        Assert.Equal(ClaimVerdict.Unverifiable, check.Verdict);
        var scanned = Assert.Single(ReportScanner.Scan("Kết quả 18/19 (94,736842105263157894736842105%) đơn vị."));
        Assert.NotEqual(ClaimVerdict.Inconsistent, scanned.Verdict);
    }

    [Fact]
    public void CheckSum_BadArguments_Throw()
    {
        Assert.Equal("parts", Assert.Throws<ArgumentNullException>(() => ClaimVerifier.CheckSum(1, null!)).ParamName);
        var negativePart = Assert.Throws<ArgumentOutOfRangeException>(() => ClaimVerifier.CheckSum(10, [5, -1]));
        Assert.Equal("parts", negativePart.ParamName);
        Assert.Equal(-1L, negativePart.ActualValue);
        Assert.Equal("whole", Assert.Throws<ArgumentOutOfRangeException>(() => ClaimVerifier.CheckSum(-1, [1])).ParamName);
    }

    [Property]
    public Property CheckPercent_FigureRoundedWithAnAcceptedMode_IsConsistent() =>
        Prop.ForAll(
            RatiosGenerators.PartOfWhole(),
            RatiosGenerators.PrintedDecimals(),
            Arb.From(Gen.Elements(MidpointRounding.AwayFromZero, MidpointRounding.ToEven)),
            (pair, decimals, rounding) =>
            {
                var printed = Independent(pair, decimals, rounding);
                var check = ClaimVerifier.CheckPercent(pair.Part, pair.Whole, printed);
                Assert.Equal(ClaimVerdict.Consistent, check.Verdict);
                Assert.Equal(decimals, check.Expected.Scale);
            });

    [Property]
    public Property CheckPercent_RatioToPercentWithHalfUpOrHalfEven_IsConsistent() =>
        Prop.ForAll(RatiosGenerators.Ratios(), RatiosGenerators.PrintedDecimals(), (ratio, decimals) =>
        {
            var halfUp = ClaimVerifier.CheckPercent(ratio.Part, ratio.Whole, ratio.ToPercent(decimals, MidpointRounding.AwayFromZero));
            var halfEven = ClaimVerifier.CheckPercent(ratio.Part, ratio.Whole, ratio.ToPercent(decimals, MidpointRounding.ToEven));
            Assert.Equal(ClaimVerdict.Consistent, halfUp.Verdict);
            Assert.Equal(ClaimVerdict.Consistent, halfEven.Verdict);
            Assert.Equal(ratio.ToPercent(decimals), halfEven.Expected);
        });

    [Property]
    public Property CheckPercent_ExpectedFormattedBack_IsConsistent() =>
        Prop.ForAll(RatiosGenerators.PartOverWhole(), RatiosGenerators.PrintedDecimals(), (pair, decimals) =>
        {
            var first = ClaimVerifier.CheckPercent(pair.Part, pair.Whole, new decimal(1, 0, 0, false, (byte)decimals));
            Assert.Equal(decimals, first.Printed.Scale);
            var again = ClaimVerifier.CheckPercent(pair.Part, pair.Whole, first.Expected);
            Assert.Equal(ClaimVerdict.Consistent, again.Verdict);
            Assert.Equal(first.Expected, again.Expected);
        });

    [Property]
    public Property CheckPercent_ConsistentFigure_IsWithinHalfAUnitOfExact() =>
        Prop.ForAll(
            RatiosGenerators.PartOfWhole(),
            RatiosGenerators.PrintedDecimals(),
            Arb.From(Gen.Choose(0, 1_000_000)),
            (pair, decimals, mantissa) =>
            {
                var printed = new decimal(mantissa % (100 * (int)Math.Pow(10, decimals) + 1), 0, 0, false, (byte)decimals);
                var check = ClaimVerifier.CheckPercent(pair.Part, pair.Whole, printed);
                var unit = new decimal(1, 0, 0, false, (byte)decimals);
                var distance = Math.Abs(check.Printed - check.Exact);
                return check.Verdict == ClaimVerdict.Consistent
                    ? distance <= unit / 2
                    : check.Verdict == ClaimVerdict.Inconsistent && check.Expected != printed;
            });

    [Property]
    public Property CheckPercent_TruncationFlag_AgreesWithTruncatedValue() =>
        Prop.ForAll(RatiosGenerators.PartOfWhole(), RatiosGenerators.PrintedDecimals(), (pair, decimals) =>
        {
            var truncated = Independent(pair, decimals, MidpointRounding.ToZero);
            var check = ClaimVerifier.CheckPercent(pair.Part, pair.Whole, truncated);
            Assert.True(check.MatchesTruncation);
            var expectedVerdict = Independent(pair, decimals, MidpointRounding.AwayFromZero) == truncated
                || Independent(pair, decimals, MidpointRounding.ToEven) == truncated
                ? ClaimVerdict.Consistent
                : ClaimVerdict.Inconsistent;
            Assert.Equal(expectedVerdict, check.Verdict);
            var lenient = ClaimVerifier.CheckPercent(pair.Part, pair.Whole, truncated, ClaimCheckOptions.Default with { AcceptTruncation = true });
            Assert.Equal(ClaimVerdict.Consistent, lenient.Verdict);
        });

    [Property]
    public Property CheckSum_IsConsistentExactlyWhenPartsAddUp() =>
        Prop.ForAll(
            Arb.From(Gen.Choose(0, 100_000).Select(x => (long)x).NonEmptyListOf()),
            Arb.From(Gen.Choose(-3, 3)),
            (parts, offset) =>
            {
                var sum = parts.Sum();
                var whole = Math.Max(0, sum + offset);
                var check = ClaimVerifier.CheckSum(whole, parts.ToArray());
                Assert.Equal(sum, check.Sum);
                Assert.Equal(whole == sum ? ClaimVerdict.Consistent : ClaimVerdict.Inconsistent, check.Verdict);
            });

    /// <summary>
    /// The rounded percentage computed independently of the library's exact arithmetic, from BigInteger division:
    /// the quotient at the asked decimals, the remainder compared with half the divisor.
    /// </summary>
    private static decimal Independent((long Part, long Whole) pair, int decimals, MidpointRounding rounding)
    {
        var numerator = new BigInteger(pair.Part) * 100 * BigInteger.Pow(10, decimals);
        var quotient = BigInteger.DivRem(numerator, pair.Whole, out var remainder);
        var twice = remainder * 2;
        var roundUp = rounding switch
        {
            MidpointRounding.ToZero => false,
            MidpointRounding.AwayFromZero => twice >= pair.Whole,
            MidpointRounding.ToEven => twice > pair.Whole || (twice == pair.Whole && !quotient.IsEven),
            _ => throw new ArgumentOutOfRangeException(nameof(rounding)),
        };
        var units = roundUp ? quotient + 1 : quotient;
        return new decimal((long)units) * new decimal(1, 0, 0, false, (byte)decimals);
    }
}

using System.Numerics;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratios;

/// <summary>
/// Combines the shares of several units into one figure — two different things, deliberately named apart:
/// <see cref="Pooled"/> (all counts added up: Σpart / Σwhole, each member weighs the same) and
/// <see cref="MeanOfRates"/> (the unweighted average of the units' percentages, each unit weighs the same).
/// </summary>
/// <remarks>
/// <para>
/// They differ whenever the units differ in size. A cell where 9 of 10 members are rated good (90%) and a committee where
/// 10 of 100 are (10%) pool to 19/110 = 17,3%, while the mean of their rates is (90% + 10%) / 2 = 50%. A report that says
/// "the rate across the units" must say which one it means; the pooled rate is the share of people, the mean of rates is
/// the typical unit.
/// </para>
/// <para>All members are pure functions and safe to call from any thread.</para>
/// </remarks>
public static class Rates
{
    /// <summary>Pools shares into one: the sum of the parts over the sum of the wholes.</summary>
    /// <param name="ratios">The shares of the units; at least one.</param>
    /// <returns>Σpart / Σwhole as an exact <see cref="Ratio"/> (19/110 for 9/10 and 10/100).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratios"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="ratios"/> is empty.</exception>
    /// <exception cref="OverflowException">The sum of the wholes does not fit a <see cref="long"/>.</exception>
    public static Ratio Pooled(IEnumerable<Ratio> ratios)
    {
        Guard.Against.Null(ratios);
        long part = 0;
        long whole = 0;
        var any = false;
        foreach (var ratio in ratios)
        {
            part = checked(part + ratio.Part);
            whole = checked(whole + ratio.Whole);
            any = true;
        }

        return any ? new Ratio(part, whole) : throw new ArgumentException("There are no ratios to pool.", nameof(ratios));
    }

    /// <summary>Averages the percentages of several shares, each unit weighing the same, computed exactly and rounded once.</summary>
    /// <param name="ratios">The shares of the units; at least one.</param>
    /// <param name="decimals">The decimals of the result, 0 to <see cref="Percent.MaxDecimals"/>.</param>
    /// <param name="rounding">The rounding; half away from zero by default.</param>
    /// <returns>The mean percentage with a scale of <paramref name="decimals"/> (50.0m for 9/10 and 10/100 at one decimal).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratios"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="ratios"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to <see cref="Percent.MaxDecimals"/>.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="rounding"/> is not a defined value.</exception>
    public static decimal MeanOfRates(IEnumerable<Ratio> ratios, int decimals, MidpointRounding rounding = MidpointRounding.AwayFromZero)
    {
        Guard.Against.Null(ratios);
        Guard.Against.DecimalsOutOfRange(decimals, Percent.MaxDecimals);
        Guard.Against.UndefinedRounding(rounding);

        // The exact sum of the fractions, kept reduced.
        BigInteger numerator = BigInteger.Zero;
        BigInteger denominator = BigInteger.One;
        long count = 0;
        foreach (var ratio in ratios)
        {
            numerator = (numerator * ratio.Whole) + (denominator * ratio.Part);
            denominator *= ratio.Whole;
            var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
            if (!gcd.IsOne && !gcd.IsZero)
            {
                numerator /= gcd;
                denominator /= gcd;
            }

            count++;
        }

        if (count == 0)
        {
            throw new ArgumentException("There are no ratios to average.", nameof(ratios));
        }

        var scaled = numerator * 100 * BigInteger.Pow(10, decimals);
        var divisor = denominator * count;
        var quotient = BigInteger.DivRem(scaled, divisor, out var remainder);
        if (remainder != 0 && RoundsUp(quotient, remainder, divisor, rounding))
        {
            quotient += 1;
        }

        // The mean of shares is at most 100%, so the mantissa fits (100 × 10^20 < 2^96).
        PercentMath.TryToDecimal((Int128)quotient, decimals, out var mean);
        return mean;
    }

    private static bool RoundsUp(BigInteger quotient, BigInteger remainder, BigInteger divisor, MidpointRounding rounding)
    {
        var comparison = (remainder * 2).CompareTo(divisor);
        return rounding switch
        {
            MidpointRounding.AwayFromZero => comparison >= 0,
            MidpointRounding.ToEven => comparison > 0 || (comparison == 0 && !quotient.IsEven),
            MidpointRounding.ToPositiveInfinity => true,
            _ => false,
        };
    }
}

using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratios;

/// <summary>
/// Splits a whole into parts proportional to counts so that the parts add up exactly — the largest remainder
/// (Hamilton) method — and, with it, percentages of a distribution that print to exactly 100.
/// </summary>
/// <remarks>
/// <para>
/// Each item first gets the whole-number part of its exact quota (<c>count × units / total</c>); the units left over
/// (fewer than the number of items) go one each to the items with the largest remainders. Ties are broken
/// deterministically: larger remainder first, then larger count, then lower index (earlier in the list). So every
/// result is within one unit of its exact quota (below it by less than one, or above it by less than one), zero counts
/// get zero, and the same input always gives the same output.
/// </para>
/// <para>
/// Example: 1.004 cadres rated 281 / 705 / 12 / 6 at two decimals print as 27,99 / 70,22 / 1,19 / 0,60 (sum 100,00);
/// rounding each on its own gives 27,99 / 70,22 / 1,20 / 0,60, which sums to 100,01.
/// </para>
/// <para>All members are pure functions and safe to call from any thread.</para>
/// </remarks>
public static class Apportionment
{
    /// <summary>The largest number of decimals <see cref="Percentages"/> works to.</summary>
    public const int MaxDecimals = 10;

    /// <summary>Splits <paramref name="units"/> into whole-number parts proportional to <paramref name="counts"/>, adding up exactly.</summary>
    /// <param name="counts">The counts, each zero or more, not all zero; their sum must fit a <see cref="long"/>.</param>
    /// <param name="units">The number of units to split, zero or more (for example 10.000 for percentages at two decimals).</param>
    /// <returns>A new array, one entry per count, in the same order, summing to <paramref name="units"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="counts"/> is empty or all its counts are zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count or <paramref name="units"/> is negative.</exception>
    /// <exception cref="OverflowException">The sum of the counts does not fit a <see cref="long"/>.</exception>
    public static long[] LargestRemainder(IReadOnlyList<long> counts, long units)
    {
        Guard.Against.Null(counts);
        Guard.Against.NegativeCount(units);
        if (counts.Count == 0)
        {
            throw new ArgumentException("There are no counts to apportion.", nameof(counts));
        }

        long total = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            var count = counts[i];
            if (count < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(counts), count, $"A count cannot be negative; counts[{i}] was {count}.");
            }

            total = checked(total + count);
        }

        if (total == 0)
        {
            throw new ArgumentException("All counts are zero: there is nothing to take shares of.", nameof(counts));
        }

        var result = new long[counts.Count];
        var remainders = new long[counts.Count];
        long given = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            var quota = (Int128)counts[i] * units;
            result[i] = (long)(quota / total);
            remainders[i] = (long)(quota % total);
            given += result[i];
        }

        var left = units - given;
        if (left > 0)
        {
            var order = new int[counts.Count];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (a, b) =>
            {
                var byRemainder = remainders[b].CompareTo(remainders[a]);
                if (byRemainder != 0)
                {
                    return byRemainder;
                }

                var byCount = counts[b].CompareTo(counts[a]);
                return byCount != 0 ? byCount : a.CompareTo(b);
            });

            for (var k = 0; k < left; k++)
            {
                result[order[k]]++;
            }
        }

        return result;
    }

    /// <summary>Computes the percentages of a distribution so that, printed with <paramref name="decimals"/> decimals, they sum to exactly 100.</summary>
    /// <param name="counts">The counts of the categories, each zero or more, not all zero.</param>
    /// <param name="decimals">The decimals to print, 0 to <see cref="MaxDecimals"/>.</param>
    /// <returns>
    /// A new array of percentages in the same order, each with a <see cref="decimal.Scale"/> of <paramref name="decimals"/>,
    /// summing to exactly 100 and each within one unit of its last decimal of the exact value.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="counts"/> is empty or all its counts are zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="decimals"/> is outside 0 to <see cref="MaxDecimals"/>.</exception>
    /// <exception cref="OverflowException">The sum of the counts does not fit a <see cref="long"/>.</exception>
    public static decimal[] Percentages(IReadOnlyList<long> counts, int decimals)
    {
        Guard.Against.DecimalsOutOfRange(decimals, MaxDecimals);
        long units = 100;
        for (var i = 0; i < decimals; i++)
        {
            units *= 10;
        }

        var shares = LargestRemainder(counts, units);
        var percentages = new decimal[shares.Length];
        for (var i = 0; i < shares.Length; i++)
        {
            PercentMath.TryToDecimal(shares[i], decimals, out percentages[i]);
        }

        return percentages;
    }
}

using System.Text;
using Ardalis.GuardClauses;
using PartyWork.Domain.Ratios;
using PartyWork.Domain.Text;

namespace PartyWork.Domain.Ratings;

/// <content>The distribution of a tally and how reports print it.</content>
public readonly partial struct RatingTally
{
    /// <summary>
    /// The share of each level, highest level first, with percentages from the largest-remainder apportionment
    /// (<see cref="Apportionment.Percentages(IReadOnlyList{long}, int)"/>) so that, printed with
    /// <paramref name="decimals"/> decimals, they add up to exactly 100.
    /// </summary>
    /// <param name="decimals">Decimals to print, 0 to <see cref="Apportionment.MaxDecimals"/>; 2 by default.</param>
    /// <returns>Four shares; for an empty tally every percentage is 0 (there is nothing to distribute).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to <see cref="Apportionment.MaxDecimals"/>.</exception>
    /// <exception cref="OverflowException">The total exceeds <see cref="long.MaxValue"/>.</exception>
    public IReadOnlyList<RatingShare> Distribution(int decimals = 2)
    {
        Guard.Against.OutOfRange(decimals, nameof(decimals), 0, Apportionment.MaxDecimals);
        long[] counts = [excellent, good, completed, notCompleted];
        var percents = Total == 0 ? new decimal[4] : Apportionment.Percentages(counts, decimals);
        return
        [
            new(RatingLevel.Excellent, excellent, percents[0]),
            new(RatingLevel.Good, good, percents[1]),
            new(RatingLevel.Completed, completed, percents[2]),
            new(RatingLevel.NotCompleted, notCompleted, percents[3]),
        ];
    }

    /// <summary>
    /// Prints the distribution the way reports write it:
    /// <c>"hoàn thành xuất sắc nhiệm vụ: 281 đ/c (27,99%); hoàn thành tốt nhiệm vụ: 705 đ/c (70,22%); …"</c>.
    /// </summary>
    /// <param name="decimals">Decimals of the percentages, 0 to <see cref="Apportionment.MaxDecimals"/>; 2 by default.</param>
    /// <param name="unit">The unit after each count; <c>"đ/c"</c> (đồng chí) by default, or for example <c>"tổ chức"</c>.</param>
    /// <param name="includeEmptyLevels">Whether to print levels nobody was rated at; <see langword="true"/> by default.</param>
    /// <returns>The text, NFC, with Vietnamese number formats ('.' groups, ',' decimals).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to <see cref="Apportionment.MaxDecimals"/>.</exception>
    /// <exception cref="OverflowException">The total exceeds <see cref="long.MaxValue"/>.</exception>
    public string ToReportString(int decimals = 2, string unit = "đ/c", bool includeEmptyLevels = true)
    {
        Guard.Against.Null(unit);
        var builder = new StringBuilder();
        foreach (var share in Distribution(decimals))
        {
            if (share.Count == 0 && !includeEmptyLevels)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append("; ");
            }

            builder.Append(share.Level.ToVietnameseLower())
                .Append(": ")
                .Append(VietnameseNumber.Format(share.Count));
            if (unit.Length > 0)
            {
                builder.Append(' ').Append(unit);
            }

            builder.Append(" (").Append(VietnameseNumber.FormatPercent(share.Percent, decimals)).Append(')');
        }

        return builder.ToString();
    }
}

using Ardalis.GuardClauses;
using PartyWork.Domain.Text;

namespace PartyWork.Domain.Ratios;

/// <summary>
/// Checks figures printed in reports against the counts they come from: a percentage ("281 đ/c (27,98%)" of 1.004)
/// and a sum ("17.911 = 17.826 + 85").
/// </summary>
/// <remarks>
/// <para>
/// A printed percentage is <see cref="ClaimVerdict.Consistent"/> when it equals <c>part × 100 / whole</c> rounded, with
/// one of <see cref="ClaimCheckOptions.AcceptedRoundings"/>, to the number of decimals written (its
/// <see cref="decimal.Scale"/>); it is also consistent when <see cref="ClaimCheckOptions.AcceptTruncation"/> is on and it
/// matches truncation. Otherwise it is <see cref="ClaimVerdict.Inconsistent"/> and the result carries the right figure
/// (<see cref="PercentClaimCheck.Expected"/>) and whether the printed one was truncated. The arithmetic is exact: the
/// rounding is decided from the integer remainder, so a figure at the midpoint is judged exactly.
/// </para>
/// <para>
/// A part may exceed its whole (achievement over plan, "đạt 142,85%"): the check then works the same way; see
/// docs/decisions/ratios-over-100.md. All members are pure functions and safe to call from any thread.
/// </para>
/// </remarks>
public static class ClaimVerifier
{
    /// <summary>Checks a printed percentage against the counts it is computed from.</summary>
    /// <param name="part">The part, zero or more; it may exceed <paramref name="whole"/> (achievement over 100%).</param>
    /// <param name="whole">The whole, greater than zero.</param>
    /// <param name="printedPercent">The percentage as printed, zero or more, with the decimals written as its scale (27.98m for "27,98%").</param>
    /// <param name="options">The roundings accepted; <see cref="ClaimCheckOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>
    /// The verdict with the exact and expected figures. <see cref="ClaimVerdict.Unverifiable"/> only when the printed
    /// figure has more decimals than a <see cref="decimal"/> can hold for this value.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="part"/> is negative, <paramref name="whole"/> is zero or negative, or <paramref name="printedPercent"/> is negative.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> accepts no rounding at all.</exception>
    /// <example>
    /// <c>CheckPercent(281, 1004, 27.98m)</c> is inconsistent, expected 27.99m, truncated;
    /// <c>CheckPercent(493, 502, 98.2m)</c> is consistent.
    /// </example>
    public static PercentClaimCheck CheckPercent(long part, long whole, decimal printedPercent, ClaimCheckOptions? options = null)
    {
        Guard.Against.NegativeCount(part);
        Guard.Against.NonPositiveWhole(whole);
        if (printedPercent < 0m)
        {
            throw new ArgumentOutOfRangeException(
                nameof(printedPercent), printedPercent, $"A printed percentage cannot be negative; printedPercent was {printedPercent}.");
        }

        options ??= ClaimCheckOptions.Default;
        if (options.AcceptedRoundings.Count == 0 && !options.AcceptTruncation)
        {
            throw new ArgumentException("The options accept no rounding at all, so no figure could ever be consistent.", nameof(options));
        }

        var decimals = printedPercent.Scale;
        var exact = PercentMath.Exact(part, whole);
        // The figure the reader is told is right: the first accepted rounding (half away from zero by default).
        var expectedRounding = options.AcceptedRoundings.Count > 0 ? options.AcceptedRoundings[0] : MidpointRounding.ToZero;
        if (!PercentMath.TryRound(part, whole, decimals, expectedRounding, out var expected)
            || !PercentMath.TryRound(part, whole, decimals, MidpointRounding.ToZero, out var truncated))
        {
            return new PercentClaimCheck(
                ClaimVerdict.Unverifiable,
                part,
                whole,
                printedPercent,
                exact,
                exact,
                matchesTruncation: false,
                $"Không kiểm tra được: số in ra có {decimals} chữ số thập phân, vượt quá độ chính xác tính được cho giá trị này.",
                $"Cannot be checked: the printed figure has {decimals} decimals, more than can be computed exactly for this value.");
        }

        var matchesTruncation = printedPercent == truncated;
        var consistent = options.AcceptTruncation && matchesTruncation;
        foreach (var rounding in options.AcceptedRoundings)
        {
            consistent |= PercentMath.TryRound(part, whole, decimals, rounding, out var rounded) && rounded == printedPercent;
        }

        if (consistent)
        {
            return new PercentClaimCheck(
                ClaimVerdict.Consistent, part, whole, printedPercent, exact, expected, matchesTruncation, string.Empty, string.Empty);
        }

        var fraction = $"{VietnameseNumber.Format(part)}/{VietnameseNumber.Format(whole)}";
        var printedText = VietnameseNumber.FormatPercent(printedPercent, decimals);
        var exactText = FormatExact(exact, decimals, NumberNotation.Vietnamese);
        var expectedText = VietnameseNumber.FormatPercent(expected, decimals);
        var placesVietnamese = decimals == 0 ? "đến hàng đơn vị" : $"đến {decimals} chữ số thập phân";
        var vietnamese = $"Số in ra {printedText} không khớp: {fraction} = {exactText}, làm tròn {placesVietnamese} là {expectedText}.";
        var placesEnglish = decimals == 0 ? "to a whole number" : $"to {decimals} decimal{(decimals == 1 ? string.Empty : "s")}";
        var english =
            $"The printed {VietnameseNumber.FormatPercentEnglish(printedPercent, decimals)} does not match: " +
            $"{VietnameseNumber.FormatEnglish(part)}/{VietnameseNumber.FormatEnglish(whole)} = {FormatExact(exact, decimals, NumberNotation.English)}, " +
            $"which rounds {placesEnglish} to {VietnameseNumber.FormatPercentEnglish(expected, decimals)}.";
        if (matchesTruncation)
        {
            vietnamese += " Số in ra là giá trị bị cắt bớt chữ số, không được làm tròn.";
            english += " The printed figure was truncated instead of rounded.";
        }

        return new PercentClaimCheck(
            ClaimVerdict.Inconsistent, part, whole, printedPercent, exact, expected, matchesTruncation, vietnamese, english);
    }

    /// <summary>
    /// Checks the printed percentages of a distribution — the shares of one whole, such as the four rating levels of
    /// 1.004 cadres — each against its count. A share is consistent when rounding it alone gives the printed figure, or
    /// (with <see cref="ClaimCheckOptions.AcceptLargestRemainder"/>, the default) when it equals the share the
    /// largest-remainder apportionment gives so that the list sums to exactly 100.
    /// </summary>
    /// <param name="counts">The counts of the distribution; their sum is the whole. At least one, none negative, not all zero.</param>
    /// <param name="printedPercents">The printed percentage of each count, in the same order, with the decimals written.</param>
    /// <param name="options">The roundings accepted; <see cref="ClaimCheckOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>One check per count, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> or <paramref name="printedPercents"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The lists differ in length, are empty, the counts are all zero, or <paramref name="options"/> accepts no rounding at all.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A count or a printed percentage is negative.</exception>
    /// <exception cref="OverflowException">The counts add up to more than a <see cref="long"/> holds.</exception>
    /// <example>
    /// <c>CheckDistribution([281, 705, 12, 6], [27.99m, 70.22m, 1.19m, 0.60m])</c>: all four consistent, the third
    /// because it is its apportioned share (alone, 12/1.004 rounds to 1,20).
    /// </example>
    public static IReadOnlyList<PercentClaimCheck> CheckDistribution(
        IReadOnlyList<long> counts,
        IReadOnlyList<decimal> printedPercents,
        ClaimCheckOptions? options = null)
    {
        Guard.Against.Null(counts);
        Guard.Against.Null(printedPercents);
        if (counts.Count != printedPercents.Count)
        {
            throw new ArgumentException(
                $"There are {counts.Count} counts but {printedPercents.Count} printed percentages; give one percentage per count.",
                nameof(printedPercents));
        }

        var apportioned = ApportionedShares(counts, printedPercents);
        long whole = 0;
        foreach (var count in counts)
        {
            whole = checked(whole + count);
        }

        var checks = new PercentClaimCheck[counts.Count];
        for (var i = 0; i < checks.Length; i++)
        {
            checks[i] = CheckShare(counts[i], whole, printedPercents[i], apportioned?[i], options);
        }

        return checks;
    }

    /// <summary>
    /// The largest-remainder shares of <paramref name="counts"/> at the decimals the printed figures share, or
    /// <see langword="null"/> when they are written with different numbers of decimals (then no apportionment applies).
    /// </summary>
    internal static decimal[]? ApportionedShares(IReadOnlyList<long> counts, IReadOnlyList<decimal> printedPercents)
    {
        if (printedPercents.Count == 0)
        {
            return Apportionment.Percentages(counts, 0);
        }

        var decimals = printedPercents[0].Scale;
        foreach (var printed in printedPercents)
        {
            if (printed.Scale != decimals)
            {
                return null;
            }
        }

        return decimals > Apportionment.MaxDecimals ? null : Apportionment.Percentages(counts, decimals);
    }

    /// <summary>
    /// Checks one share of a distribution: as <see cref="CheckPercent(long, long, decimal, ClaimCheckOptions?)"/>, and
    /// when that is inconsistent but the printed figure is the apportioned share, consistent with
    /// <see cref="PercentClaimCheck.MatchesApportionment"/> set.
    /// </summary>
    internal static PercentClaimCheck CheckShare(long part, long whole, decimal printed, decimal? apportioned, ClaimCheckOptions? options)
    {
        options ??= ClaimCheckOptions.Default;
        var check = CheckPercent(part, whole, printed, options);
        if (check.Verdict != ClaimVerdict.Inconsistent || !options.AcceptLargestRemainder || apportioned != printed)
        {
            return check;
        }

        return new PercentClaimCheck(
            ClaimVerdict.Consistent,
            part,
            whole,
            printed,
            check.Exact,
            printed,
            check.MatchesTruncation,
            string.Empty,
            string.Empty,
            matchesApportionment: true);
    }

    /// <summary>
    /// Checks a printed percentage claim from its parts as written in a report, for example <c>("281", "1.004", "27,98%")</c>.
    /// Text that cannot be read with certainty gives <see cref="ClaimVerdict.Unverifiable"/>; it is never guessed.
    /// </summary>
    /// <param name="partText">The part as written: a whole number in Vietnamese notation ("1.004", "04") or unambiguous English notation ("2,129,000").</param>
    /// <param name="wholeText">The whole as written, read like <paramref name="partText"/>.</param>
    /// <param name="printedPercentText">The percentage as written, with or without a trailing "%" (a space before it is allowed): "27,98%", "95,4 %", "99.41%".</param>
    /// <param name="options">The roundings accepted; <see cref="ClaimCheckOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>
    /// The verdict of <see cref="CheckPercent(long, long, decimal, ClaimCheckOptions?)"/> when all three texts can be read,
    /// the whole is not zero and the counts are not negative; otherwise <see cref="ClaimVerdict.Unverifiable"/> with the reason.
    /// </returns>
    /// <exception cref="ArgumentNullException">One of the texts is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> accepts no rounding at all.</exception>
    public static PercentClaimCheck CheckPercent(
        string partText,
        string wholeText,
        string printedPercentText,
        ClaimCheckOptions? options = null)
    {
        Guard.Against.Null(partText);
        Guard.Against.Null(wholeText);
        Guard.Against.Null(printedPercentText);
        if (!TryReadCount(partText, out var part))
        {
            return Unreadable(partText, "phần", "part");
        }

        if (!TryReadCount(wholeText, out var whole) || whole == 0)
        {
            return Unreadable(wholeText, "tổng số", "whole");
        }

        if (!TryReadPercent(printedPercentText, out var printed))
        {
            return Unreadable(printedPercentText, "tỉ lệ phần trăm", "percentage");
        }

        return CheckPercent(part, whole, printed, options);
    }

    /// <summary>Checks that parts printed in a report add up to the whole printed with them.</summary>
    /// <param name="whole">The whole, zero or more (17911).</param>
    /// <param name="parts">The parts, each zero or more (17826, 85).</param>
    /// <returns>
    /// Consistent when the parts add up to the whole; inconsistent (with the sum and the difference) when they do not;
    /// unverifiable when there are no parts or their sum does not fit a <see cref="long"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="whole"/> or one of <paramref name="parts"/> is negative.</exception>
    public static SumClaimCheck CheckSum(long whole, IReadOnlyList<long> parts)
    {
        Guard.Against.NegativeCount(whole);
        Guard.Against.Null(parts);
        Int128 sum = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i] < 0)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(parts), parts[i], $"A count cannot be negative; parts[{i}] was {parts[i]}.");
            }

            sum += parts[i];
        }

        if (parts.Count == 0)
        {
            return new SumClaimCheck(
                ClaimVerdict.Unverifiable,
                whole,
                0,
                "Không kiểm tra được: không có phần nào để cộng.",
                "Cannot be checked: there are no parts to add.");
        }

        if (sum > long.MaxValue)
        {
            return new SumClaimCheck(
                ClaimVerdict.Unverifiable,
                whole,
                0,
                "Không kiểm tra được: tổng các phần vượt quá giới hạn tính toán.",
                "Cannot be checked: the sum of the parts is too large to compute.");
        }

        var total = (long)sum;
        if (total == whole)
        {
            return new SumClaimCheck(ClaimVerdict.Consistent, whole, total, string.Empty, string.Empty);
        }

        var gap = VietnameseNumber.Format(Math.Abs(total - whole));
        var short_ = total < whole;
        return new SumClaimCheck(
            ClaimVerdict.Inconsistent,
            whole,
            total,
            $"Tổng các phần là {VietnameseNumber.Format(total)}, khác tổng số {VietnameseNumber.Format(whole)} ({(short_ ? "thiếu" : "thừa")} {gap}).",
            $"The parts add up to {VietnameseNumber.FormatEnglish(total)}, not the whole {VietnameseNumber.FormatEnglish(whole)} ({VietnameseNumber.FormatEnglish(Math.Abs(total - whole))} {(short_ ? "short" : "over")}).");
    }

    private static string FormatExact(decimal exact, int decimals, NumberNotation notation)
    {
        var shown = Math.Min(decimals + 2, VietnameseNumber.MaxDecimals);
        var (places, rounding) = exact.Scale <= shown ? (exact.Scale, MidpointRounding.AwayFromZero) : (shown, MidpointRounding.ToZero);
        var text = notation == NumberNotation.English
            ? VietnameseNumber.FormatEnglish(exact, places, rounding)
            : VietnameseNumber.Format(exact, places, rounding);
        return text + (exact.Scale <= shown ? "%" : "…%");
    }

    private static PercentClaimCheck Unreadable(string text, string whatVietnamese, string whatEnglish) =>
        new(
            ClaimVerdict.Unverifiable,
            0,
            0,
            0m,
            0m,
            0m,
            matchesTruncation: false,
            $"Không kiểm tra được: không đọc chắc chắn được {whatVietnamese} \"{text}\".",
            $"Cannot be checked: the {whatEnglish} \"{text}\" cannot be read with certainty.");

    private static bool TryReadCount(string text, out long count)
    {
        count = 0;
        if (!VietnameseNumber.TryRead(text, out var number))
        {
            return false;
        }

        var readings = 0;
        foreach (var candidate in number.Alternative is { } other ? [number.Value, other] : new[] { number.Value })
        {
            if (candidate >= 0m && candidate <= long.MaxValue && decimal.Truncate(candidate) == candidate && candidate.Scale == 0)
            {
                readings++;
                count = (long)candidate;
            }
        }

        return readings == 1;
    }

    private static bool TryReadPercent(string text, out decimal percent)
    {
        percent = 0m;
        var span = text.AsSpan().Trim();
        if (span.EndsWith("%", StringComparison.Ordinal))
        {
            span = span[..^1].TrimEnd();
        }

        if (!VietnameseNumber.TryRead(span, out var number) || number.IsAmbiguous || number.Value < 0m)
        {
            return false;
        }

        percent = number.Value;
        return true;
    }
}

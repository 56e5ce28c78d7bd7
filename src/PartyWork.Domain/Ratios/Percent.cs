using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratios;

/// <summary>
/// Percentages computed exactly from counts: <c>part × 100 / whole</c> by integer long division, rounded once, at the end,
/// with the rounding the caller names (half away from zero by default, as Vietnamese reports do).
/// </summary>
/// <remarks>
/// <para>
/// Use <see cref="Ratio.ToPercent"/> for a share (a part of a whole, at most 100%). Use <see cref="Of"/> for a figure that
/// may exceed 100%, such as achievement against a plan ("đạt 142,86% kế hoạch"): see docs/decisions/ratios-over-100.md.
/// </para>
/// <para>
/// The result is never computed through <c>double</c> or a rounded <see cref="decimal"/> division, so a value exactly at the
/// midpoint (1/8 = 12,5%) rounds as the mode says: 13 half away from zero, 12 half to even, 12 truncated
/// (<see cref="MidpointRounding.ToZero"/>). All members are pure functions and safe to call from any thread.
/// </para>
/// </remarks>
public static class Percent
{
    /// <summary>The largest number of decimals a percentage is computed to.</summary>
    public const int MaxDecimals = 20;

    /// <summary>Computes <c>part × 100 / whole</c> rounded to a number of decimals; <paramref name="part"/> may exceed <paramref name="whole"/>.</summary>
    /// <param name="part">The part (or the amount achieved), zero or more.</param>
    /// <param name="whole">The whole (or the target), greater than zero.</param>
    /// <param name="decimals">The number of decimals, 0 to <see cref="MaxDecimals"/>.</param>
    /// <param name="rounding">The rounding; half away from zero by default; <see cref="MidpointRounding.ToZero"/> truncates.</param>
    /// <returns>The percentage, whose <see cref="decimal.Scale"/> is exactly <paramref name="decimals"/>: <c>Of(1000, 700, 2)</c> is 142.86m.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="part"/> is negative, <paramref name="whole"/> is zero or negative, or <paramref name="decimals"/> is outside 0 to <see cref="MaxDecimals"/>.
    /// </exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="rounding"/> is not a defined value.</exception>
    /// <exception cref="OverflowException">The percentage does not fit a <see cref="decimal"/> at that scale (a part billions of times its whole).</exception>
    public static decimal Of(long part, long whole, int decimals, MidpointRounding rounding = MidpointRounding.AwayFromZero)
    {
        Guard.Against.NegativeCount(part);
        Guard.Against.NonPositiveWhole(whole);
        Guard.Against.DecimalsOutOfRange(decimals, MaxDecimals);
        Guard.Against.UndefinedRounding(rounding);
        return PercentMath.TryRound(part, whole, decimals, rounding, out var percent)
            ? percent
            : throw new OverflowException($"{part} × 100 / {whole} at {decimals} decimals does not fit a decimal.");
    }

    /// <summary>Computes <c>part × 100 / whole</c> to the full precision of a <see cref="decimal"/>; <paramref name="part"/> may exceed <paramref name="whole"/>.</summary>
    /// <param name="part">The part, zero or more.</param>
    /// <param name="whole">The whole, greater than zero.</param>
    /// <returns>The percentage with 28–29 significant digits, trailing zeros removed (12.5m for 1/8, 27.988047808764940239043824701m for 281/1.004).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="part"/> is negative or <paramref name="whole"/> is zero or negative.</exception>
    public static decimal Exact(long part, long whole)
    {
        Guard.Against.NegativeCount(part);
        Guard.Against.NonPositiveWhole(whole);
        return PercentMath.Exact(part, whole);
    }
}

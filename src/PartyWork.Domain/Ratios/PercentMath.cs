namespace PartyWork.Domain.Ratios;

/// <summary>
/// Exact percentage arithmetic on counts: <c>part × 100 / whole</c> by long division in <see cref="Int128"/>, with the
/// rounding decided from the exact remainder, so a value exactly at the midpoint (1/8 = 12,5%) is recognised as such
/// and never lost in a rounded 28th digit of a <see cref="decimal"/> division.
/// </summary>
/// <remarks>All members are pure functions and safe to call from any thread.</remarks>
internal static class PercentMath
{
    /// <summary>The largest mantissa a <see cref="decimal"/> can hold (2^96 − 1).</summary>
    private static readonly Int128 MaxMantissa = (Int128.One << 96) - 1;

    /// <summary>
    /// Rounds <c>part × 100 / whole</c> to <paramref name="decimals"/> places: the result is a decimal whose
    /// <see cref="decimal.Scale"/> is exactly <paramref name="decimals"/>.
    /// </summary>
    /// <param name="part">The part, at least zero.</param>
    /// <param name="whole">The whole, greater than zero.</param>
    /// <param name="decimals">The number of decimals, 0 to 28.</param>
    /// <param name="rounding">A defined rounding mode.</param>
    /// <param name="percent">The rounded percentage when it fits a decimal.</param>
    /// <returns><see langword="false"/> when the rounded value does not fit a <see cref="decimal"/> at that scale.</returns>
    internal static bool TryRound(long part, long whole, int decimals, MidpointRounding rounding, out decimal percent)
    {
        percent = 0m;
        if (!TryScaledQuotient(part, whole, decimals, out var quotient, out var remainder))
        {
            return false;
        }

        var mantissa = RoundUp(quotient, remainder, whole, rounding) ? quotient + 1 : quotient;
        return TryToDecimal(mantissa, decimals, out percent);
    }

    /// <summary>Gets <c>part × 100 / whole</c> to the full precision of a decimal (28–29 significant digits), trailing zeros removed.</summary>
    /// <param name="part">The part, at least zero.</param>
    /// <param name="whole">The whole, greater than zero.</param>
    /// <returns>The percentage; the last digit is rounded half away from zero when the expansion is longer.</returns>
    internal static decimal Exact(long part, long whole)
    {
        Int128 numerator = (Int128)part * 100;
        var quotient = numerator / whole;
        var remainder = (long)(numerator % whole);
        var scale = 0;
        while (remainder != 0 && scale < 28 && quotient <= (MaxMantissa - 9) / 10)
        {
            Int128 next = (Int128)remainder * 10;
            quotient = (quotient * 10) + (next / whole);
            remainder = (long)(next % whole);
            scale++;
        }

        if (RoundUp(quotient, remainder, whole, MidpointRounding.AwayFromZero) && quotient < MaxMantissa)
        {
            quotient++;
        }

        while (scale > 0 && quotient % 10 == 0)
        {
            quotient /= 10;
            scale--;
        }

        TryToDecimal(quotient, scale, out var exact);
        return exact;
    }

    /// <summary>Computes ⌊part × 100 × 10^decimals / whole⌋ and the remainder by long division.</summary>
    /// <param name="part">The part, at least zero.</param>
    /// <param name="whole">The whole, greater than zero.</param>
    /// <param name="decimals">The number of decimal digits to generate.</param>
    /// <param name="quotient">The truncated scaled quotient.</param>
    /// <param name="remainder">The remainder, 0 ≤ remainder &lt; whole.</param>
    /// <returns><see langword="false"/> when the quotient would exceed a decimal mantissa.</returns>
    internal static bool TryScaledQuotient(long part, long whole, int decimals, out Int128 quotient, out long remainder)
    {
        Int128 numerator = (Int128)part * 100;
        quotient = numerator / whole;
        remainder = (long)(numerator % whole);
        for (var i = 0; i < decimals; i++)
        {
            if (quotient > MaxMantissa / 10)
            {
                return false;
            }

            Int128 next = (Int128)remainder * 10;
            quotient = (quotient * 10) + (next / whole);
            remainder = (long)(next % whole);
        }

        return quotient <= MaxMantissa;
    }

    /// <summary>
    /// Decides whether a non-negative truncated quotient must be increased by one, given the exact remainder of the
    /// division by <paramref name="divisor"/>.
    /// </summary>
    /// <param name="quotient">The truncated quotient (used by <see cref="MidpointRounding.ToEven"/>).</param>
    /// <param name="remainder">The remainder, 0 ≤ remainder &lt; divisor.</param>
    /// <param name="divisor">The divisor, greater than zero.</param>
    /// <param name="rounding">The rounding mode.</param>
    /// <returns><see langword="true"/> when the rounded value is <c>quotient + 1</c>.</returns>
    internal static bool RoundUp(Int128 quotient, Int128 remainder, Int128 divisor, MidpointRounding rounding)
    {
        if (remainder == 0)
        {
            return false;
        }

        var twice = remainder * 2;
        return rounding switch
        {
            MidpointRounding.AwayFromZero => twice >= divisor,
            MidpointRounding.ToEven => twice > divisor || (twice == divisor && !Int128.IsEvenInteger(quotient)),
            MidpointRounding.ToPositiveInfinity => true,
            _ => false, // ToZero and ToNegativeInfinity truncate a non-negative value.
        };
    }

    /// <summary>Builds a decimal from a non-negative mantissa and a scale.</summary>
    /// <param name="mantissa">The mantissa, 0 to 2^96 − 1.</param>
    /// <param name="scale">The scale, 0 to 28.</param>
    /// <param name="value">The decimal <c>mantissa / 10^scale</c> with exactly that scale.</param>
    /// <returns><see langword="false"/> when the mantissa does not fit.</returns>
    internal static bool TryToDecimal(Int128 mantissa, int scale, out decimal value)
    {
        if (mantissa < 0 || mantissa > MaxMantissa || scale is < 0 or > 28)
        {
            value = 0m;
            return false;
        }

        var bits = (UInt128)mantissa;
        var lo = unchecked((int)(uint)(bits & uint.MaxValue));
        var mid = unchecked((int)(uint)((bits >> 32) & uint.MaxValue));
        var hi = unchecked((int)(uint)((bits >> 64) & uint.MaxValue));
        value = new decimal(lo, mid, hi, false, (byte)scale);
        return true;
    }
}

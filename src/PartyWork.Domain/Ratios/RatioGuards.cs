using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratios;

/// <summary>Domain guard clauses for counts and percentages, in the style of Ardalis.GuardClauses.</summary>
internal static class RatioGuards
{
    /// <summary>Throws when a count is negative.</summary>
    /// <param name="guardClause">The guard.</param>
    /// <param name="count">The count.</param>
    /// <param name="parameterName">The parameter name, filled in by the compiler.</param>
    /// <returns><paramref name="count"/> when it is zero or more.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    internal static long NegativeCount(
        this IGuardClause guardClause,
        long count,
        [CallerArgumentExpression(nameof(count))] string? parameterName = null)
    {
        _ = guardClause;
        return count < 0
            ? throw new ArgumentOutOfRangeException(parameterName, count, $"A count cannot be negative; {parameterName} was {count}.")
            : count;
    }

    /// <summary>Throws when a whole (a denominator) is zero or negative.</summary>
    /// <param name="guardClause">The guard.</param>
    /// <param name="whole">The whole.</param>
    /// <param name="parameterName">The parameter name, filled in by the compiler.</param>
    /// <returns><paramref name="whole"/> when it is greater than zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="whole"/> is zero or negative.</exception>
    internal static long NonPositiveWhole(
        this IGuardClause guardClause,
        long whole,
        [CallerArgumentExpression(nameof(whole))] string? parameterName = null)
    {
        _ = guardClause;
        return whole <= 0
            ? throw new ArgumentOutOfRangeException(parameterName, whole, $"A whole must be greater than zero; {parameterName} was {whole}.")
            : whole;
    }

    /// <summary>Throws when a number of decimals is outside 0 to <paramref name="max"/>.</summary>
    /// <param name="guardClause">The guard.</param>
    /// <param name="decimals">The number of decimals.</param>
    /// <param name="max">The largest number allowed.</param>
    /// <param name="parameterName">The parameter name, filled in by the compiler.</param>
    /// <returns><paramref name="decimals"/> when it is in range.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to <paramref name="max"/>.</exception>
    internal static int DecimalsOutOfRange(
        this IGuardClause guardClause,
        int decimals,
        int max,
        [CallerArgumentExpression(nameof(decimals))] string? parameterName = null)
    {
        _ = guardClause;
        return decimals < 0 || decimals > max
            ? throw new ArgumentOutOfRangeException(parameterName, decimals, $"The number of decimals must be between 0 and {max}; {parameterName} was {decimals}.")
            : decimals;
    }

    /// <summary>Throws when a rounding mode is not a defined <see cref="MidpointRounding"/> value, without boxing it.</summary>
    /// <param name="guardClause">The guard.</param>
    /// <param name="rounding">The rounding mode.</param>
    /// <param name="parameterName">The parameter name, filled in by the compiler.</param>
    /// <returns><paramref name="rounding"/> when it is defined.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="rounding"/> is not defined.</exception>
    internal static MidpointRounding UndefinedRounding(
        this IGuardClause guardClause,
        MidpointRounding rounding,
        [CallerArgumentExpression(nameof(rounding))] string? parameterName = null)
    {
        _ = guardClause;
        return rounding is < MidpointRounding.ToEven or > MidpointRounding.ToPositiveInfinity
            ? throw new System.ComponentModel.InvalidEnumArgumentException(parameterName, (int)rounding, typeof(MidpointRounding))
            : rounding;
    }
}

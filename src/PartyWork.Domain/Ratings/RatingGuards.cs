using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>Domain guard clauses of the Ratings area, in the Ardalis.GuardClauses style.</summary>
internal static class RatingGuards
{
    /// <summary>Throws unless <paramref name="percent"/> is between 0 and 100.</summary>
    internal static decimal InvalidPercent(this IGuardClause guardClause, decimal percent, string parameterName) =>
        guardClause.OutOfRange(percent, parameterName, 0m, 100m);

    /// <summary>Throws unless <paramref name="percent"/> is null or between 0 and 100.</summary>
    internal static decimal? InvalidPercent(this IGuardClause guardClause, decimal? percent, string parameterName) =>
        percent is { } value ? guardClause.OutOfRange(value, parameterName, 0m, 100m) : null;

    /// <summary>Throws unless <paramref name="level"/> is null or a defined level.</summary>
    internal static RatingLevel? InvalidLevel(this IGuardClause guardClause, RatingLevel? level, string parameterName) =>
        level is { } value ? guardClause.EnumOutOfRange(value, parameterName) : null;

    /// <summary>Throws unless <paramref name="ruleId"/> is a non-empty rule id.</summary>
    internal static string InvalidRuleId(this IGuardClause guardClause, string ruleId, string parameterName) =>
        guardClause.NullOrWhiteSpace(ruleId, parameterName);
}

using Ardalis.GuardClauses;

namespace PartyWork.Domain.Reviews;

/// <summary>Domain guard clauses of the Reviews area, in the Ardalis.GuardClauses style.</summary>
internal static class ReviewGuards
{
    /// <summary>Throws unless <paramref name="stage"/> is a defined stage after <see cref="ReviewStage.Planned"/> (a stage that can have a deadline).</summary>
    internal static ReviewStage StageWithoutDeadline(this IGuardClause guardClause, ReviewStage stage, string parameterName)
    {
        guardClause.EnumOutOfRange(stage, parameterName);
        return stage == ReviewStage.Planned
            ? throw new ArgumentOutOfRangeException(parameterName, stage, "A review starts planned; the Planned stage has no deadline.")
            : stage;
    }
}

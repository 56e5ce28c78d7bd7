namespace PartyWork.Domain.Ratings;

/// <summary>The internal reasons a decision can cap a subject; each is described by <see cref="RatingExplainer"/>.</summary>
internal enum CapKind : byte
{
    Band,
    Targets,
    LedUnitTargets,
    Grades,
    SubUnits,
    CleanRecord,
    CivilServiceExcellent,
    TargetsBelowMinimum,
    LedUnitTargetsBelowMinimum,
    SubUnitsNotCompleted,
    LowConfidence,
    DisciplinedSubUnits,
    SubUnitViolationHandled,
    SubUnitCorruptionOrWaste,
    LeadershipMemberDiscipline,
    PoorCriterion,
    Degradation,
    CivilServiceNotCompleted,
    Discipline,
    LeadershipCollectiveCap,
    HeadCap,
}

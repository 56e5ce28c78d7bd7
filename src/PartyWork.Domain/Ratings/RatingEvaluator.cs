namespace PartyWork.Domain.Ratings;

/// <summary>
/// Applies a policy to facts. Written once, generic over the sink, so the fast path (<see cref="MinimumSink"/>) and the
/// explanation (<see cref="ListSink"/>) can never disagree.
/// </summary>
internal static class RatingEvaluator
{
    /// <summary>Whether the facts make the subject exempt from rating (R124-EXEMPT).</summary>
    internal static bool IsExempt(RatingPolicy policy, RatingFacts facts) =>
        policy.Exemption is { } e
        && facts.Subject is RatingSubjectKind.Individual or RatingSubjectKind.Leader
        && ((e.ExemptSuspended && facts.IsSuspended)
            || (facts.MonthsSinceAdmission is { } months && months < e.MinMonthsSinceAdmission));

    internal static void Evaluate<TSink>(RatingPolicy policy, RatingFacts facts, ref TSink sink)
        where TSink : struct, ICapSink
    {
        var kind = facts.Subject;
        EvaluateLevels(policy, facts, kind, ref sink);
        EvaluateTriggers(policy, facts, kind, ref sink);
        if (facts.LedUnitRating is { } led)
        {
            if (kind == RatingSubjectKind.LeadershipCollective && policy.Caps.CapLeadershipCollective)
            {
                sink.Cap(CapKind.LeadershipCollectiveCap, led, led);
            }
            else if (kind == RatingSubjectKind.Leader && policy.Caps.CapHead)
            {
                sink.Cap(CapKind.HeadCap, led, led);
            }
        }
    }

    internal static decimal LowerBound(ScoreBands bands, RatingLevel level) => level switch
    {
        RatingLevel.Excellent => bands.ExcellentFrom,
        RatingLevel.Good => bands.GoodFrom,
        RatingLevel.Completed => bands.CompletedFrom,
        _ => 0m,
    };

    internal static TargetCondition? TargetsFor(RatingPolicy policy, RatingLevel level) => level switch
    {
        RatingLevel.Excellent => policy.ExcellentTargets,
        RatingLevel.Good => policy.GoodTargets,
        _ => policy.CompletedTargets,
    };

    internal static TargetCondition? LedUnitTargetsFor(RatingPolicy policy, RatingLevel level) => level switch
    {
        RatingLevel.Excellent => policy.ExcellentLedUnitTargets,
        RatingLevel.Good => policy.GoodLedUnitTargets,
        _ => null,
    };

    internal static CleanRecordCondition? CleanRecordFor(RatingPolicy policy, RatingLevel level) => level switch
    {
        RatingLevel.Excellent => policy.ExcellentCleanRecord,
        RatingLevel.Good => policy.GoodCleanRecord,
        _ => policy.CompletedCleanRecord,
    };

    internal static GradeCondition? GradesFor(RatingPolicy policy, RatingLevel level) => level switch
    {
        RatingLevel.Excellent => policy.ExcellentGrades,
        RatingLevel.Good => policy.GoodGrades,
        _ => policy.CompletedGrades,
    };

    // R366-OVERRIDE: the result is the highest level whose band and conditions all hold; each failure above it is a cap.
    private static void EvaluateLevels<TSink>(RatingPolicy policy, RatingFacts facts, RatingSubjectKind kind, ref TSink sink)
        where TSink : struct, ICapSink
    {
        for (var level = RatingLevel.Excellent; level >= RatingLevel.Completed; level--)
        {
            var below = level - 1;
            var failed = false;
            if (policy.Bands is { } bands && facts.EffectiveScore is { } score && score < LowerBound(bands, level))
            {
                sink.Cap(CapKind.Band, level, below);
                failed = true;
            }

            if (TargetsFor(policy, level) is { } targets && targets.Subjects.Includes(kind))
            {
                if (facts.Targets is { } own && !targets.IsMetBy(own))
                {
                    sink.Cap(CapKind.Targets, level, below);
                    failed = true;
                }

            }

            if (kind == RatingSubjectKind.Leader && LedUnitTargetsFor(policy, level) is { } ledCondition
                && ledCondition.Subjects.Includes(kind) && facts.LedUnitTargets is { } led && !ledCondition.IsMetBy(led))
            {
                sink.Cap(CapKind.LedUnitTargets, level, below);
                failed = true;
            }

            if (GradesFor(policy, level) is { } grades && grades.Subjects.Includes(kind)
                && !grades.IsMetBy(facts.TaskResultGrade, facts.LowestOtherGrade))
            {
                sink.Cap(CapKind.Grades, level, below);
                failed = true;
            }

            if (CleanRecordFor(policy, level) is { } clean && clean.Subjects.Includes(kind) && !clean.IsMetBy(facts))
            {
                sink.Cap(CapKind.CleanRecord, level, below);
                failed = true;
            }

            if (level == RatingLevel.Excellent)
            {
                failed |= EvaluateExcellentExtras(policy, facts, kind, ref sink);
            }

            if (!failed)
            {
                return;
            }
        }
    }

    private static bool EvaluateExcellentExtras<TSink>(RatingPolicy policy, RatingFacts facts, RatingSubjectKind kind, ref TSink sink)
        where TSink : struct, ICapSink
    {
        var failed = false;
        if (policy.ExcellentSubUnits is { } subUnitCondition && subUnitCondition.Subjects.Includes(kind)
            && facts.SubUnits is { } subUnits && !subUnitCondition.IsMetBy(subUnits))
        {
            sink.Cap(CapKind.SubUnits, RatingLevel.Excellent, RatingLevel.Good);
            failed = true;
        }

        if (policy.CivilService is { } link && link.Subjects.Includes(kind)
            && facts.CivilServiceRating is { } civil && civil != RatingLevel.Excellent)
        {
            sink.Cap(CapKind.CivilServiceExcellent, RatingLevel.Excellent, RatingLevel.Good);
            failed = true;
        }

        return failed;
    }

    private static void EvaluateTriggers<TSink>(RatingPolicy policy, RatingFacts facts, RatingSubjectKind kind, ref TSink sink)
        where TSink : struct, ICapSink
    {
        const RatingLevel K = RatingLevel.NotCompleted;
        const RatingLevel HT = RatingLevel.Completed;
        var triggers = policy.NotCompleted;
        var leads = (kind is RatingSubjectKind.Leader or RatingSubjectKind.LeadershipCollective) && triggers.LedUnitSubjects.Includes(kind);
        var collective = kind is RatingSubjectKind.LeadershipCollective or RatingSubjectKind.PartyOrganization;
        var excused = facts.ForceMajeure && triggers.ForceMajeureSubjects.Includes(kind);
        var needsMain = triggers.MainTargetsSubjects.Includes(kind);

        if (triggers.MinTargetsDonePercent is { } minDone && facts.Targets is { } own && !excused
            && !own.AtLeast(own.Done, minDone) && (!needsMain || own.MainTargetsMissedOrUnknown))
        {
            sink.Cap(CapKind.TargetsBelowMinimum, HT, K);
        }

        if (leads && triggers.MinLedUnitTargetsDonePercent is { } minLed && facts.LedUnitTargets is { } led && !excused
            && !led.AtLeast(led.Done, minLed) && (!needsMain || led.MainTargetsMissedOrUnknown))
        {
            sink.Cap(CapKind.LedUnitTargetsBelowMinimum, HT, K);
        }

        if (kind == RatingSubjectKind.Leader && triggers.MaxSubUnitsNotCompletedPercent is { } maxK
            && facts.SubUnits is { } units && units.NotCompleted * 100m > maxK * units.ExactTotal)
        {
            sink.Cap(CapKind.SubUnitsNotCompleted, HT, K);
        }

        if (kind == RatingSubjectKind.Leader && triggers.MaxLowConfidencePercent is { } maxLow
            && facts.LowConfidencePercent is { } low && low > maxLow)
        {
            sink.Cap(CapKind.LowConfidence, HT, K);
        }

        if (collective && triggers.MaxDisciplinedSubUnitsPercent is { } maxDisciplined && facts.SubUnits is { } all
            && facts.AllDisciplinedSubUnits * 100m > maxDisciplined * all.ExactTotal)
        {
            sink.Cap(CapKind.DisciplinedSubUnits, HT, K);
        }

        if (triggers.SubUnitViolationHandledSubjects.Includes(kind) && facts.SubUnitsHandledForViolations > 0)
        {
            sink.Cap(CapKind.SubUnitViolationHandled, HT, K);
        }

        if (triggers.SubUnitCorruptionOrWasteSubjects.Includes(kind) && facts.SubUnitsDisciplinedForCorruptionOrWaste > 0)
        {
            sink.Cap(CapKind.SubUnitCorruptionOrWaste, HT, K);
        }

        if (kind == RatingSubjectKind.LeadershipCollective && triggers.LeadershipMemberDisciplineFrom != Discipline.None
            && facts.LeadershipMemberDiscipline >= triggers.LeadershipMemberDisciplineFrom)
        {
            sink.Cap(CapKind.LeadershipMemberDiscipline, HT, K);
        }

        if (triggers.PoorCriterion
            && (facts.TaskResultGrade == CriterionGrade.Poor || facts.LowestOtherGrade == CriterionGrade.Poor))
        {
            sink.Cap(CapKind.PoorCriterion, HT, K);
        }

        if (triggers.Degradation && facts.DegradationConcluded)
        {
            sink.Cap(CapKind.Degradation, HT, K);
        }

        if (triggers.CivilServiceNotCompleted && !collective && facts.CivilServiceRating == RatingLevel.NotCompleted)
        {
            sink.Cap(CapKind.CivilServiceNotCompleted, HT, K);
        }

        if (policy.Discipline is { } rule && rule.Subjects.Includes(kind) && rule.Counts(facts.Discipline))
        {
            sink.Cap(CapKind.Discipline, HT, K);
        }
    }
}

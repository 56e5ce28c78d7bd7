namespace PartyWork.Domain.Reviews;

/// <summary>
/// The ids of the rules the Reviews area checks: order rules from REGULATIONS.md and the area's own process rules
/// (prefixed <c>REV-</c>).
/// </summary>
public static class ReviewRuleIds
{
    /// <summary>R124-ORDER: lower-level collectives before higher ones; government, professional and mass bodies before the party organization.</summary>
    public const string Order = "R124-ORDER";

    /// <summary>R21-METHOD: the collective is reviewed first, as the basis for its members.</summary>
    public const string CollectiveFirst = "R21-METHOD";

    /// <summary>R21-CAP-HEAD: heads are reviewed after their unit's collectives and individuals.</summary>
    public const string HeadAfterUnit = "R21-CAP-HEAD";

    /// <summary>R124-STEPS (R132-STEPS before 2023): the steps of a review in their order; a move made before the steps it needs.</summary>
    public const string Steps = "R124-STEPS";

    /// <summary>REV-SUBJECT: an event about another subject than the review's.</summary>
    public const string Subject = "REV-SUBJECT";

    /// <summary>REV-TIME: an event stamped before the review's previous event.</summary>
    public const string Time = "REV-TIME";

    /// <summary>REV-RATING: a proposed or decided level above what the rating rules allow (the Ratings violations are attached).</summary>
    public const string Rating = "REV-RATING";

    /// <summary>REV-RATING-SUBJECT: rating facts of another kind of subject than the review's.</summary>
    public const string RatingSubject = "REV-RATING-SUBJECT";

    /// <summary>REV-FEEDBACK-DUPLICATE: a feedback item whose id was already received.</summary>
    public const string FeedbackDuplicate = "REV-FEEDBACK-DUPLICATE";

    /// <summary>REV-REMEDIATION-DUPLICATE: a remediation item whose id was already planned.</summary>
    public const string RemediationDuplicate = "REV-REMEDIATION-DUPLICATE";

    /// <summary>REV-REMEDIATION-UNKNOWN: a status change for a remediation item that was never planned.</summary>
    public const string RemediationUnknown = "REV-REMEDIATION-UNKNOWN";

    /// <summary>REV-REMEDIATION-OPEN: closing a review whose remediation items are not all done.</summary>
    public const string RemediationOpen = "REV-REMEDIATION-OPEN";

    /// <summary>REV-CLOSED: a move on a closed review.</summary>
    public const string Closed = "REV-CLOSED";

    /// <summary>REV-PLAN-DUPLICATE: a subject listed twice in an ordering plan.</summary>
    public const string PlanDuplicate = "REV-PLAN-DUPLICATE";

    /// <summary>REV-PLAN-SCOPE: a subject of an ordering plan whose organization is not in the cycle's scope.</summary>
    public const string PlanScope = "REV-PLAN-SCOPE";
}

namespace PartyWork.Domain.Reviews;

/// <summary>A remediation item found by a follow-up query, with the subject and cycle it belongs to.</summary>
/// <param name="Subject">The subject.</param>
/// <param name="CycleId">The cycle of the review the item was planned in.</param>
/// <param name="Item">The item.</param>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record RemediationFinding(ReviewSubject Subject, string CycleId, RemediationItem Item);

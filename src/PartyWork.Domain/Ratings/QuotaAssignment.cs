namespace PartyWork.Domain.Ratings;

/// <summary>The level the quota solver gives one candidate.</summary>
/// <param name="Candidate">The candidate.</param>
/// <param name="Level">The level given: excellent for the best eligible within the quota, good for the rest of the pool, and the candidate's own maximum below good otherwise.</param>
/// <remarks><c>default(QuotaAssignment)</c> has no candidate; the library never returns it.</remarks>
public readonly record struct QuotaAssignment(QuotaCandidate Candidate, RatingLevel Level);

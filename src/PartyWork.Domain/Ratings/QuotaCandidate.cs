namespace PartyWork.Domain.Ratings;

/// <summary>A subject in a quota group: who, the score that orders the group, and the highest level its own rules allow.</summary>
/// <param name="Id">The subject's identifier as the caller knows it.</param>
/// <param name="Score">The score that orders the group (points, or any rank key; higher first).</param>
/// <param name="HighestAllowed">The highest level the subject's decision allows (<see cref="RatingDecision.HighestAllowed"/>).</param>
/// <remarks><c>default(QuotaCandidate)</c> has no id and no level; the solver rejects it.</remarks>
public readonly record struct QuotaCandidate(string Id, decimal Score, RatingLevel HighestAllowed);

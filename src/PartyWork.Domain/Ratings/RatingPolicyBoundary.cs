namespace PartyWork.Domain.Ratings;

/// <summary>One entry of a <see cref="RatingPolicySelector"/>: from <paramref name="FirstReviewYear"/> on, reviews use <paramref name="Policy"/>.</summary>
/// <param name="FirstReviewYear">The first review year the policy applies to, 1930 to 9999.</param>
/// <param name="Policy">The policy.</param>
/// <remarks>
/// A plain pair; the selector checks it. <c>default(RatingPolicyBoundary)</c> (year 0, no policy) is not a valid entry:
/// <see cref="RatingPolicySelector"/> rejects it.
/// </remarks>
public readonly record struct RatingPolicyBoundary(int FirstReviewYear, RatingPolicy Policy);

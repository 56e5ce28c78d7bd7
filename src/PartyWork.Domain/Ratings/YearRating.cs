namespace PartyWork.Domain.Ratings;

/// <summary>The rating of one subject for one review year.</summary>
/// <param name="Year">The review year.</param>
/// <param name="Level">The level given.</param>
/// <remarks><c>default(YearRating)</c> has year 0 and no level; <see cref="RatingHistory"/> rejects it.</remarks>
public readonly record struct YearRating(int Year, RatingLevel Level);

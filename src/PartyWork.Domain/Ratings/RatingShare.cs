namespace PartyWork.Domain.Ratings;

/// <summary>One line of a distribution: a level, how many were rated at it and the printed percentage.</summary>
/// <param name="Level">The level.</param>
/// <param name="Count">How many were rated at it.</param>
/// <param name="Percent">The percentage to print (27.99 for 27,99%), from the largest-remainder apportionment.</param>
/// <remarks><c>default(RatingShare)</c> has no level; the library never returns it.</remarks>
public readonly record struct RatingShare(RatingLevel Level, long Count, decimal Percent);

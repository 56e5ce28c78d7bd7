using PartyWork.Domain.Ratings;

namespace PartyWork.Cli.Csv;

/// <summary>One row of ratings.csv: a member's proposed rating for one year and the facts the rules read.</summary>
/// <param name="Line">The physical line of the row.</param>
/// <param name="Id">The member id.</param>
/// <param name="Name">The name, or empty.</param>
/// <param name="Year">The review year.</param>
/// <param name="Facts">The facts: subject kind, proposed level, score, discipline, led unit's and civil-service rating.</param>
internal sealed record CsvRating(int Line, string Id, string Name, int Year, RatingFacts Facts);

using PartyWork.Domain.Ratings;

namespace PartyWork.Cli.Csv;

/// <summary>One row of members.csv.</summary>
/// <param name="Id">The member id.</param>
/// <param name="Name">The name, or empty.</param>
/// <param name="Cell">The node index of the member's organization in the tree.</param>
/// <param name="Rating">The rating.</param>
internal sealed record CsvMember(string Id, string Name, int Cell, RatingLevel Rating);

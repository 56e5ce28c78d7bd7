using PartyWork.Domain.Ratings;

namespace PartyWork.Cli.DemoData;

/// <summary>A member of the demo district.</summary>
/// <param name="Id">The member id (cell id and number).</param>
/// <param name="Name">The invented name.</param>
/// <param name="Cell">The cell id.</param>
/// <param name="Previous">The 2023 rating.</param>
/// <param name="Current">The 2024 rating.</param>
internal sealed record DemoMember(string Id, string Name, string Cell, RatingLevel Previous, RatingLevel Current);

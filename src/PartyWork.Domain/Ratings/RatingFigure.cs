namespace PartyWork.Domain.Ratings;

/// <summary>One figure a rule looked at, named so a report can show it ("score" = 85, "threshold" = 90).</summary>
/// <param name="Name">The figure's name, an English identifier such as <c>"score"</c>.</param>
/// <param name="Value">The figure, exact.</param>
/// <remarks><c>default(RatingFigure)</c> has no name; the library never returns it.</remarks>
public readonly record struct RatingFigure(string Name, decimal Value);

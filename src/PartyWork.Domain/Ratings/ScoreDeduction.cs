namespace PartyWork.Domain.Ratings;

/// <summary>Points taken off one criterion, with the reason (a failed quality check, a delay, …).</summary>
/// <param name="Code">The criterion's code.</param>
/// <param name="Points">The points taken off.</param>
/// <param name="Reason">Why, as the sheet writes it.</param>
/// <remarks><c>default(ScoreDeduction)</c> has no code; a sheet reports it as a violation.</remarks>
public readonly record struct ScoreDeduction(string Code, decimal Points, string Reason);

namespace PartyWork.Cli;

/// <summary>The counts of a <c>partywork check</c> run, by verdict (JSON <c>"summary"</c>).</summary>
/// <param name="Claims">How many claims were found.</param>
/// <param name="Consistent">How many are consistent.</param>
/// <param name="Inconsistent">How many are inconsistent.</param>
/// <param name="Unverifiable">How many could not be checked.</param>
internal sealed record CheckSummary(int Claims, int Consistent, int Inconsistent, int Unverifiable);

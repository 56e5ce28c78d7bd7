namespace PartyWork.Cli;

/// <summary>The JSON document <c>partywork check --json</c> prints.</summary>
/// <param name="Source">The file name as given, or "-" for standard input.</param>
/// <param name="Claims">The claims in text order.</param>
/// <param name="Summary">The counts by verdict.</param>
internal sealed record CheckReport(string Source, IReadOnlyList<CheckReportClaim> Claims, CheckSummary Summary);

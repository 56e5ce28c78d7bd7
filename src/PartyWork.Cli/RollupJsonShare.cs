namespace PartyWork.Cli;

/// <summary>One level of a distribution in <c>partywork rollup --json</c>.</summary>
/// <param name="Level">HTXSNV, HTTNV, HTNV or KHTNV.</param>
/// <param name="Count">How many members.</param>
/// <param name="Percent">The share in percent with two decimals.</param>
internal sealed record RollupJsonShare(string Level, long Count, decimal Percent);

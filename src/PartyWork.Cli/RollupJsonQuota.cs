namespace PartyWork.Cli;

/// <summary>The quota section of <c>partywork rollup --json</c>.</summary>
/// <param name="RuleId">The rule, for example R124-QUOTA.</param>
/// <param name="MaxExcellentPercentOfGood">The ceiling: excellent at most this percent of the good ones.</param>
/// <param name="Groups">Every grassroots organization, in tree order.</param>
/// <param name="Excesses">How many groups are over the quota.</param>
internal sealed record RollupJsonQuota(string RuleId, decimal MaxExcellentPercentOfGood, IReadOnlyList<RollupJsonGroup> Groups, int Excesses);

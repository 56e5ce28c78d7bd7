namespace PartyWork.Cli;

/// <summary>One organization of <c>partywork rollup --json</c>.</summary>
/// <param name="Id">The organization id.</param>
/// <param name="ParentId">The parent's id, or null for the root.</param>
/// <param name="Name">The name.</param>
/// <param name="Kind">The kind id.</param>
/// <param name="Level">The level id.</param>
/// <param name="Total">The members in the subtree.</param>
/// <param name="Levels">The four levels, excellent first: abbreviation, count, percent (largest remainder, 2 decimals, summing to 100; all 0 for no members).</param>
internal sealed record RollupJsonNode(
    string Id, string? ParentId, string Name, string Kind, string Level, long Total, IReadOnlyList<RollupJsonShare> Levels);

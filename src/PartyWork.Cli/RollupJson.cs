namespace PartyWork.Cli;

/// <summary>The JSON document <c>partywork rollup --json</c> prints.</summary>
/// <param name="Organizations">The organizations file as given.</param>
/// <param name="Members">The members file as given.</param>
/// <param name="Year">The review year given with --year, or null.</param>
/// <param name="Policy">The name of the rating policy whose quota applies.</param>
/// <param name="MemberCount">How many members were rated.</param>
/// <param name="Nodes">Every organization in tree order (parents first), with its subtree's distribution.</param>
/// <param name="Quota">The excellent quota per grassroots organization.</param>
internal sealed record RollupJson(
    string Organizations,
    string Members,
    int? Year,
    string Policy,
    int MemberCount,
    IReadOnlyList<RollupJsonNode> Nodes,
    RollupJsonQuota Quota);

namespace PartyWork.Cli;

/// <summary>One grassroots organization's quota in <c>partywork rollup --json</c>.</summary>
/// <param name="Id">The organization id.</param>
/// <param name="Name">The name.</param>
/// <param name="Excellent">Members rated excellent.</param>
/// <param name="Good">Members rated good.</param>
/// <param name="WithinQuota">Whether the excellent count fits the quota.</param>
/// <param name="AllowedExcellent">When over: how many may be excellent with the current good count; otherwise null.</param>
/// <param name="MinimumDemotions">When over: the fewest excellent members to rate good to fit; otherwise null.</param>
/// <param name="Vietnamese">When over: the violation in Vietnamese; otherwise null.</param>
/// <param name="English">When over: the violation in English; otherwise null.</param>
internal sealed record RollupJsonGroup(
    string Id,
    string Name,
    long Excellent,
    long Good,
    bool WithinQuota,
    long? AllowedExcellent,
    long? MinimumDemotions,
    string? Vietnamese,
    string? English);

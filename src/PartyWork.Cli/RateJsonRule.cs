namespace PartyWork.Cli;

/// <summary>A violation or a cap in <c>partywork rate --json</c>.</summary>
/// <param name="RuleId">The rule id of REGULATIONS.md.</param>
/// <param name="Maximum">For a cap, the highest level the rule allows; null for a violation.</param>
/// <param name="Vietnamese">The message in Vietnamese.</param>
/// <param name="English">The message in English.</param>
internal sealed record RateJsonRule(string RuleId, string? Maximum, string Vietnamese, string English);

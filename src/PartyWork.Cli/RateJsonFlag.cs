namespace PartyWork.Cli;

/// <summary>A history flag in <c>partywork rate --json</c>.</summary>
/// <param name="MemberId">The member id.</param>
/// <param name="Name">The name, or empty.</param>
/// <param name="Year">The year the flag is raised in.</param>
/// <param name="RuleId">The rule, for example R-MEMBER-2Y-K.</param>
/// <param name="Years">The years the rule counted.</param>
/// <param name="Vietnamese">What follows, in Vietnamese.</param>
/// <param name="English">What follows, in English.</param>
internal sealed record RateJsonFlag(string MemberId, string Name, int Year, string RuleId, IReadOnlyList<int> Years, string Vietnamese, string English);

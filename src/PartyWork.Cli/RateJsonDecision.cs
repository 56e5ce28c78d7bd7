namespace PartyWork.Cli;

/// <summary>One decision of <c>partywork rate --json</c>.</summary>
/// <param name="Line">The row's line in the file.</param>
/// <param name="MemberId">The member id.</param>
/// <param name="Name">The name, or empty.</param>
/// <param name="Year">The review year.</param>
/// <param name="Policy">The policy of that year (R-POLICY-SELECT).</param>
/// <param name="Subject">"individual", or "leader" when led_unit_rating was given.</param>
/// <param name="Proposed">The proposed level (HTXSNV, HTTNV, HTNV, KHTNV).</param>
/// <param name="HighestAllowed">The highest level the rules allow, or null when the member is exempt.</param>
/// <param name="Allowed">Whether the proposed level breaks no rule.</param>
/// <param name="Standing">The level that stands (the lower of proposed and highest allowed) and counts in the history, or null when exempt.</param>
/// <param name="Violations">The rules the proposal breaks (maximum is null).</param>
/// <param name="Caps">Every cap below excellent, with its maximum level.</param>
internal sealed record RateJsonDecision(
    int Line,
    string MemberId,
    string Name,
    int Year,
    string Policy,
    string Subject,
    string Proposed,
    string? HighestAllowed,
    bool Allowed,
    string? Standing,
    IReadOnlyList<RateJsonRule> Violations,
    IReadOnlyList<RateJsonRule> Caps);

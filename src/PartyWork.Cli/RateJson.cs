namespace PartyWork.Cli;

/// <summary>The JSON document <c>partywork rate --json</c> prints.</summary>
/// <param name="Source">The ratings file as given.</param>
/// <param name="Decisions">One decision per row, in file order.</param>
/// <param name="Flags">The history flags (R-MEMBER-2Y-K, R-XS-5Y) of members rated in several years, by member then year.</param>
/// <param name="Proposals">How many rows.</param>
/// <param name="WithViolations">How many proposals break a rule.</param>
internal sealed record RateJson(
    string Source, IReadOnlyList<RateJsonDecision> Decisions, IReadOnlyList<RateJsonFlag> Flags, int Proposals, int WithViolations);

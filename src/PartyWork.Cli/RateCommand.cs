using System.Globalization;
using System.Text.Json;
using PartyWork.Cli.Csv;
using PartyWork.Domain.Ratings;

namespace PartyWork.Cli;

/// <summary>
/// <c>partywork rate RATINGS.csv [--lang vi|en] [--json]</c>: checks each proposed rating against the rules of its
/// year (<see cref="RatingPolicy.Decide"/>), lists violations and caps, then the history flags of members rated in
/// several years (<see cref="RatingHistory.Flags"/>).
/// </summary>
internal static class RateCommand
{
    /// <summary>Runs the command; the whole output is built in memory, so nothing reaches stdout on failure.</summary>
    /// <param name="args">The arguments after <c>rate</c>.</param>
    /// <param name="stdout">Where the report goes.</param>
    /// <param name="stderr">Where usage errors and line-numbered input problems go.</param>
    /// <returns>0 every proposal allowed, 1 a proposal breaks a rule, 2 bad usage or bad input.</returns>
    public static int Run(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (!CsvCommandArgs.TryParse("rate", args, ["ratings.csv"], acceptsYear: false, out var options, out var usage))
        {
            stderr.WriteLine($"partywork: {usage}");
            return CommandLine.UsageError;
        }

        var errors = new CsvErrors();
        if (!RatingsCsv.TryLoad(options.Files[0], errors, out var rows))
        {
            return errors.Report(stderr);
        }

        var decisions = rows.Select(r => (Row: r, Decision: RatingPolicies.ForReviewYear(r.Year).Decide(r.Facts))).ToArray();
        var flags = Flags(decisions);
        var broken = decisions.Count(d => d.Decision.HasViolations);

        var output = new StringWriter(CultureInfo.InvariantCulture);
        if (options.Json)
        {
            var json = new RateJson(options.Files[0], [.. decisions.Select(d => ToJson(d.Row, d.Decision))], flags, decisions.Length, broken);
            output.WriteLine(JsonSerializer.Serialize(json, RollupCommand.Json.RateJson));
        }
        else
        {
            WriteText(new Printer(options.English, output), options.Files[0], decisions, flags, broken);
        }

        stdout.Write(output.ToString());
        return broken > 0 ? CommandLine.Findings : CommandLine.Success;
    }

    /// <summary>The level that stands: the proposed one, lowered to the highest allowed; null when exempt.</summary>
    private static RatingLevel? Standing(RatingDecision decision) =>
        decision.HighestAllowed is { } highest && decision.Facts.Proposed is { } proposed ? (proposed < highest ? proposed : highest) : null;

    private static List<RateJsonFlag> Flags((CsvRating Row, RatingDecision Decision)[] decisions)
    {
        var flags = new List<RateJsonFlag>();
        foreach (var member in decisions.GroupBy(d => d.Row.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var years = member
                .Select(d => (d.Row.Year, Level: Standing(d.Decision)))
                .Where(y => y.Level is not null)
                .Select(y => new YearRating(y.Year, y.Level!.Value))
                .ToArray();
            var history = new RatingHistory(years);
            var name = member.First().Row.Name;
            foreach (var year in history.Ratings.Select(r => r.Year))
            {
                flags.AddRange(history.Flags(year, HistoryRoles.PartyMember)
                    .Select(f => new RateJsonFlag(member.Key, name, year, f.RuleId, f.Years, f.Vietnamese, f.English)));
            }
        }

        return flags;
    }

    private static RateJsonDecision ToJson(CsvRating row, RatingDecision decision) =>
        new(
            row.Line,
            row.Id,
            row.Name,
            row.Year,
            decision.Policy.Name,
            row.Facts.Subject == RatingSubjectKind.Leader ? "leader" : "individual",
            row.Facts.Proposed!.Value.ToAbbreviation(),
            decision.HighestAllowed?.ToAbbreviation(),
            !decision.HasViolations,
            Standing(decision)?.ToAbbreviation(),
            [.. decision.Violations.Select(v => new RateJsonRule(v.RuleId, null, v.Vietnamese, v.English))],
            [.. decision.ExplainCaps().Select(c => new RateJsonRule(c.RuleId, c.Maximum.ToAbbreviation(), c.Vietnamese, c.English))]);

    private static void WriteText(
        Printer p, string source, (CsvRating Row, RatingDecision Decision)[] decisions, List<RateJsonFlag> flags, int broken)
    {
        p.Line(
            $"partywork rate — {source}: {p.Count(decisions.Length)} đề xuất, {p.Count(broken)} vi phạm quy định",
            $"partywork rate — {source}: {p.Count(decisions.Length)} proposals, {p.Count(broken)} breaking a rule");
        p.Blank();
        p.Line("1. Đề xuất xếp loại và mức cao nhất được phép", "1. Proposed ratings and the highest level allowed");
        foreach (var (row, decision) in decisions)
        {
            var who = row.Name.Length > 0 ? $"{row.Name} ({row.Id})" : row.Id;
            var proposed = Label(p, row.Facts.Proposed!.Value);
            var verdict = decision.HighestAllowed is not { } highest
                ? p.English ? "exempt this year (R124-EXEMPT)" : "không xếp loại năm nay (R124-EXEMPT)"
                : decision.HasViolations
                    ? p.English ? $"at most \"{Label(p, highest)}\" — NOT ALLOWED" : $"tối đa \"{Label(p, highest)}\" — KHÔNG ĐƯỢC PHÉP"
                    : p.English ? $"allowed (at most \"{Label(p, highest)}\")" : $"được phép (tối đa \"{Label(p, highest)}\")";
            p.Line(
                $"   {who}, năm {row.Year}: đề xuất \"{proposed}\" → {verdict}",
                $"   {who}, {row.Year}: proposed \"{proposed}\" → {verdict}");
            foreach (var v in decision.Violations)
            {
                p.Line($"      ✗ {v.RuleId}: {v.Vietnamese}", $"      ✗ {v.RuleId}: {v.English}");
            }

            // Caps whose rule is already reported as a violation are not repeated.
            foreach (var c in decision.ExplainCaps().Where(c => decision.Violations.All(v => v.RuleId != c.RuleId)))
            {
                p.Line(
                    $"      · {c.RuleId} (tối đa \"{Label(p, c.Maximum)}\"): {c.Vietnamese}",
                    $"      · {c.RuleId} (at most \"{Label(p, c.Maximum)}\"): {c.English}");
            }
        }

        p.Blank();
        p.Line("2. Hệ quả qua nhiều năm (đảng viên được xếp loại từ hai năm trở lên)", "2. Consequences over the years (members rated in two years or more)");
        foreach (var f in flags)
        {
            var who = f.Name.Length > 0 ? $"{f.Name} ({f.MemberId})" : f.MemberId;
            p.Line($"   {who} — {f.RuleId}: {f.Vietnamese}", $"   {who} — {f.RuleId}: {f.English}");
        }

        if (flags.Count == 0)
        {
            p.Line("   Không có.", "   None.");
        }
    }

    private static string Label(Printer p, RatingLevel level) => p.English ? level.ToEnglish() : level.ToVietnameseLower();
}

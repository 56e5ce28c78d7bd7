using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PartyWork.Cli.Csv;
using PartyWork.Domain.Organizations;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Scale;

namespace PartyWork.Cli;

/// <summary>
/// <c>partywork rollup ORGANIZATIONS.csv MEMBERS.csv [--year YYYY] [--lang vi|en] [--json]</c>: the roll-up table and
/// the excellent quota per grassroots organization, as in the demo, for the user's own data (docs/cli.md).
/// </summary>
internal static class RollupCommand
{
    /// <summary>The JSON options of rollup and rate: the source-generated context, non-ASCII letters written as they are.</summary>
    internal static readonly CsvJsonContext Json = new(new JsonSerializerOptions(CsvJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Runs the command; the whole output is built in memory, so nothing reaches stdout on failure.</summary>
    /// <param name="args">The arguments after <c>rollup</c>.</param>
    /// <param name="stdout">Where the report goes.</param>
    /// <param name="stderr">Where usage errors and line-numbered input problems go.</param>
    /// <returns>0 every group within the quota, 1 a group over it, 2 bad usage or bad input.</returns>
    public static int Run(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (!CsvCommandArgs.TryParse("rollup", args, ["organizations.csv", "members.csv"], acceptsYear: true, out var options, out var usage))
        {
            stderr.WriteLine($"partywork: {usage}");
            return CommandLine.UsageError;
        }

        var errors = new CsvErrors();
        var orgsPath = options.Files[0];
        var membersPath = options.Files[1];
        if (!OrganizationsCsv.TryLoad(orgsPath, errors, out var tree) || !MembersCsv.TryLoad(membersPath, tree!, errors, out var members))
        {
            return errors.Report(stderr);
        }

        var ratings = members.Select(m => RatingCodes.Encode(m.Rating)).ToArray();
        var cells = members.Select(m => m.Cell).ToArray();
        var rollup = RatingRollup.Compute(tree!, ratings, cells);
        var policy = options.Year is { } year ? RatingPolicies.ForReviewYear(year) : RatingPolicies.All[^1];
        var rule = RollupReport.QuotaRuleOf(policy);
        var excesses = rollup.CheckQuota(rule, OrganizationLevelIds.Grassroots);

        var output = new StringWriter(CultureInfo.InvariantCulture);
        if (options.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(ToJson(options, policy, rollup, members.Count, rule, excesses), Json.RollupJson));
        }
        else
        {
            var p = new Printer(options.English, output);
            var yearText = options.Year is { } y ? y.ToString(CultureInfo.InvariantCulture) : null;
            p.Line(
                $"partywork rollup — {tree!.Root.Name}{(yearText is null ? "" : $", năm {yearText}")}",
                $"partywork rollup — {tree!.Root.Name}{(yearText is null ? "" : $", year {yearText}")}");
            p.Line($"Quy định áp dụng: {policy.Name}", $"Policy: {policy.Name}");
            p.Blank();
            RollupReport.Table(p, tree, rollup, members.Count);
            RollupReport.Quota(p, rollup, policy);
        }

        stdout.Write(output.ToString());
        return excesses.Count > 0 ? CommandLine.Findings : CommandLine.Success;
    }

    private static RollupJson ToJson(
        CsvCommandArgs options, RatingPolicy policy, RatingRollup rollup, int memberCount, QuotaRule rule, IReadOnlyList<QuotaExcess> excesses)
    {
        var tree = rollup.Tree;
        var nodes = new List<RollupJsonNode>(tree.Count);
        var groups = new List<RollupJsonGroup>();
        for (var i = 0; i < tree.Count; i++)
        {
            var node = tree[i];
            var tally = rollup[i];
            var shares = rollup.Distribution(i).Select(s => new RollupJsonShare(s.Level.ToAbbreviation(), s.Count, s.Percent)).ToArray();
            nodes.Add(new RollupJsonNode(
                node.Id, node.IsRoot ? null : tree[node.ParentIndex].Id, node.Name, node.Kind.Id, node.Level.Id, tally.Total, shares));
            if (node.Level.Id == OrganizationLevelIds.Grassroots)
            {
                var excess = excesses.FirstOrDefault(e => e.Group.Name == $"{node.Name} ({node.Id})");
                groups.Add(new RollupJsonGroup(
                    node.Id,
                    node.Name,
                    tally.Excellent,
                    tally.Good,
                    excess is null,
                    excess?.AllowedWithCurrentGood,
                    excess?.MinimumDemotions,
                    excess?.Violation.Vietnamese,
                    excess?.Violation.English));
            }
        }

        return new RollupJson(
            options.Files[0],
            options.Files[1],
            options.Year,
            policy.Name,
            memberCount,
            nodes,
            new RollupJsonQuota(rule.RuleId, rule.MaxExcellentPercentOfGood, groups, excesses.Count));
    }
}

using System.Globalization;
using PartyWork.Cli.DemoData;
using PartyWork.Domain.Organizations;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Ratios;
using PartyWork.Domain.Scale;

namespace PartyWork.Cli;

/// <summary>
/// <c>partywork demo [--lang vi|en]</c>: a tour of the library on the embedded fictional district (DemoData): the
/// roll-up table, quota findings, heads capped by their units, two-year "not completed" flags and a report check.
/// </summary>
internal static class DemoCommand
{
    /// <summary>Runs the tour.</summary>
    /// <param name="args">The arguments after <c>demo</c>.</param>
    /// <param name="stdout">Where the tour goes.</param>
    /// <param name="stderr">Where a usage error goes.</param>
    /// <returns>0, or 2 on bad usage.</returns>
    public static int Run(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
        var english = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Length && args[i + 1] is "vi" or "en")
            {
                english = args[++i] == "en";
            }
            else
            {
                stderr.WriteLine($"partywork: demo takes only '--lang vi' or '--lang en'; got '{args[i]}'.");
                return CommandLine.UsageError;
            }
        }

        var output = new StringWriter(CultureInfo.InvariantCulture);
        Tour(new Printer(english, output));
        stdout.Write(output.ToString());
        return CommandLine.Success;
    }

    private static void Tour(Printer p)
    {
        var tree = OrganizationTree.Build(DemoDistrict.Organizations);
        var members = DemoDistrict.Members().ToArray();
        var ratings = members.Select(m => RatingCodes.Encode(m.Current)).ToArray();
        var cells = members.Select(m => tree.GetIndex(m.Cell)).ToArray();
        var rollup = RatingRollup.Compute(tree, ratings, cells);
        var policy = RatingPolicies.ForReviewYear(DemoDistrict.Year);

        p.Line(
            $"partywork demo — {tree.Root.Name} (dữ liệu hư cấu), năm {DemoDistrict.Year}",
            $"partywork demo — {tree.Root.Name} (fictional data), year {DemoDistrict.Year}");
        p.Line($"Quy định áp dụng: {policy.Name}", $"Policy: {policy.Name}");
        p.Blank();

        RollupReport.Table(p, tree, rollup, members.Length);
        RollupReport.Quota(p, rollup, policy);
        Heads(p, policy);
        TwoYears(p, members, tree);
        ReportCheck(p);
    }

    private static void Heads(Printer p, RatingPolicy policy)
    {
        p.Line(
            "3. Người đứng đầu: không được xếp loại cao hơn tổ chức mình lãnh đạo",
            "3. Heads: never rated above the organization they lead");
        foreach (var (unit, name, proposed, unitRating) in DemoDistrict.Heads)
        {
            var decision = policy.Decide(new RatingFacts(RatingSubjectKind.Leader) { Proposed = proposed, LedUnitRating = unitRating });
            var highest = decision.HighestAllowed ?? proposed;
            var rules = string.Join(", ", decision.Violations.Select(v => v.RuleId).Distinct());
            p.Line(
                decision.HasViolations
                    ? $"   {name} (bí thư {unit}): đề xuất \"{proposed.ToVietnameseLower()}\", đơn vị đạt \"{unitRating.ToVietnameseLower()}\" → tối đa \"{highest.ToVietnameseLower()}\" ({rules})"
                    : $"   {name} (bí thư {unit}): đề xuất \"{proposed.ToVietnameseLower()}\" phù hợp kết quả đơn vị",
                decision.HasViolations
                    ? $"   {name} (secretary of {unit}): proposed \"{proposed.ToEnglish()}\", unit rated \"{unitRating.ToEnglish()}\" → at most \"{highest.ToEnglish()}\" ({rules})"
                    : $"   {name} (secretary of {unit}): proposed \"{proposed.ToEnglish()}\" fits the unit's rating");
        }

        p.Blank();
    }

    private static void TwoYears(Printer p, DemoMember[] members, OrganizationTree tree)
    {
        p.Line(
            $"4. Đảng viên hai năm liền ({DemoDistrict.PreviousYear}, {DemoDistrict.Year}) không hoàn thành nhiệm vụ",
            $"4. Members not completed two years running ({DemoDistrict.PreviousYear}, {DemoDistrict.Year})");
        var flagged = 0;
        foreach (var member in members)
        {
            var history = new RatingHistory([new(DemoDistrict.PreviousYear, member.Previous), new(DemoDistrict.Year, member.Current)]);
            foreach (var flag in history.Flags(DemoDistrict.Year, HistoryRoles.PartyMember).Where(f => f.RuleId == "R-MEMBER-2Y-K"))
            {
                flagged++;
                p.Line(
                    $"   {member.Name} ({member.Id}, {tree[member.Cell].Name}) — {flag.RuleId}: {flag.Vietnamese}",
                    $"   {member.Name} ({member.Id}, {tree[member.Cell].Name}) — {flag.RuleId}: {flag.English}");
            }
        }

        if (flagged == 0)
        {
            p.Line("   Không có.", "   None.");
        }

        p.Blank();
    }

    private static void ReportCheck(Printer p)
    {
        p.Line("5. Kiểm tra số liệu tỷ lệ trong báo cáo ngắn", "5. Checking the ratio figures of a short report");
        p.Raw($"   « {DemoDistrict.Report} »");
        foreach (var claim in ReportScanner.Scan(DemoDistrict.Report))
        {
            var verdict = claim.Verdict switch
            {
                ClaimVerdict.Consistent => p.English ? "consistent" : "khớp",
                ClaimVerdict.Inconsistent => p.English ? "INCONSISTENT" : "KHÔNG KHỚP",
                _ => p.English ? "unverifiable" : "không kiểm tra được",
            };
            var reason = p.English ? claim.ReasonEnglish : claim.ReasonVietnamese;
            p.Raw(reason.Length == 0 ? $"   {claim.Text}: {verdict}" : $"   {claim.Text}: {verdict} — {reason}");
        }
    }
}

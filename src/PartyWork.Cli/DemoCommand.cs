using System.Globalization;
using PartyWork.Cli.DemoData;
using PartyWork.Domain.Organizations;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Ratios;
using PartyWork.Domain.Scale;
using PartyWork.Domain.Text;

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

        RollupTable(p, tree, rollup, members.Length);
        Quota(p, rollup, policy);
        Heads(p, policy);
        TwoYears(p, members, tree);
        ReportCheck(p);
    }

    private static void RollupTable(Printer p, OrganizationTree tree, RatingRollup rollup, int memberCount)
    {
        p.Line(
            $"1. Kết quả xếp loại {p.Count(memberCount)} đảng viên, tổng hợp từ chi bộ lên đảng bộ (tỷ lệ cộng đủ 100%)",
            $"1. Ratings of {p.Count(memberCount)} members rolled up from cells to the district (percentages add up to 100%)");
        var header = string.Join(" | ", RatingLevels.Descending.Select(l => (p.English ? l.ToEnglish() : l.ToAbbreviation()).PadLeft(16)));
        p.Raw($"   {(p.English ? "Organization" : "Tổ chức"),-40} | {header} | {(p.English ? "Total" : "Tổng"),5}");
        for (var i = 0; i < tree.Count; i++)
        {
            var node = tree[i];
            if (node.Level.Id == OrganizationLevelIds.Cell)
            {
                continue;
            }

            var shares = rollup.Distribution(i);
            var cellsText = string.Join(" | ", shares.Select(s => $"{p.Count(s.Count)} ({p.Percent(s.Percent)})".PadLeft(16)));
            var name = node.IsRoot ? (p.English ? $"{node.Name} (total)" : $"{node.Name} (toàn đảng bộ)") : "  " + node.Name;
            p.Raw($"   {name,-40} | {cellsText} | {p.Count(rollup[i].Total),5}");
        }

        p.Blank();
    }

    private static void Quota(Printer p, RatingRollup rollup, RatingPolicy policy)
    {
        var rule = policy.IndividualQuota ?? new QuotaRule("R124-QUOTA");
        var percent = p.Number(rule.MaxExcellentPercentOfGood);
        p.Line(
            $"2. Tỷ lệ hoàn thành xuất sắc nhiệm vụ ({rule.RuleId}: tối đa {percent}% số hoàn thành tốt nhiệm vụ, trong từng đảng bộ cơ sở)",
            $"2. Excellent quota ({rule.RuleId}: at most {percent}% of the good ones, per grassroots organization)");
        var groups = rollup.GroupsAtLevel(OrganizationLevelIds.Grassroots);
        var excesses = rule.Check(groups);
        foreach (var group in groups)
        {
            var excess = excesses.FirstOrDefault(e => ReferenceEquals(e.Group, group));
            p.Line(
                excess is null ? $"   {group.Name}: đạt ({group.Tally.Excellent}/{group.Tally.Good})" : $"   {excess.Violation.Vietnamese}",
                excess is null ? $"   {group.Name}: within the quota ({group.Tally.Excellent}/{group.Tally.Good})" : $"   {excess.Violation.English}");
        }

        p.Blank();
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

    /// <summary>Writes lines in one language with its number format.</summary>
    private sealed class Printer(bool english, TextWriter writer)
    {
        public bool English { get; } = english;

        public void Line(string vietnamese, string englishText) => writer.WriteLine(English ? englishText : vietnamese);

        public void Raw(string text) => writer.WriteLine(text);

        public void Blank() => writer.WriteLine();

        public string Count(long count) => English ? count.ToString("N0", CultureInfo.InvariantCulture) : VietnameseNumber.Format(count);

        public string Percent(decimal percent) => English
            ? percent.ToString("0.00", CultureInfo.InvariantCulture) + "%"
            : VietnameseNumber.FormatPercent(percent, 2);

        public string Number(decimal value) => English
            ? value.ToString("0.##", CultureInfo.InvariantCulture)
            : VietnameseNumber.Format(value, value == decimal.Truncate(value) ? 0 : 2);
    }
}

using PartyWork.Domain.Organizations;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Scale;

namespace PartyWork.Cli;

/// <summary>
/// The two sections <c>partywork demo</c> and <c>partywork rollup</c> share: the roll-up table (every organization
/// above the cells, percentages that add up to 100) and the excellent quota per grassroots organization.
/// </summary>
internal static class RollupReport
{
    /// <summary>Gets the quota rule a policy applies to party members (R124-QUOTA when the policy has none).</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The rule.</returns>
    public static QuotaRule QuotaRuleOf(RatingPolicy policy) => policy.IndividualQuota ?? new QuotaRule("R124-QUOTA");

    /// <summary>Writes section 1: the roll-up table of every organization that is not a cell.</summary>
    /// <param name="p">The printer.</param>
    /// <param name="tree">The tree.</param>
    /// <param name="rollup">The roll-up over <paramref name="tree"/>.</param>
    /// <param name="memberCount">How many members were rated.</param>
    public static void Table(Printer p, OrganizationTree tree, RatingRollup rollup, int memberCount)
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

    /// <summary>Writes section 2: the excellent quota of every grassroots organization.</summary>
    /// <param name="p">The printer.</param>
    /// <param name="rollup">The roll-up.</param>
    /// <param name="policy">The policy whose quota applies.</param>
    /// <returns>The groups over the quota.</returns>
    public static IReadOnlyList<QuotaExcess> Quota(Printer p, RatingRollup rollup, RatingPolicy policy)
    {
        var rule = QuotaRuleOf(policy);
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
        return excesses;
    }
}

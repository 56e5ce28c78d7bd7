using System.Reflection;
using System.Text.RegularExpressions;

namespace PartyWork.Domain.Tests.Ratings;

/// <summary>
/// The rules table of docs/ratings.md is the claim: every rule id in the first column of a row whose status is
/// "implemented" or "partly" has a test in this namespace carrying <c>[Trait("Rule", id)]</c>.
/// </summary>
public partial class RuleCoverageTests
{
    private static readonly string[] CoveredStatuses = ["implemented", "partly"];

    [Fact]
    public void EveryRuleTheDocsTableMarksImplemented_HasATestWithItsTrait()
    {
        var rows = ReadRulesTable();
        var claimed = rows
            .Where(r => CoveredStatuses.Contains(r.Status, StringComparer.Ordinal))
            .SelectMany(r => RuleIds(r.Rule))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var missing = claimed.Except(CitedRuleIds(), StringComparer.Ordinal).ToList();

        Assert.True(claimed.Count >= 30, $"Only {claimed.Count} implemented rule ids read from the table of docs/ratings.md; is the table intact?");
        Assert.True(missing.Count == 0, "Rules the docs table marks implemented without a test citing them: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryRowOfTheDocsTable_HasAKnownStatus_AndARuleId()
    {
        var rows = ReadRulesTable();

        Assert.All(rows, r => Assert.Contains(r.Status, CoveredStatuses.Append("not here")));
        Assert.All(rows, r => Assert.NotEmpty(RuleIds(r.Rule)));
    }

    [Theory]
    [InlineData("R21-QUOTA-MEMBER, R21-QUOTA-LEADCOLL, R21-QUOTA-LEADER [V]", "R21-QUOTA-MEMBER R21-QUOTA-LEADCOLL R21-QUOTA-LEADER")]
    [InlineData("R124-T / R124-HT [V-tr]", "R124-T R124-HT")]
    [InlineData("R-CADRE-2Y-K, R-XS-5Y [V]", "R-CADRE-2Y-K R-XS-5Y")]
    [InlineData("R366-OVERRIDE [V] + fallback [I]", "R366-OVERRIDE")]
    public void RuleIds_ReadsEveryIdOfACell_AndNoTag(string cell, string expected) =>
        Assert.Equal(expected.Split(' '), RuleIds(cell));

    private static IReadOnlyList<(string Rule, string Status)> ReadRulesTable()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "ratings.md"));
        var header = Array.FindIndex(lines, l => l.StartsWith("| rule | status |", StringComparison.Ordinal));
        Assert.True(header >= 0, "docs/ratings.md has no rules table starting with \"| rule | status |\".");
        return lines
            .Skip(header + 2)
            .TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Split('|'))
            .Select(cells => (Rule: cells[1].Trim(), Status: cells[2].Trim()))
            .ToList();
    }

    private static IEnumerable<string> RuleIds(string cell) => RuleId().Matches(cell).Select(m => m.Value);

    private static HashSet<string> CitedRuleIds() =>
        typeof(RuleCoverageTests).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(RuleCoverageTests).Namespace)
            .SelectMany(t => t.GetMethods().Cast<MemberInfo>().Append(t))
            .SelectMany(m => m.GetCustomAttributesData())
            .Where(a => a.AttributeType == typeof(TraitAttribute) && (string?)a.ConstructorArguments[0].Value == "Rule")
            .Select(a => (string)a.ConstructorArguments[1].Value!)
            .ToHashSet(StringComparer.Ordinal);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PartyWork.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} contains PartyWork.Domain.sln.");
    }

    [GeneratedRegex(@"\bR[0-9]*(?:-[A-Z0-9]+)+\b", RegexOptions.CultureInvariant)]
    private static partial Regex RuleId();
}

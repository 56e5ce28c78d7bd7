using System.Text.RegularExpressions;

namespace PartyWork.Domain.Tests.Docs;

/// <summary>
/// docs/rules.md lists the rules the library implements: every rule id the source (src/**/*.cs, code and comments)
/// mentions is on the page, every id on the page outside "Not implemented" is mentioned by the source, and no id under
/// "Not implemented" is.
/// </summary>
public partial class RulesPageTests
{
    private const string NotImplemented = "Not implemented";

    private static readonly string[] Tags = ["V", "V-tr", "I", "U", "library"];

    [Fact]
    public void EveryRuleIdTheSourceMentions_IsOnTheRulesPage()
    {
        var page = PageRules().Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var source = SourceRuleIds();

        var missing = source.Where(s => !page.Contains(s.Key)).Select(s => $"{s.Key} (in {string.Join(", ", s.Value.Take(3))})").ToList();

        Assert.True(source.Count >= 80, $"Only {source.Count} rule ids found in src/; is the reader broken?");
        Assert.True(missing.Count == 0, "Rule ids of the source missing from docs/rules.md:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void EveryRuleOnThePage_IsInTheSource_UnlessNotImplemented()
    {
        var source = SourceRuleIds();
        var problems = PageRules()
            .Where(r => source.ContainsKey(r.Id) == (r.Section == NotImplemented))
            .Select(r => r.Section == NotImplemented
                ? $"{r.Id} is listed under '{NotImplemented}' but the source mentions it ({string.Join(", ", source[r.Id].Take(3))}); move it to its area."
                : $"{r.Id} is listed under '{r.Section}' but no file of src/ mentions it; correct the id, or move it to '{NotImplemented}'.")
            .ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void EveryRowOfThePage_HasATag_AndEveryIdIsListedOnce()
    {
        var rules = PageRules();

        Assert.All(rules, r => Assert.True(
            Tags.Contains(r.Tag.Split(';', ',')[0].Trim()),
            $"{r.Id}: the tag '{r.Tag}' does not start with one of {string.Join(", ", Tags)}."));
        var repeated = rules.GroupBy(r => (r.Id, r.Section)).Where(g => g.Count() > 1).Select(g => g.Key.Id).ToList();
        Assert.True(repeated.Count == 0, "Listed twice in one section of docs/rules.md: " + string.Join(", ", repeated));
        Assert.Contains(rules, r => r.Section == NotImplemented);
    }

    [Fact]
    public void EveryRuleOfTheRatingsTable_IsOnTheRulesPage()
    {
        var page = PageRules().Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var lines = File.ReadAllLines(Path.Combine(RepositoryFiles.Root, "docs", "ratings.md"));
        var header = Array.FindIndex(lines, l => l.StartsWith("| rule | status |", StringComparison.Ordinal));
        Assert.True(header >= 0, "docs/ratings.md has no rules table.");

        var missing = lines.Skip(header + 2)
            .TakeWhile(l => l.StartsWith('|'))
            .SelectMany(l => RuleId().Matches(l.Split('|')[1]).Select(m => m.Value))
            .Where(id => !page.Contains(id))
            .ToList();

        Assert.True(missing.Count == 0, "Rules of the docs/ratings.md table missing from docs/rules.md: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("new QuotaRule(\"R21-QUOTA-MEMBER\")", "R21-QUOTA-MEMBER")]
    [InlineData("/// quotas (R21-QUOTA-*).", "")]
    [InlineData("R366-ORDER / HEAD-CAP [U]", "R366-ORDER")]
    [InlineData("ORG-TREE-LEVEL-DATE: a level; REV-PLAN-SCOPE", "ORG-TREE-LEVEL-DATE REV-PLAN-SCOPE")]
    [InlineData("R-CADRE-2Y-K, R-XS-5Y and DOC-132, 05-CT/TW", "R-CADRE-2Y-K R-XS-5Y")]
    public void RuleId_ReadsIdsButNotWildcardsOrOtherCodes(string text, string expected) =>
        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), RuleId().Matches(text).Select(m => m.Value));

    private static Dictionary<string, List<string>> SourceRuleIds()
    {
        var ids = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var src = Path.Combine(RepositoryFiles.Root, "src");
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var relative = RepositoryFiles.Relative(file);
            if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var id in RuleId().Matches(File.ReadAllText(file)).Select(m => m.Value).Distinct(StringComparer.Ordinal))
            {
                (ids.TryGetValue(id, out var files) ? files : ids[id] = []).Add(relative);
            }
        }

        return ids;
    }

    private static List<(string Id, string Section, string Tag)> PageRules()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryFiles.Root, "docs", "rules.md"));
        var rules = new List<(string, string, string)>();
        var section = string.Empty;
        var inRulesTable = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line[3..].Trim();
                var parenthesis = section.IndexOf(" (", StringComparison.Ordinal);
                section = parenthesis < 0 ? section : section[..parenthesis];
                inRulesTable = false;
                continue;
            }

            if (!line.StartsWith('|'))
            {
                inRulesTable = false;
                continue;
            }

            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            if (cells[1] == "rule")
            {
                inRulesTable = true;
                Assert.Equal("tag", cells[3]);
                continue;
            }

            if (!inRulesTable || cells[1].StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }

            var ids = RuleId().Matches(cells[1]).Select(m => m.Value).ToList();
            Assert.True(ids.Count > 0, $"docs/rules.md: a row without a rule id in its first cell: {line}");
            rules.AddRange(ids.Select(id => (id, section, cells[3])));
        }

        Assert.True(rules.Count >= 80, $"Only {rules.Count} rules read from docs/rules.md; is the page intact?");
        return rules;
    }

    // A rule id: R, digits or none, then dash-separated upper-case parts (R124-QUOTA, R-XS-5Y), or ORG-…/REV-….
    // A wildcard (R21-QUOTA-*) is not an id.
    [GeneratedRegex(@"(?<![\w-])(?:R\d*|ORG|REV)(?:-[A-Z0-9]+)+(?![\w*-])", RegexOptions.CultureInvariant)]
    private static partial Regex RuleId();
}

namespace PartyWork.Domain.Tests.Docs;

/// <summary>
/// The links of README.md and docs/**/*.md: every relative link (and anchor) resolves inside the repository, the index
/// docs/README.md lists every page and every decision, and every guide links the decisions the index lists for it.
/// </summary>
public class DocsLinksTests
{
    private static readonly string Index = Path.Combine(RepositoryFiles.Root, "docs", "README.md");

    [Fact]
    public void EveryRelativeLink_ResolvesInsideTheRepository()
    {
        var problems = new List<string>();
        var checkedLinks = 0;
        foreach (var page in RepositoryFiles.MarkdownPages())
        {
            foreach (var link in Markdown.Links(page).Where(l => !l.IsExternal))
            {
                checkedLinks++;
                if (Problem(page, link.Target) is { } problem)
                {
                    problems.Add($"{link}: {problem}");
                }
            }
        }

        Assert.True(checkedLinks >= 50, $"Only {checkedLinks} relative links found; is the reader broken?");
        Assert.True(problems.Count == 0, "Broken links:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void TheIndex_LinksEveryPageAndEveryDecision()
    {
        var linked = Targets(Index);
        var docs = Path.Combine(RepositoryFiles.Root, "docs");
        var missing = Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories)
            .Where(p => p != Index && !linked.Contains(p))
            .Select(RepositoryFiles.Relative)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0, "Pages and decisions that docs/README.md does not link:\n" + string.Join("\n", missing));
        Assert.Contains(Index, Targets(Path.Combine(RepositoryFiles.Root, "README.md")));
    }

    [Fact]
    public void EveryGuide_LinksTheDecisionsTheIndexListsForIt()
    {
        var problems = new List<string>();
        var rows = 0;
        foreach (var line in File.ReadAllLines(Index).Where(l => l.StartsWith("| [", StringComparison.Ordinal)))
        {
            var cells = line.Split('|');
            var page = Markdown.Links("docs/README.md", [cells[1]]).Select(l => Resolve(Index, l.Target)).Single();
            var decisions = Markdown.Links("docs/README.md", [cells[^2]]).Select(l => Resolve(Index, l.Target));
            var linked = Targets(page);
            rows++;
            problems.AddRange(decisions
                .Where(d => !linked.Contains(d))
                .Select(d => $"{RepositoryFiles.Relative(page)} does not link {RepositoryFiles.Relative(d)}, which docs/README.md lists for it."));
        }

        Assert.True(rows >= 10, $"Only {rows} rows read from the tables of docs/README.md; are they intact?");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("docs/ratios.md", "decisions/ratios-over-100.md", null)]
    [InlineData("docs/ratios.md", "#pooled-rate-versus-mean-of-rates", null)]
    [InlineData("docs/text.md", "decisions/", null)]
    [InlineData("README.md", "docs/cli.md#partywork-demo---lang-vien", null)]
    [InlineData("docs/ratios.md", "decisions/no-such-decision.md", "no such file or folder")]
    [InlineData("docs/ratios.md", "#no-such-heading", "no heading")]
    [InlineData("docs/ratios.md", "../../outside.md", "outside the repository")]
    public void Problem_FindsBrokenTargets(string page, string target, string? expected)
    {
        var problem = Problem(Path.Combine(RepositoryFiles.Root, page), target);

        if (expected is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(expected, problem, StringComparison.Ordinal);
        }
    }

    private static string? Problem(string page, string target)
    {
        var (path, anchor) = Split(target);
        var resolved = path.Length == 0 ? page : Resolve(page, path);
        if (!resolved.StartsWith(RepositoryFiles.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return "the target is outside the repository";
        }

        if (!File.Exists(resolved) && !Directory.Exists(resolved))
        {
            return $"no such file or folder ({RepositoryFiles.Relative(resolved)})";
        }

        return anchor.Length > 0 && resolved.EndsWith(".md", StringComparison.Ordinal) && !Markdown.HeadingAnchors(resolved).Contains(anchor)
            ? $"no heading of {RepositoryFiles.Relative(resolved)} has the anchor #{anchor}"
            : null;
    }

    private static HashSet<string> Targets(string page) =>
        Markdown.Links(page).Where(l => !l.IsExternal && Split(l.Target).Path.Length > 0).Select(l => Resolve(page, l.Target)).ToHashSet(StringComparer.Ordinal);

    private static string Resolve(string page, string target)
    {
        var path = Uri.UnescapeDataString(Split(target).Path);
        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, path));
        return full.Length > 1 ? full.TrimEnd(Path.DirectorySeparatorChar) : full;
    }

    private static (string Path, string Anchor) Split(string target)
    {
        var bare = target.StartsWith('<') && target.EndsWith('>') ? target[1..^1] : target;
        var hash = bare.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (bare, string.Empty) : (bare[..hash], bare[(hash + 1)..]);
    }
}

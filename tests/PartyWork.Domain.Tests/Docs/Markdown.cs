using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PartyWork.Domain.Tests.Docs;

/// <summary>Just enough Markdown reading for the docs tests: fenced code blocks, links and heading anchors.</summary>
internal static partial class Markdown
{
    /// <summary>The fenced code blocks of a page (<c>```</c> or <c>~~~</c>, three or more).</summary>
    /// <param name="path">The page's full path.</param>
    /// <returns>The blocks in page order.</returns>
    public static IReadOnlyList<MarkdownCodeBlock> CodeBlocks(string path) =>
        CodeBlocks(RepositoryFiles.Relative(path), File.ReadAllLines(path));

    /// <summary>The fenced code blocks of a page's lines.</summary>
    /// <param name="page">The page's name for messages.</param>
    /// <param name="lines">The page's lines.</param>
    /// <returns>The blocks in page order; an unclosed fence runs to the end of the page.</returns>
    public static IReadOnlyList<MarkdownCodeBlock> CodeBlocks(string page, IReadOnlyList<string> lines)
    {
        var blocks = new List<MarkdownCodeBlock>();
        for (var i = 0; i < lines.Count; i++)
        {
            var open = Fence().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }

            var indent = open.Groups["indent"].Value.Length;
            var fence = open.Groups["fence"].Value;
            var language = open.Groups["info"].Value.Trim().Split(' ', 2)[0];
            var exampleId = i > 0 && ExampleMarker().Match(lines[i - 1]) is { Success: true } marker ? marker.Groups["id"].Value : null;
            var content = new List<string>();
            var j = i + 1;
            for (; j < lines.Count && !IsClosingFence(lines[j], fence); j++)
            {
                var line = lines[j].TrimEnd();
                var strip = Math.Min(indent, line.Length - line.TrimStart().Length);
                content.Add(line[strip..]);
            }

            blocks.Add(new MarkdownCodeBlock(page, i + 1, language, exampleId, content));
            i = j;
        }

        return blocks;
    }

    /// <summary>The links of a page outside code blocks and code spans: inline links, images and reference definitions.</summary>
    /// <param name="path">The page's full path.</param>
    /// <returns>The links in page order.</returns>
    public static IReadOnlyList<MarkdownLink> Links(string path) =>
        Links(RepositoryFiles.Relative(path), File.ReadAllLines(path));

    /// <summary>The links of a page's lines outside code blocks and code spans.</summary>
    /// <param name="page">The page's name for messages.</param>
    /// <param name="lines">The page's lines.</param>
    /// <returns>The links in page order.</returns>
    public static IReadOnlyList<MarkdownLink> Links(string page, IReadOnlyList<string> lines)
    {
        var links = new List<MarkdownLink>();
        foreach (var (line, number) in ProseLines(lines))
        {
            var prose = CodeSpan().Replace(line, string.Empty);
            links.AddRange(InlineLink().Matches(prose).Select(m => new MarkdownLink(page, number, m.Groups["target"].Value)));
            if (ReferenceDefinition().Match(prose) is { Success: true } definition)
            {
                links.Add(new MarkdownLink(page, number, definition.Groups["target"].Value));
            }
        }

        return links;
    }

    /// <summary>The anchors GitHub gives the headings of a page (<c>## Pooled rate versus mean of rates</c> → <c>pooled-rate-versus-mean-of-rates</c>).</summary>
    /// <param name="path">The page's full path.</param>
    /// <returns>The anchors; a repeated heading gets <c>-1</c>, <c>-2</c>… as on GitHub.</returns>
    public static IReadOnlySet<string> HeadingAnchors(string path)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, _) in ProseLines(File.ReadAllLines(path)))
        {
            if (Heading().Match(line) is not { Success: true } heading)
            {
                continue;
            }

            var slug = Slug(heading.Groups["text"].Value);
            var unique = slug;
            for (var n = 1; !anchors.Add(unique); n++)
            {
                unique = $"{slug}-{n}";
            }
        }

        return anchors;
    }

    /// <summary>GitHub's anchor of a heading: lower case, punctuation removed (letters of any script, digits, '-' and '_' kept), spaces to '-'.</summary>
    /// <param name="heading">The heading text.</param>
    /// <returns>The anchor, without '#'.</returns>
    public static string Slug(string heading)
    {
        var text = CodeSpanMarks().Replace(heading.Trim(), "$1");
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c == ' ')
            {
                builder.Append('-');
            }
            else if (c is '-' or '_' || char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static IEnumerable<(string Line, int Number)> ProseLines(IReadOnlyList<string> lines)
    {
        string? fence = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (fence is null && Fence().Match(lines[i]) is { Success: true } open)
            {
                fence = open.Groups["fence"].Value;
            }
            else if (fence is not null)
            {
                if (IsClosingFence(lines[i], fence))
                {
                    fence = null;
                }
            }
            else
            {
                yield return (lines[i], i + 1);
            }
        }
    }

    private static bool IsClosingFence(string line, string fence)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= fence.Length && trimmed.All(c => c == fence[0]);
    }

    [GeneratedRegex(@"^(?<indent> {0,3}|\s*)(?<fence>`{3,}|~{3,})(?<info>[^`]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s*<!--\s*example:\s*(?<id>[a-z0-9-]+)\s*-->\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ExampleMarker();

    [GeneratedRegex(@"(`+)(?:(?!\1).)+?\1", RegexOptions.CultureInvariant)]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"`([^`]*)`", RegexOptions.CultureInvariant)]
    private static partial Regex CodeSpanMarks();

    [GeneratedRegex(@"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\((?<target><[^>]+>|[^)\s]+)(?:\s+""[^""]*"")?\)", RegexOptions.CultureInvariant)]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^ {0,3}\[[^\]]+\]:\s+(?<target>\S+)", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^ {0,3}#{1,6}\s+(?<text>.+?)\s*#*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();
}

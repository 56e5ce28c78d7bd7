using System.Text.RegularExpressions;

namespace PartyWork.Domain.Tests.Docs;

/// <summary>Reads the marked example regions of the example sources (tests/PartyWork.Domain.Tests/Docs/*.cs).</summary>
internal static partial class ExampleSources
{
    /// <summary>Reads the regions of one source file.</summary>
    /// <param name="source">The file's name for messages.</param>
    /// <param name="lines">The file's lines.</param>
    /// <param name="problems">Where malformed markers are reported.</param>
    /// <returns>The examples of the file, one per id, in order of first appearance.</returns>
    public static IReadOnlyList<ExampleRegion> Read(string source, IReadOnlyList<string> lines, ICollection<string> problems)
    {
        var parts = new List<(string Id, int Line, List<string> Code, List<string> Checks)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (EndMarker().IsMatch(lines[i]))
            {
                problems.Add($"{source}:{i + 1}: '// </example>' without an opening marker.");
                continue;
            }

            if (StartMarker().Match(lines[i]) is not { Success: true } start)
            {
                continue;
            }

            var id = start.Groups["id"].Value;
            var indent = start.Groups["indent"].Value.Length;
            var code = new List<string>();
            var j = i + 1;
            for (; j < lines.Count && !EndMarker().IsMatch(lines[j]); j++)
            {
                if (StartMarker().IsMatch(lines[j]))
                {
                    problems.Add($"{source}:{j + 1}: an example starts inside example '{id}' (line {i + 1}).");
                }

                code.Add(lines[j]);
            }

            if (j == lines.Count)
            {
                problems.Add($"{source}:{i + 1}: example '{id}' has no '// </example>'.");
                break;
            }

            // A region at file level (usings, types) has no checks; one in a method is checked up to the method's end.
            var checks = new List<string>();
            var k = j + 1;
            for (; indent > 0 && k < lines.Count && !StartMarker().IsMatch(lines[k]) && !EndsTheMethod(lines[k], indent); k++)
            {
                checks.Add(lines[k]);
            }

            parts.Add((id, i + 1, Dedent(code), checks));
            i = j;
        }

        return parts
            .GroupBy(p => p.Id, StringComparer.Ordinal)
            .Select(g => new ExampleRegion(
                g.Key,
                source,
                g.First().Line,
                g.Select(p => (IEnumerable<string>)p.Code).Aggregate((a, b) => a.Append(string.Empty).Concat(b)).ToList(),
                Statements(g.SelectMany(p => p.Checks))))
            .ToList();
    }

    /// <summary>Removes the indentation common to the non-blank lines, trailing white space, and blank lines at both ends.</summary>
    /// <param name="lines">The lines of one region.</param>
    /// <returns>The code as a page shows it.</returns>
    public static List<string> Dedent(IEnumerable<string> lines)
    {
        var trimmed = lines.Select(l => l.TrimEnd()).ToList();
        var indent = trimmed.Where(l => l.Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        var dedented = trimmed.Select(l => l.Length == 0 ? l : l[indent..]).SkipWhile(l => l.Length == 0).ToList();
        while (dedented.Count > 0 && dedented[^1].Length == 0)
        {
            dedented.RemoveAt(dedented.Count - 1);
        }

        return dedented;
    }

    /// <summary>Splits code into statements at the semicolons outside literals and comments.</summary>
    /// <param name="lines">The lines after a region.</param>
    /// <returns>The statements, white space outside literals collapsed to single spaces; comments are dropped.</returns>
    public static IReadOnlyList<string> Statements(IEnumerable<string> lines)
    {
        var statements = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            var comment = CSharpLine.CommentStart(line);
            var code = comment < 0 ? line : line[..comment];
            var i = 0;
            while (i < code.Length)
            {
                var literalEnd = CSharpLine.LiteralEnd(code, i);
                if (literalEnd > i)
                {
                    current.Append(code, i, literalEnd - i);
                    i = literalEnd;
                }
                else if (code[i] == ';')
                {
                    Flush();
                    i++;
                }
                else
                {
                    AppendCode(code[i]);
                    i++;
                }
            }

            AppendCode(' ');
        }

        Flush();
        return statements;

        void AppendCode(char c)
        {
            if (!char.IsWhiteSpace(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0 && current[^1] != ' ')
            {
                current.Append(' ');
            }
        }

        void Flush()
        {
            var statement = current.ToString().Trim();
            if (statement.Length > 0)
            {
                statements.Add(statement);
            }

            current.Clear();
        }
    }

    // The closing brace of the method: a non-blank line indented less than the example's markers.
    private static bool EndsTheMethod(string line, int indent) =>
        line.Trim().Length > 0 && line.Length - line.TrimStart().Length < indent;

    [GeneratedRegex(@"^(?<indent>\s*)// <example id=""(?<id>[a-z0-9-]+)"">\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex StartMarker();

    [GeneratedRegex(@"^\s*// </example>\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex EndMarker();
}

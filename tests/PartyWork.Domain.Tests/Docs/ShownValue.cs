using System.Globalization;
using System.Text.RegularExpressions;

namespace PartyWork.Domain.Tests.Docs;

/// <summary>
/// A value an example shows in a trailing comment (<c>var text = share.ToVietnameseString(); // "493/502 (98,2%)"</c>),
/// which a statement after the example must check.
/// </summary>
/// <param name="Line">The 0-based index of the code line in the example.</param>
/// <param name="Name">The variable or property the line assigns (<c>text</c>), or <see langword="null"/>.</param>
/// <param name="Value">The value as the comment writes it (<c>"493/502 (98,2%)"</c>).</param>
/// <remarks>
/// A comment shows a value when it starts with one: a string literal (<c>"…"</c>; <c>...</c> or <c>…</c> inside stands
/// for text left out), a list or object (<c>[…]</c>, <c>{…}</c>), a number (<c>98.2m</c>, <c>17911</c>), <c>true</c>,
/// <c>false</c>, <c>null</c>, an ISO date (<c>2018-06-30</c>), or a name (<c>ClaimVerdict.Inconsistent</c>,
/// <c>NotCompleted</c>, or <c>Consistent</c> alone or before <c>(</c>, <c>—</c>, <c>,</c>); anything after the value is
/// explanation. A comment that starts otherwise ("the led unit…", "The …", "1:15") is prose.
/// A comment alone on the line after a code line without a comment belongs to that code line.
/// </remarks>
internal sealed partial record ShownValue(int Line, string? Name, string Value)
{
    /// <summary>The values shown by an example's lines.</summary>
    /// <param name="lines">The example's code.</param>
    /// <returns>One entry per code line whose comment shows a value.</returns>
    public static IReadOnlyList<ShownValue> In(IReadOnlyList<string> lines)
    {
        var values = new List<ShownValue>();
        for (var i = 0; i < lines.Count; i++)
        {
            var start = CSharpLine.CommentStart(lines[i]);
            var code = start < 0 ? lines[i] : lines[i][..start];
            if (code.Trim().Length == 0)
            {
                continue;
            }

            var comment = start >= 0
                ? lines[i][(start + 2)..]
                : i + 1 < lines.Count && lines[i + 1].TrimStart().StartsWith("//", StringComparison.Ordinal)
                    ? lines[i + 1].TrimStart()[2..]
                    : null;
            if (comment is not null && Extract(comment) is { } value)
            {
                values.Add(new ShownValue(i, AssignedName(code), value));
            }
        }

        return values;
    }

    /// <summary>The value a comment starts with.</summary>
    /// <param name="comment">The comment's text after <c>//</c>.</param>
    /// <returns>The value as written, or <see langword="null"/> when the comment is prose.</returns>
    public static string? Extract(string comment)
    {
        var text = comment.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (text[0] == '"')
        {
            var end = CSharpLine.LiteralEnd(text, 0);
            return end > 1 && text[end - 1] == '"' ? text[..end] : null;
        }

        if (text[0] is '[' or '{')
        {
            var end = BracketEnd(text);
            return end < 0 ? null : text[..end];
        }

        var token = Token().Match(text).Value;
        var rest = text[token.Length..];
        var ends = rest.Length == 0 || char.IsWhiteSpace(rest[0]) || rest[0] is ',' or ';' or '(' || rest.StartsWith(": ", StringComparison.Ordinal);
        var endsName = rest.Length == 0 || rest.TrimStart() is [ '(' or '—' or '–' or ',' or ';', ..];
        var isValue = token switch
        {
            "true" or "false" or "null" => ends,
            _ when Number().IsMatch(token) || IsoDate().IsMatch(token) => ends,

            // A name alone or before an explanation; a dotted or PascalCase name anywhere ("The …" is prose).
            _ when PascalName().IsMatch(token) => endsName || token.Contains('.', StringComparison.Ordinal) || token.Skip(1).Any(char.IsUpper),
            _ => false,
        };
        return isValue ? token : null;
    }

    /// <summary>Whether a statement checks this value (and mentions the name the line assigns, if any).</summary>
    /// <param name="statement">A statement after the example.</param>
    /// <returns><see langword="true"/> when the statement holds the value in one of its accepted spellings.</returns>
    public bool IsCheckedBy(string statement) =>
        (this.Name is null || Regex.IsMatch(statement, $@"(?<![\w@]){Regex.Escape(this.Name)}(?!\w)", RegexOptions.CultureInvariant))
        && Holds(statement, this.Value);

    /// <inheritdoc/>
    public override string ToString() => this.Name is null ? this.Value : $"{this.Name} = {this.Value}";

    private static bool Holds(string statement, string value)
    {
        if (value[0] == '"')
        {
            var pieces = value[1..^1].Split(["...", "…"], StringSplitOptions.None);
            return pieces.Length == 1
                ? statement.Contains(value, StringComparison.Ordinal)
                : pieces.Where(p => p.Length > 0).All(p => statement.Contains(p, StringComparison.Ordinal));
        }

        if (value[0] is '[' or '{')
        {
            return statement.Contains(value, StringComparison.Ordinal);
        }

        switch (value)
        {
            case "true":
                return statement.Contains("Assert.True(", StringComparison.Ordinal) || Word(statement, "true");
            case "false":
                return statement.Contains("Assert.False(", StringComparison.Ordinal) || Word(statement, "false");
            case "null":
                return statement.Contains("Assert.Null(", StringComparison.Ordinal) || Word(statement, "null");
        }

        if (IsoDate().Match(value) is { Success: true } date)
        {
            var (y, m, d) = (Part(date, "y"), Part(date, "m"), Part(date, "d"));
            return statement.Contains(value, StringComparison.Ordinal)
                || statement.Contains($"new LocalDate({y}, {m}, {d})", StringComparison.Ordinal);
        }

        if (Number().IsMatch(value))
        {
            var suffix = char.IsLetter(value[^1]) ? string.Empty : "[mMlLuU]?";
            return Regex.IsMatch(statement, $@"(?<![\w.]){Regex.Escape(value)}{suffix}(?![\w.])", RegexOptions.CultureInvariant);
        }

        return Word(statement, value);
    }

    private static bool Word(string statement, string word) =>
        Regex.IsMatch(statement, $@"(?<!\w){Regex.Escape(word)}(?!\w)", RegexOptions.CultureInvariant);

    private static int Part(Match date, string group) => int.Parse(date.Groups[group].Value, CultureInfo.InvariantCulture);

    private static string? AssignedName(string code) =>
        Assignment().Match(code) is { Success: true } m ? m.Groups["name"].Value : null;

    private static int BracketEnd(string text)
    {
        var depth = 0;
        var i = 0;
        while (i < text.Length)
        {
            var literalEnd = CSharpLine.LiteralEnd(text, i);
            if (literalEnd > i)
            {
                i = literalEnd;
                continue;
            }

            depth += text[i] switch
            {
                '[' or '{' or '(' => 1,
                ']' or '}' or ')' => -1,
                _ => 0,
            };
            i++;
            if (depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"^[^\s,;:()]+", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"^-?\d+(\.\d+)?[mMlLuU]?$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9_]*(\.[A-Z][A-Za-z0-9_]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex PascalName();

    [GeneratedRegex(@"^\s*(?:[A-Za-z_][\w.]*(?:<[^=]*>)?(?:\[\])?\??\s+)?(?<name>@?[A-Za-z_]\w*)\s*=(?!=)", RegexOptions.CultureInvariant)]
    private static partial Regex Assignment();
}

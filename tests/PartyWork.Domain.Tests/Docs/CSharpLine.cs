namespace PartyWork.Domain.Tests.Docs;

/// <summary>Lexing one line of C# just far enough to tell code, literals and a trailing <c>//</c> comment apart.</summary>
internal static class CSharpLine
{
    /// <summary>The index of the <c>//</c> that starts a comment, outside string and character literals.</summary>
    /// <param name="line">One line of C#.</param>
    /// <returns>The index, or -1 when the line has no comment.</returns>
    public static int CommentStart(string line)
    {
        var i = 0;
        while (i < line.Length)
        {
            var end = LiteralEnd(line, i);
            if (end > i)
            {
                i = end;
            }
            else if (line[i] == '/' && i + 1 < line.Length && line[i + 1] == '/')
            {
                return i;
            }
            else
            {
                i++;
            }
        }

        return -1;
    }

    /// <summary>When a literal starts at <paramref name="start"/>, the index just after it; otherwise <paramref name="start"/>.</summary>
    /// <param name="code">The text.</param>
    /// <param name="start">Where to look.</param>
    /// <returns>
    /// The end of a string (regular, verbatim <c>@"…"</c>, interpolated <c>$"…"</c>, raw <c>"""…"""</c>) or character
    /// literal; an unterminated literal runs to the end of the text.
    /// </returns>
    public static int LiteralEnd(string code, int start)
    {
        var i = start;
        var verbatim = false;
        while (i < code.Length && code[i] is '$' or '@' && i - start < 3)
        {
            verbatim |= code[i] == '@';
            i++;
        }

        if (i >= code.Length || (code[i] != '"' && !(i == start && code[i] == '\'')))
        {
            return start;
        }

        if (code[i] == '\'')
        {
            return Closing(code, i + 1, '\'', escapes: true);
        }

        var quotes = 0;
        while (i + quotes < code.Length && code[i + quotes] == '"')
        {
            quotes++;
        }

        if (quotes >= 3)
        {
            var close = code.IndexOf(new string('"', quotes), i + quotes, StringComparison.Ordinal);
            return close < 0 ? code.Length : close + quotes;
        }

        if (quotes == 2 && !verbatim)
        {
            return i + 2; // ""
        }

        return verbatim ? VerbatimClosing(code, i + 1) : Closing(code, i + 1, '"', escapes: true);
    }

    private static int Closing(string code, int i, char quote, bool escapes)
    {
        while (i < code.Length)
        {
            if (escapes && code[i] == '\\')
            {
                i += 2;
            }
            else if (code[i] == quote)
            {
                return i + 1;
            }
            else
            {
                i++;
            }
        }

        return code.Length;
    }

    private static int VerbatimClosing(string code, int i)
    {
        while (i < code.Length)
        {
            if (code[i] == '"' && i + 1 < code.Length && code[i + 1] == '"')
            {
                i += 2;
            }
            else if (code[i] == '"')
            {
                return i + 1;
            }
            else
            {
                i++;
            }
        }

        return code.Length;
    }
}

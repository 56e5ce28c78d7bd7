using System.Text;

namespace PartyWork.Cli.Csv;

/// <summary>
/// A small strict RFC 4180 reader: a header row, then records of as many fields; fields separated by ',' (or by ';'
/// when the header has ';' and no ',', as spreadsheets set to Vietnamese write); a field that holds the delimiter, a
/// quote or a line break is quoted, with its quotes doubled. Line breaks are CRLF, LF or CR. Blank lines, and lines
/// of empty unquoted fields only (",,," as spreadsheets export empty rows), are skipped.
/// Anything else (a quote inside an unquoted field, text after a closing quote, an unclosed quote, a record with more
/// or fewer fields than the header) is a <see cref="CsvFormatException"/> naming the physical line.
/// </summary>
internal static class CsvReader
{
    /// <summary>Reads a whole table.</summary>
    /// <param name="text">The decoded text; a leading byte order mark is ignored.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="CsvFormatException">The text is empty or not a well-formed table.</exception>
    public static CsvTable Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.StartsWith('\uFEFF') ? 1 : 0;
        var delimiter = DetectDelimiter(text, start);
        var records = new List<(int Line, List<string> Fields)>();
        var position = start;
        var line = 1;
        while (position < text.Length)
        {
            var recordLine = line;
            var fields = ReadRecord(text, ref position, ref line, delimiter, out var blank);
            if (!blank)
            {
                records.Add((recordLine, fields));
            }
        }

        if (records.Count == 0)
        {
            throw new CsvFormatException(1, "the file is empty: it needs a header row naming the columns.");
        }

        var header = records[0];
        var names = new List<string>(header.Fields.Count);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in header.Fields)
        {
            var name = field.Trim();
            if (name.Length == 0)
            {
                throw new CsvFormatException(header.Line, $"column {names.Count + 1} of the header has no name.");
            }

            if (!seen.Add(name))
            {
                throw new CsvFormatException(header.Line, $"the header names the column '{name}' twice.");
            }

            names.Add(name);
        }

        var rows = new List<CsvRow>(records.Count - 1);
        foreach (var (recordLine, fields) in records.Skip(1))
        {
            if (fields.Count != names.Count)
            {
                throw new CsvFormatException(
                    recordLine,
                    $"{Fields(fields.Count)} where the header has {Fields(names.Count)} ({string.Join(delimiter, names)}).");
            }

            rows.Add(new CsvRow(recordLine, fields.AsReadOnly()));
        }

        return new CsvTable(names.AsReadOnly(), rows.AsReadOnly(), delimiter, header.Line);
    }

    /// <summary>Writes one field as <see cref="Parse"/> reads it back: quoted, with its quotes doubled.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The quoted field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is <see langword="null"/>.</exception>
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static string Fields(int count) => count == 1 ? "1 field" : $"{count} fields";

    private static char DetectDelimiter(string text, int start)
    {
        var commas = 0;
        var semicolons = 0;
        var quoted = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                // Only the header decides; blank lines before it are skipped.
                if (i > start && text.AsSpan(start, i - start).Trim().Length > 0)
                {
                    break;
                }
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
        }

        return commas == 0 && semicolons > 0 ? ';' : ',';
    }

    private static List<string> ReadRecord(string text, ref int position, ref int line, char delimiter, out bool blank)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var anyQuoted = false;
        while (true)
        {
            var quoted = position < text.Length && text[position] == '"';
            if (quoted)
            {
                anyQuoted = true;
                var opening = line;
                position++;
                while (true)
                {
                    if (position >= text.Length)
                    {
                        throw new CsvFormatException(opening, $"a quoted field opened on line {opening} is never closed.");
                    }

                    var c = text[position++];
                    if (c == '"')
                    {
                        if (position < text.Length && text[position] == '"')
                        {
                            field.Append('"');
                            position++;
                            continue;
                        }

                        break;
                    }

                    if (c == '\n' || (c == '\r' && (position >= text.Length || text[position] != '\n')))
                    {
                        line++;
                    }

                    field.Append(c);
                }

                if (position < text.Length && text[position] != delimiter && text[position] is not ('\r' or '\n'))
                {
                    throw new CsvFormatException(
                        line, $"'{text[position]}' follows a closing quote; a quoted field must end at the delimiter or the end of the line.");
                }
            }
            else
            {
                while (position < text.Length && text[position] != delimiter && text[position] is not ('\r' or '\n'))
                {
                    if (text[position] == '"')
                    {
                        throw new CsvFormatException(
                            line, "a quote inside an unquoted field; quote the whole field and double its quotes (\"\").");
                    }

                    field.Append(text[position++]);
                }
            }

            fields.Add(field.ToString());
            field.Clear();
            if (position >= text.Length)
            {
                break;
            }

            var next = text[position++];
            if (next == delimiter)
            {
                continue;
            }

            // A line break ends the record: CRLF, LF or CR.
            if (next == '\r' && position < text.Length && text[position] == '\n')
            {
                position++;
            }

            line++;
            break;
        }

        blank = !anyQuoted && fields.TrueForAll(string.IsNullOrWhiteSpace);
        return fields;
    }
}

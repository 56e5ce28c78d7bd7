namespace PartyWork.Cli.Csv;

/// <summary>The line-numbered problems found in the input files; the commands print them on stderr and exit with 2.</summary>
internal sealed class CsvErrors
{
    /// <summary>How many problems are printed; the rest are counted in one last line.</summary>
    public const int MaxShown = 50;

    private readonly List<string> messages = [];

    /// <summary>Gets whether a problem was found.</summary>
    public bool Any => messages.Count > 0;

    /// <summary>Adds a problem of one line of a file.</summary>
    /// <param name="path">The file as named on the command line.</param>
    /// <param name="line">The physical line.</param>
    /// <param name="message">What is wrong.</param>
    public void Add(string path, int line, string message) => messages.Add($"{path}:{line}: {message}");

    /// <summary>Adds a problem already prefixed with its file (and line).</summary>
    /// <param name="message">The message.</param>
    public void Add(string message) => messages.Add(message);

    /// <summary>Writes the problems, one per line, each prefixed with "partywork: ".</summary>
    /// <param name="stderr">Standard error.</param>
    /// <returns><see cref="CommandLine.UsageError"/>.</returns>
    public int Report(TextWriter stderr)
    {
        foreach (var message in messages.Take(MaxShown))
        {
            stderr.WriteLine($"partywork: {message}");
        }

        if (messages.Count > MaxShown)
        {
            stderr.WriteLine($"partywork: … and {messages.Count - MaxShown} more problems.");
        }

        return CommandLine.UsageError;
    }

    /// <summary>Reads a file and binds its columns, or records why it cannot.</summary>
    /// <param name="path">The file.</param>
    /// <param name="required">The required columns.</param>
    /// <param name="optional">The optional columns.</param>
    /// <param name="what">What a row is, for the "no rows" message (for example "organizations").</param>
    /// <param name="table">The table.</param>
    /// <param name="columns">The columns.</param>
    /// <returns>Whether the file has the columns and at least one row.</returns>
    public bool TryOpen(
        string path, IReadOnlyList<string> required, IReadOnlyList<string> optional, string what, out CsvTable table, out CsvColumns columns)
    {
        table = null!;
        columns = null!;
        if (!CsvFile.TryRead(path, out var read, out var error))
        {
            Add(error);
            return false;
        }

        table = read!;
        try
        {
            columns = CsvColumns.Bind(table, required, optional);
        }
        catch (CsvFormatException e)
        {
            Add(path, e.Line, e.Message);
            return false;
        }

        if (table.Rows.Count == 0)
        {
            Add(path, table.HeaderLine, $"no {what}: the file has a header but no rows.");
            return false;
        }

        return true;
    }
}

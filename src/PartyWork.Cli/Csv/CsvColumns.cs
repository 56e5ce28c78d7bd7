namespace PartyWork.Cli.Csv;

/// <summary>Where the columns a command knows sit in a <see cref="CsvTable"/>'s header (names ignore case).</summary>
internal sealed class CsvColumns
{
    private readonly Dictionary<string, int> indexes;

    private CsvColumns(Dictionary<string, int> indexes) => this.indexes = indexes;

    /// <summary>Finds the required and optional columns; every other column is refused, so that a misspelt name is not ignored.</summary>
    /// <param name="table">The table.</param>
    /// <param name="required">The columns that must be present.</param>
    /// <param name="optional">The columns that may be present.</param>
    /// <returns>The column positions.</returns>
    /// <exception cref="CsvFormatException">A required column is missing or an unknown one is present (line 1 of the header).</exception>
    public static CsvColumns Bind(CsvTable table, IReadOnlyList<string> required, IReadOnlyList<string> optional)
    {
        var indexes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < table.Header.Count; i++)
        {
            indexes[table.Header[i]] = i;
        }

        var known = string.Join(", ", required.Concat(optional.Select(o => o + " (optional)")));
        var missing = required.Where(r => !indexes.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            throw new CsvFormatException(
                table.HeaderLine,
                $"missing column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(m => $"'{m}'"))}; the columns are: {known}.");
        }

        var unknown = table.Header.FirstOrDefault(h =>
            !required.Contains(h, StringComparer.OrdinalIgnoreCase) && !optional.Contains(h, StringComparer.OrdinalIgnoreCase));
        if (unknown is not null)
        {
            throw new CsvFormatException(table.HeaderLine, $"unknown column '{unknown}'; the columns are: {known}.");
        }

        return new CsvColumns(indexes);
    }

    /// <summary>Gets a field of a row, trimmed.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">A required or optional column name.</param>
    /// <returns>The trimmed field, or empty when the optional column is absent.</returns>
    public string Get(CsvRow row, string column) =>
        indexes.TryGetValue(column, out var index) ? row.Fields[index].Trim() : string.Empty;
}

namespace PartyWork.Cli.Csv;

/// <summary>A CSV table read by <see cref="CsvReader"/>: the header's column names and the data records.</summary>
/// <param name="Header">The column names, trimmed, non-empty and distinct (ignoring case).</param>
/// <param name="Rows">The data records, in file order; blank lines are not records.</param>
/// <param name="Delimiter">The field delimiter found in the header: ',' or ';'.</param>
/// <param name="HeaderLine">The physical line of the header (1 unless blank lines come first).</param>
internal sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<CsvRow> Rows, char Delimiter, int HeaderLine);

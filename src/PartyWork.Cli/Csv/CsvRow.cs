namespace PartyWork.Cli.Csv;

/// <summary>One data record of a CSV table.</summary>
/// <param name="Line">The physical line (1-based) the record starts on; a quoted field may carry it over several lines.</param>
/// <param name="Fields">The fields, as many as the header has, unquoted and not trimmed.</param>
internal sealed record CsvRow(int Line, IReadOnlyList<string> Fields);

namespace PartyWork.Cli.Csv;

/// <summary>The text is not a CSV table <see cref="CsvReader"/> accepts; <see cref="Line"/> says where.</summary>
internal sealed class CsvFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="line">The physical line (1-based) where the problem is.</param>
    /// <param name="message">What is wrong, in one sentence.</param>
    public CsvFormatException(int line, string message)
        : base(message) => Line = line;

    /// <summary>Gets the physical line (1-based) where the problem is.</summary>
    public int Line { get; }
}

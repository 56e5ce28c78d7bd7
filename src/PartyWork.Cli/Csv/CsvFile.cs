using System.Text;

namespace PartyWork.Cli.Csv;

/// <summary>Reads a CSV file as strict UTF-8 (with or without a byte order mark) and parses it with <see cref="CsvReader"/>.</summary>
internal static class CsvFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and parses a file; on failure says why in one line that starts with the file name.</summary>
    /// <param name="path">The file.</param>
    /// <param name="table">The table, or <see langword="null"/> on failure.</param>
    /// <param name="error">"FILE:LINE: reason" (or "FILE: reason" when the file cannot be read), or empty on success.</param>
    /// <returns>Whether the file was read.</returns>
    public static bool TryRead(string path, out CsvTable? table, out string error)
    {
        table = null;
        error = string.Empty;
        string text;
        try
        {
            text = StrictUtf8.GetString(File.ReadAllBytes(path));
        }
        catch (DecoderFallbackException)
        {
            error = $"{path}: not UTF-8 text (save the sheet as \"CSV UTF-8\").";
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "no such file.",
                UnauthorizedAccessException => "access denied, or it is a directory.",
                _ => e.Message.ReplaceLineEndings(" "),
            };
            error = $"{path}: cannot read the file: {reason}";
            return false;
        }

        try
        {
            table = CsvReader.Parse(text);
            return true;
        }
        catch (CsvFormatException e)
        {
            error = $"{path}:{e.Line}: {e.Message}";
            return false;
        }
    }
}

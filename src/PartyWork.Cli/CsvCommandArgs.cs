using System.Globalization;

namespace PartyWork.Cli;

/// <summary>The command line of <c>rollup</c> and <c>rate</c>: input files, <c>--year</c>, <c>--lang vi|en</c>, <c>--json</c>.</summary>
/// <param name="Files">The input files, in order.</param>
/// <param name="Year">The review year given with <c>--year</c>, or <see langword="null"/>.</param>
/// <param name="English">Whether <c>--lang en</c> was given.</param>
/// <param name="Json">Whether <c>--json</c> was given.</param>
internal sealed record CsvCommandArgs(IReadOnlyList<string> Files, int? Year, bool English, bool Json)
{
    /// <summary>Reads the arguments of a command.</summary>
    /// <param name="command">The command name, for messages.</param>
    /// <param name="args">The arguments after the command name.</param>
    /// <param name="fileNames">What each file is, in order (for example "organizations.csv", "members.csv").</param>
    /// <param name="acceptsYear">Whether <c>--year</c> is allowed.</param>
    /// <param name="parsed">The arguments read.</param>
    /// <param name="error">Why they are wrong, or empty.</param>
    /// <returns>Whether the arguments are right.</returns>
    public static bool TryParse(
        string command, ReadOnlySpan<string> args, IReadOnlyList<string> fileNames, bool acceptsYear, out CsvCommandArgs parsed, out string error)
    {
        var files = new List<string>();
        int? year = null;
        bool english = false, json = false;
        parsed = new CsvCommandArgs(files, null, false, false);
        error = string.Empty;
        var expected = string.Join(" ", fileNames.Select(f => f.ToUpperInvariant()));
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (arg)
            {
                case "--json":
                    json = true;
                    break;
                case "--lang" when value is "vi" or "en":
                    english = value == "en";
                    i++;
                    break;
                case "--year" when acceptsYear && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1930 and <= 9999:
                    year = y;
                    i++;
                    break;
                case "--lang":
                    error = $"{command}: --lang takes 'vi' or 'en'.";
                    return false;
                case "--year" when acceptsYear:
                    error = $"{command}: --year takes a review year from 1930 to 9999.";
                    return false;
                case not null when !arg.StartsWith('-') && files.Count < fileNames.Count:
                    files.Add(arg);
                    break;
                case not null when !arg.StartsWith('-'):
                    error = $"{command}: too many files ('{arg}'); it takes {expected}.";
                    return false;
                default:
                    error = $"{command}: unknown option '{arg}' (try 'partywork --help').";
                    return false;
            }
        }

        if (files.Count < fileNames.Count)
        {
            error = $"{command} needs {expected}.";
            return false;
        }

        parsed = new CsvCommandArgs(files.AsReadOnly(), year, english, json);
        return true;
    }
}

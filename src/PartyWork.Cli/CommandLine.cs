namespace PartyWork.Cli;

/// <summary>
/// Dispatches the sub-commands of <c>partywork</c>. Exit codes: 0 success, 1 the input has findings
/// (for example an inconsistent figure), 2 bad usage or unreadable input (with a one-line reason on stderr).
/// </summary>
public static class CommandLine
{
    /// <summary>Exit code of a successful run with nothing to report.</summary>
    public const int Success = 0;

    /// <summary>Exit code when the input was read and something in it is wrong.</summary>
    public const int Findings = 1;

    /// <summary>Exit code for bad usage or unreadable input.</summary>
    public const int UsageError = 2;

    /// <summary>The text printed by <c>partywork --help</c>.</summary>
    public const string Usage = """
        partywork — Vietnamese Party work figures, checked.

        Usage:
          partywork check FILE|- [--json] [--accept-truncation] [--complete-lists]
                                            check every ratio claim of a report (UTF-8 text; '-' reads stdin);
                                            --json prints JSON, --accept-truncation counts truncated figures as
                                            right, --complete-lists takes every "trong đó" list as complete
          partywork demo [--lang vi|en]     a tour on an embedded fictional district (Vietnamese by default)
          partywork rollup ORGANIZATIONS.csv MEMBERS.csv [--year YYYY] [--lang vi|en] [--json]
                                            roll your members' ratings up the tree and check the excellent quota
                                            (exit 1 when a grassroots organization is over it)
          partywork rate RATINGS.csv [--lang vi|en] [--json]
                                            check each proposed rating against the year's rules, and flag two
                                            "not completed" years in a row (exit 1 when a proposal breaks a rule)
          partywork --help                  this text

        Exit codes: 0 nothing inconsistent, 1 something inconsistent, 2 bad usage or unreadable input.
        """;

    /// <summary>Runs one command line.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdin">Standard input (read by <c>check -</c>).</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where the one-line reason of a usage error goes.</param>
    /// <returns>The exit code.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            stdout.WriteLine(Usage);
            return args.Length == 0 ? UsageError : Success;
        }

        if (args[0] == "check")
        {
            return CheckCommand.Run(args.AsSpan(1), stdin, stdout, stderr);
        }

        if (args[0] == "demo")
        {
            return DemoCommand.Run(args.AsSpan(1), stdout, stderr);
        }

        if (args[0] == "rollup")
        {
            return RollupCommand.Run(args.AsSpan(1), stdout, stderr);
        }

        if (args[0] == "rate")
        {
            return RateCommand.Run(args.AsSpan(1), stdout, stderr);
        }

        stderr.WriteLine($"partywork: unknown command '{args[0]}' (try 'partywork --help').");
        return UsageError;
    }
}

namespace PartyWork.Domain.Tests.Packaging;

/// <summary>What one <c>dotnet</c> command did: its exit code (null when killed on timeout), output and time taken.</summary>
internal sealed record DotnetRun(string CommandLine, int? ExitCode, string Output, string Error, TimeSpan Elapsed)
{
    /// <summary>Whether the command finished in time with exit code 0.</summary>
    public bool Succeeded => ExitCode == 0;

    /// <summary>The command, how it ended and everything it printed, for a failure message.</summary>
    public string Describe() =>
        $"""
        {CommandLine}
        {(ExitCode is { } code ? $"exit code {code}" : "killed: time limit reached")} after {Elapsed.TotalSeconds:0.0} s
        --- standard output ---
        {Output.TrimEnd()}
        --- standard error ---
        {Error.TrimEnd()}
        """;
}

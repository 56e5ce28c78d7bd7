using System.Diagnostics;
using System.Text;

namespace PartyWork.Domain.Tests.Packaging;

/// <summary>
/// Runs the <c>dotnet</c> CLI as a child process of the test host, with its output captured, a time limit, and an
/// environment cleaned of what the test runner set for itself.
/// </summary>
internal static class DotnetCommand
{
    /// <summary>
    /// Variables the SDK and the test runner set for their own child processes (the SDK of the outer build, MSBuild
    /// node settings, the test platform's hooks, profilers of coverage collectors). An inner build that inherits them
    /// would use the outer build's SDK paths or hooks; the inner <c>dotnet</c> sets its own.
    /// </summary>
    private static readonly string[] RemovedPrefixes =
    [
        "MSBUILD", "_MSBUILD", "VSTEST_", "TESTINGPLATFORM_", "CORECLR_", "COR_", "DOTNET_STARTUP_HOOKS", "DOTNET_HOST_PATH",
    ];

    /// <summary>Set for every child: no telemetry, banners, first-run work, node reuse, build or workload servers.</summary>
    private static readonly KeyValuePair<string, string>[] AddedVariables =
    [
        new("DOTNET_CLI_TELEMETRY_OPTOUT", "1"),
        new("DOTNET_NOLOGO", "1"),
        new("DOTNET_SKIP_FIRST_TIME_EXPERIENCE", "1"),
        new("DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE", "1"),
        new("DOTNET_CLI_USE_MSBUILD_SERVER", "0"),
        new("MSBUILDDISABLENODEREUSE", "1"),
    ];

    /// <summary>How long to wait for the output pipes to close once the process has exited.</summary>
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Runs <c>dotnet</c> with the arguments in the directory and waits for it, at most <paramref name="timeout"/>.</summary>
    /// <returns>The exit code, the output and the time taken; a process killed on timeout is reported as such.</returns>
    public static DotnetRun Run(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetExecutable())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        CleanEnvironment(start.Environment);
        var commandLine = $"{start.FileName} {string.Join(' ', arguments)} (in {workingDirectory})";
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {commandLine}.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExit(timeout);
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        // A child left running (a build server) would hold the pipes open: do not wait for it forever.
        var drained = Task.WaitAll([output, error], DrainTimeout);
        watch.Stop();
        return new DotnetRun(
            commandLine,
            exited ? process.ExitCode : null,
            drained ? output.Result : Partial(output),
            drained ? error.Result : Partial(error) + Environment.NewLine + "(output still open after the process exited)",
            watch.Elapsed);
    }

    /// <summary>The dotnet host the SDK runs under (the one that started the test host), else <c>dotnet</c> on the PATH.</summary>
    private static string DotnetExecutable()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var self = Environment.ProcessPath;
        var name = self is null ? null : Path.GetFileNameWithoutExtension(self);
        return name is "dotnet" && File.Exists(self) ? self! : "dotnet";
    }

    private static void CleanEnvironment(IDictionary<string, string?> environment)
    {
        foreach (var name in environment.Keys.ToArray())
        {
            if (RemovedPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                environment.Remove(name);
            }
        }

        foreach (var (name, value) in AddedVariables)
        {
            environment[name] = value;
        }
    }

    private static string Partial(Task<string> reading) => reading.IsCompletedSuccessfully ? reading.Result : string.Empty;
}

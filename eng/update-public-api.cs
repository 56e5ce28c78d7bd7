// Keeps the public API files of PartyWork.Domain (src/PartyWork.Domain/PublicAPI/<tfm>/PublicAPI.*.txt) in step
// with the code. Needs only the .NET SDK; run it from anywhere inside the repository:
//
//   dotnet run eng/update-public-api.cs              regenerate every PublicAPI.Unshipped.txt from the code
//   dotnet run eng/update-public-api.cs -- --ship    at a release: move Unshipped into Shipped, empty Unshipped
//
// Regenerating builds the library once per target framework with the analyzer diagnostics as warnings and a SARIF
// log, empties Unshipped and refills it with what the analyzer reports: every public symbol not in Shipped (RS0016)
// and a "*REMOVED*" line for every Shipped symbol that is gone (RS0017). The result depends only on the code and on
// Shipped, and is sorted, so running it twice gives the same files. It then builds the library with warnings as errors
// to show that the analyzers are satisfied. See docs/decisions/package-public-api.md.

using System.Diagnostics;
using System.Text;
using System.Text.Json;

const string Header = "#nullable enable";
const string RemovedPrefix = "*REMOVED*";
var ordinal = StringComparer.Ordinal;

var ship = args.Contains("--ship");
if (args.Any(a => a != "--ship"))
{
    Console.Error.WriteLine("usage: dotnet run eng/update-public-api.cs [-- --ship]");
    return 2;
}

var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "PartyWork.Domain.sln")))
{
    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Run this inside the PartyWork.Domain repository.");
}

var projectDir = Path.Combine(root, "src", "PartyWork.Domain");
var project = Path.Combine(projectDir, "PartyWork.Domain.csproj");
var (tfmCode, tfmOutput) = Run("msbuild", project, "-getProperty:TargetFrameworks", "-nologo");
if (tfmCode != 0)
{
    Console.Error.WriteLine(tfmOutput);
    return 1;
}

var frameworks = tfmOutput.Trim().Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
var status = 0;
foreach (var tfm in frameworks)
{
    var dir = Path.Combine(projectDir, "PublicAPI", tfm);
    Directory.CreateDirectory(dir);
    var shippedPath = Path.Combine(dir, "PublicAPI.Shipped.txt");
    var unshippedPath = Path.Combine(dir, "PublicAPI.Unshipped.txt");
    if (!File.Exists(shippedPath))
    {
        WriteApiFile(shippedPath, []);
    }

    var shipped = ReadApiFile(shippedPath);
    if (ship)
    {
        var unshipped = ReadApiFile(unshippedPath);
        var removed = unshipped.Where(l => l.StartsWith(RemovedPrefix, StringComparison.Ordinal))
            .Select(l => l[RemovedPrefix.Length..]).ToHashSet(ordinal);
        var added = unshipped.Where(l => !l.StartsWith(RemovedPrefix, StringComparison.Ordinal));
        var merged = shipped.Where(l => !removed.Contains(l)).Concat(added).ToList();
        WriteApiFile(shippedPath, merged);
        WriteApiFile(unshippedPath, []);
        Console.WriteLine($"{tfm}: shipped {merged.Distinct(ordinal).Count()} lines ({removed.Count} removed); Unshipped is empty.");
        continue;
    }

    WriteApiFile(unshippedPath, []);
    var sarif = Path.Combine(Path.GetTempPath(), $"partywork-public-api-{Environment.ProcessId}-{tfm}.sarif");
    var (code, output) = Run(
        "build", project, "-c", "Release", "-f", tfm, "--no-incremental", "-nologo", "-v", "q", "-clp:ErrorsOnly",
        "-p:TreatWarningsAsErrors=false", $"-p:ErrorLog={sarif}%2Cversion=2.1");
    if (code != 0)
    {
        Console.Error.WriteLine(output);
        Console.Error.WriteLine($"{tfm}: the build failed; {unshippedPath} is left empty.");
        return 1;
    }

    var lines = new SortedSet<string>(ordinal);
    var others = new SortedSet<string>(ordinal);
    using (var log = JsonDocument.Parse(File.ReadAllBytes(sarif)))
    {
        foreach (var result in log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            var rule = result.GetProperty("ruleId").GetString() ?? "";
            var level = result.TryGetProperty("level", out var l) ? l.GetString() : "warning";
            var suppressed = result.TryGetProperty("suppressions", out var s) && s.GetArrayLength() > 0;
            if (!rule.StartsWith("RS", StringComparison.Ordinal) || suppressed || level is not ("warning" or "error"))
            {
                continue;
            }

            var name = result.TryGetProperty("properties", out var p) && p.TryGetProperty("customProperties", out var c)
                && c.TryGetProperty("APIName", out var n) ? n.GetString() : null;
            switch (rule)
            {
                case "RS0016" when name is not null:
                    lines.Add(name);
                    break;
                case "RS0017" when name is not null:
                    lines.Add(RemovedPrefix + name);
                    break;
                default:
                    others.Add($"{rule}: {result.GetProperty("message").GetProperty("text").GetString()}");
                    break;
            }
        }
    }

    File.Delete(sarif);
    WriteApiFile(unshippedPath, lines);
    Console.WriteLine($"{tfm}: {shipped.Count} shipped, {lines.Count} unshipped lines written to {Path.GetRelativePath(root, unshippedPath)}.");
    foreach (var other in others)
    {
        Console.Error.WriteLine($"{tfm}: still reported, fix the code or the files by hand: {other}");
        status = 1;
    }
}

if (!ship && status == 0)
{
    var (code, output) = Run("build", project, "-c", "Release", "-warnaserror", "-nologo", "-v", "q", "-clp:ErrorsOnly");
    if (code != 0)
    {
        Console.Error.WriteLine(output);
        Console.Error.WriteLine("The check build (warnings as errors) failed.");
        return 1;
    }

    Console.WriteLine("Check build with warnings as errors: clean.");
}

return status;

static List<string> ReadApiFile(string path) =>
    File.Exists(path)
        ? File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && l != Header).ToList()
        : [];

static void WriteApiFile(string path, IEnumerable<string> lines)
{
    var text = new StringBuilder(Header).Append('\n');
    foreach (var line in lines.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
    {
        text.Append(line).Append('\n');
    }

    File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}

static (int Code, string Output) Run(params string[] arguments)
{
    var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }

    using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
    var stderr = process.StandardError.ReadToEndAsync();
    var stdout = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    return (process.ExitCode, stdout + stderr.Result);
}

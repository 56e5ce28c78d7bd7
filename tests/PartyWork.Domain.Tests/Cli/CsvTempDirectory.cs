using System.Text;
using PartyWork.Cli;

namespace PartyWork.Domain.Tests.Cli;

/// <summary>A temporary directory for the CSV command tests, deleted on dispose, and an in-process runner.</summary>
internal sealed class CsvTempDirectory : IDisposable
{
    private readonly string path = Directory.CreateTempSubdirectory("partywork-csv-").FullName;

    /// <summary>The repository's samples/csv directory (found upwards from the test binaries).</summary>
    public static string Samples { get; } = FindSamples();

    /// <summary>Writes a UTF-8 file (no BOM) and returns its path.</summary>
    public string Write(string name, string text) => WriteBytes(name, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Writes raw bytes and returns the path.</summary>
    public string WriteBytes(string name, byte[] bytes)
    {
        var file = Path.Combine(path, name);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    /// <summary>A path in the directory that does not exist.</summary>
    public string Missing(string name) => Path.Combine(path, name);

    /// <summary>Runs partywork in process.</summary>
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var input = new StringReader(string.Empty);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CommandLine.Run(args, input, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(path, recursive: true);

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "csv");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("samples/csv not found above the test binaries.");
    }
}

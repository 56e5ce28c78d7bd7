using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using PartyWork.Domain.Ratios;

namespace PartyWork.Domain.Tests.Packaging;

/// <summary>
/// Packs src/PartyWork.Domain with a unique prerelease version, builds the console app of
/// tests/PartyWork.Domain.PackageConsumer against that package (restored from a local folder only) and runs it for each
/// of its target frameworks, once for all the tests of <see cref="PackageConsumerTests"/>. Deletes what it made when disposed: its temporary
/// directory and the package's copy in the NuGet global packages folder.
/// </summary>
/// <remarks>
/// A step that fails throws with the command's whole output, so every test of the collection shows why.
/// See docs/packaging.md and docs/decisions/package-consumer-test.md.
/// </remarks>
public sealed class PackedConsumerRun : IDisposable
{
    /// <summary>The package id (NuGet's folder for it in the global packages folder is its lower case).</summary>
    public const string PackageId = "PartyWork.Domain";

    private const string ConsumerFolder = "tests/PartyWork.Domain.PackageConsumer";

    /// <summary>Generous: a cold build on two busy cores takes well under a minute.</summary>
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Leftovers of runs that were killed before they could clean up are deleted when this old.</summary>
    private static readonly TimeSpan LeftoverAge = TimeSpan.FromHours(1);

    private readonly string root = Directory.CreateTempSubdirectory("partywork-consumer-").FullName;
    private readonly List<DotnetRun> steps = [];
    private readonly Dictionary<string, (DotnetRun Run, IReadOnlyDictionary<string, string> Lines)> runs = [];
    private string? installedPackage;

    /// <summary>Runs the whole flow: pack, copy, build, run.</summary>
    /// <exception cref="InvalidOperationException">A step failed; the message holds its output.</exception>
    public PackedConsumerRun()
    {
        try
        {
            RepositoryRoot = FindRepositoryRoot();
            var library = typeof(Ratio).Assembly.GetName().Version
                ?? throw new InvalidOperationException("The library assembly has no version.");
            Version = string.Create(
                CultureInfo.InvariantCulture,
                $"{library.Major}.{library.Minor}.{library.Build}-consumer.r{Guid.NewGuid():N}");
            ConsumerDirectory = Path.Combine(root, "consumer");
            PackagesDirectory = Path.Combine(ConsumerDirectory, "packages");

            Pack();
            CopyConsumer();
            Build();
            foreach (var framework in TargetFrameworks)
            {
                var consumer = Step(DotnetCommand.Run(
                    ConsumerDirectory, StepTimeout, Path.Combine("bin", "Release", framework, "PackageConsumer.dll")));
                runs.Add(framework, (consumer, ParseLines(consumer.Output)));
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The directory holding PartyWork.Domain.sln.</summary>
    public string RepositoryRoot { get; }

    /// <summary>The unique prerelease version packed, for example <c>0.1.0-consumer.r3f9c…</c>.</summary>
    public string Version { get; }

    /// <summary>The temporary copy of the consumer project.</summary>
    public string ConsumerDirectory { get; }

    /// <summary>The local package source the consumer restores from (its nuget.config's only source).</summary>
    public string PackagesDirectory { get; }

    /// <summary>The consumer's target frameworks (PackageConsumer.csproj), one per asset of the package.</summary>
    public static IReadOnlyList<string> TargetFrameworks { get; } = ["net8.0", "net10.0"];

    /// <summary>The packed .nupkg.</summary>
    public string PackagePath => Path.Combine(PackagesDirectory, $"{PackageId}.{Version}.nupkg");

    /// <summary>The package's copy in the NuGet global packages folder, read from the consumer's assets file.</summary>
    public string? InstalledPackage => installedPackage;

    /// <summary>One line per step: the command and its time, for the test output.</summary>
    public string Timings => string.Join(
        Environment.NewLine,
        steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Elapsed.TotalSeconds,6:0.0} s  {s.CommandLine}")));

    /// <summary>The "name: value" lines the consumer built for the framework printed, by name.</summary>
    public IReadOnlyDictionary<string, string> Lines(string framework) => runs[framework].Lines;

    /// <summary>The command, exit code and all the consumer built for the framework printed, for failure messages.</summary>
    public string Describe(string framework) => runs[framework].Run.Describe();

    /// <summary>The bytes of one entry of the packed .nupkg (for example <c>lib/net10.0/PartyWork.Domain.dll</c>).</summary>
    public byte[] ReadPackageEntry(string entryName)
    {
        using var zip = ZipFile.OpenRead(PackagePath);
        var entry = zip.GetEntry(entryName)
            ?? throw new InvalidOperationException($"{PackagePath} has no entry {entryName}.");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The target frameworks the packed .nupkg has a <c>lib/</c> folder for.</summary>
    public IReadOnlyList<string> PackageFrameworks()
    {
        using var zip = ZipFile.OpenRead(PackagePath);
        return zip.Entries
            .Select(e => e.FullName.Split('/'))
            .Where(parts => parts.Length == 3 && parts[0] == "lib")
            .Select(parts => parts[1])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        TryDelete(root);
        if (installedPackage is not null)
        {
            TryDelete(installedPackage);
            var idFolder = Path.GetDirectoryName(installedPackage);
            if (idFolder is not null && Directory.Exists(idFolder) && !Directory.EnumerateFileSystemEntries(idFolder).Any())
            {
                TryDelete(idFolder);
            }
        }
    }

    private void Pack()
    {
        // PackageVersion, not Version: the assembly is not rebuilt, only the package gets the unique version.
        // --no-restore: the repository is restored (the tests run), and no restore means no network here.
        Step(DotnetCommand.Run(
            RepositoryRoot,
            StepTimeout,
            "pack",
            Path.Combine("src", PackageId, $"{PackageId}.csproj"),
            "-c", "Release",
            "--no-restore",
            "--disable-build-servers",
            "-nodeReuse:false",
            "-tl:off",
            "-o", PackagesDirectory,
            $"-p:PackageVersion={Version}",
            $"-p:NuspecOutputPath={Path.Combine(root, "nuspec")}{Path.DirectorySeparatorChar}"));
        if (!File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"dotnet pack succeeded but {PackagePath} is missing:{Environment.NewLine}{steps[^1].Describe()}");
        }
    }

    private void CopyConsumer()
    {
        // Only the project's own top-level files: bin/, obj/ and packages/ of a run by hand stay behind.
        var source = Path.Combine(RepositoryRoot, ConsumerFolder);
        Directory.CreateDirectory(ConsumerDirectory);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(ConsumerDirectory, Path.GetFileName(file)));
        }

        // The repository's SDK pin, so the consumer builds with the SDK the repository builds with.
        var globalJson = Path.Combine(RepositoryRoot, "global.json");
        if (File.Exists(globalJson))
        {
            File.Copy(globalJson, Path.Combine(ConsumerDirectory, "global.json"));
        }
    }

    private void Build()
    {
        var build = DotnetCommand.Run(
            ConsumerDirectory,
            StepTimeout,
            "build",
            "PackageConsumer.csproj",
            "-c", "Release",
            "--disable-build-servers",
            "-nodeReuse:false",
            "-tl:off",
            $"-p:PartyWorkDomainVersion={Version}");
        steps.Add(build);

        // Known even when the build failed after restore, so the installed copy is cleaned up.
        var idFolder = Path.Combine(FindGlobalPackagesFolder(), PackageId.ToLowerInvariant());
        installedPackage = Path.Combine(idFolder, Version.ToLowerInvariant());
        DeleteLeftovers(idFolder);
        if (!build.Succeeded)
        {
            throw new InvalidOperationException(
                "The consumer did not restore or build (output below). If restore reports NU1101/NU1102 for a " +
                "dependency of the library, the global packages folder does not hold it: restore the repository " +
                $"first (dotnet restore PartyWork.Domain.sln).{Environment.NewLine}{build.Describe()}");
        }
    }

    private DotnetRun Step(DotnetRun run)
    {
        steps.Add(run);
        return run.Succeeded ? run : throw new InvalidOperationException($"A step of the package consumer test failed:{Environment.NewLine}{run.Describe()}");
    }

    /// <summary>The global packages folder the consumer's restore used (first of the assets file's package folders).</summary>
    private string FindGlobalPackagesFolder()
    {
        var assets = Path.Combine(ConsumerDirectory, "obj", "project.assets.json");
        string? folder = null;
        if (File.Exists(assets))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(assets));
            if (document.RootElement.TryGetProperty("packageFolders", out var folders))
            {
                folder = folders.EnumerateObject().Select(p => p.Name).FirstOrDefault();
            }
        }

        return folder ?? (Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"));
    }

    /// <summary>Deletes copies of earlier runs killed before their clean-up (only this test's "-consumer." versions).</summary>
    private void DeleteLeftovers(string idFolder)
    {
        if (!Directory.Exists(idFolder))
        {
            return;
        }

        foreach (var directory in Directory.EnumerateDirectories(idFolder, "*-consumer.*"))
        {
            if (!string.Equals(Path.GetFileName(directory), Version, StringComparison.OrdinalIgnoreCase)
                && DateTime.UtcNow - Directory.GetLastWriteTimeUtc(directory) > LeftoverAge)
            {
                TryDelete(directory);
            }
        }
    }

    private static IReadOnlyDictionary<string, string> ParseLines(string output)
    {
        var lines = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon > 0)
            {
                lines[line[..colon]] = line[(colon + 2)..];
            }
        }

        return lines;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PartyWork.Domain.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"PartyWork.Domain.sln not found above {AppContext.BaseDirectory}.");
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: a file still open (an antivirus, an indexer) leaves a folder behind, not a failed test.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

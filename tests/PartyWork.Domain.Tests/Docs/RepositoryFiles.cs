namespace PartyWork.Domain.Tests.Docs;

/// <summary>The repository's own files, found from the test assembly: the root, the Markdown pages and the example sources.</summary>
internal static class RepositoryFiles
{
    /// <summary>Gets the repository root: the nearest folder above the test assembly that holds PartyWork.Domain.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Gets the folder of the example sources, tests/PartyWork.Domain.Tests/Docs.</summary>
    public static string ExamplesFolder => Path.Combine(Root, "tests", "PartyWork.Domain.Tests", "Docs");

    /// <summary>README.md and every Markdown file under docs/, in ordinal order of their relative paths.</summary>
    /// <returns>Full paths.</returns>
    public static IReadOnlyList<string> MarkdownPages() =>
        Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories)
            .Prepend(Path.Combine(Root, "README.md"))
            .OrderBy(Relative, StringComparer.Ordinal)
            .ToList();

    /// <summary>The example sources: every *.cs file of tests/PartyWork.Domain.Tests/Docs.</summary>
    /// <returns>Full paths, in ordinal order.</returns>
    public static IReadOnlyList<string> ExampleSources() =>
        Directory.EnumerateFiles(ExamplesFolder, "*.cs", SearchOption.TopDirectoryOnly)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();

    /// <summary>A path relative to the root, with '/' separators, for messages.</summary>
    /// <param name="path">A full path.</param>
    /// <returns>For example <c>docs/ratios.md</c>.</returns>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PartyWork.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} contains PartyWork.Domain.sln.");
    }
}

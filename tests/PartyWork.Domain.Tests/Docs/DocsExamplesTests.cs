namespace PartyWork.Domain.Tests.Docs;

/// <summary>
/// Every C# block of README.md and docs/**/*.md is the code of a compiled example: the block is preceded by
/// <c>&lt;!-- example: id --&gt;</c> and equals, line for line, the region <c>// &lt;example id="id"&gt;</c> of an example
/// source in this folder, and every value the example shows in a comment is asserted after the region. See
/// docs/decisions/docs-compiled-examples.md.
/// </summary>
public class DocsExamplesTests
{
    private static readonly Lazy<Catalog> Loaded = new(Load);

    [Fact]
    public void EveryCSharpBlock_IsAnExample_ShownVerbatim()
    {
        var catalog = Loaded.Value;
        var problems = new List<string>();
        foreach (var block in catalog.Blocks.Where(b => b.IsCSharp))
        {
            if (block.ExampleId is null)
            {
                problems.Add($"{block}: a ```{block.Language} block without '<!-- example: id -->' on the line before it; put its code in an example of tests/PartyWork.Domain.Tests/Docs (or use another fence language if it is not C#).");
            }
            else if (!catalog.Examples.TryGetValue(block.ExampleId, out var example))
            {
                problems.Add($"{block}: no example '{block.ExampleId}' in tests/PartyWork.Domain.Tests/Docs.");
            }
            else if (FirstDifference(block.Lines, example.Lines) is { } difference)
            {
                problems.Add($"{block}: differs from example {example} at line {difference.Line + 1} of the block:\n    page:    {difference.Page}\n    example: {difference.Example}");
            }
        }

        Assert.True(catalog.Blocks.Count(b => b.IsCSharp) >= 30, $"Only {catalog.Blocks.Count(b => b.IsCSharp)} C# blocks found in README.md and docs/; is the reader broken?");
        Assert.True(problems.Count == 0, "C# blocks not backed by a compiled example:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void EveryExample_IsShownOnce_AndOnlyOnCSharpBlocks()
    {
        var catalog = Loaded.Value;
        var problems = new List<string>(catalog.Problems);
        foreach (var marked in catalog.Blocks.Where(b => b.ExampleId is not null && !b.IsCSharp))
        {
            problems.Add($"{marked}: '<!-- example: {marked.ExampleId} -->' before a ```{marked.Language} block; examples back C# blocks only.");
        }

        var shown = catalog.Blocks.Where(b => b.IsCSharp && b.ExampleId is not null).ToLookup(b => b.ExampleId!, StringComparer.Ordinal);
        foreach (var example in catalog.Examples.Values)
        {
            var count = shown[example.Id].Count();
            if (count != 1)
            {
                problems.Add(count == 0
                    ? $"Example {example} is shown on no page; remove it or show it."
                    : $"Example {example} is shown {count} times ({string.Join(", ", shown[example.Id])}); give each block its own example.");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void EveryValueAnExampleShows_IsAssertedAfterIt()
    {
        var problems = new List<string>();
        var shownValues = 0;
        foreach (var example in Loaded.Value.Examples.Values)
        {
            foreach (var value in ShownValue.In(example.Lines))
            {
                shownValues++;
                if (!example.Checks.Any(value.IsCheckedBy))
                {
                    problems.Add(value.Name is null
                        ? $"Example {example}, line {value.Line + 1}: no statement after the example holds the value {value.Value}."
                        : $"Example {example}, line {value.Line + 1}: no statement after the example mentions '{value.Name}' and holds the value {value.Value}.");
                }
            }
        }

        Assert.True(shownValues >= 100, $"Only {shownValues} shown values found; is the reader broken?");
        Assert.True(problems.Count == 0, "Values shown in the docs but not asserted:\n" + string.Join("\n", problems));
    }

    private static (int Line, string Page, string Example)? FirstDifference(IReadOnlyList<string> page, IReadOnlyList<string> example)
    {
        for (var i = 0; i < Math.Max(page.Count, example.Count); i++)
        {
            var p = i < page.Count ? page[i] : "(end of block)";
            var e = i < example.Count ? example[i] : "(end of example)";
            if (!string.Equals(p, e, StringComparison.Ordinal))
            {
                return (i, p, e);
            }
        }

        return null;
    }

    private static Catalog Load()
    {
        var problems = new List<string>();
        var examples = new Dictionary<string, ExampleRegion>(StringComparer.Ordinal);
        foreach (var source in RepositoryFiles.ExampleSources())
        {
            foreach (var example in ExampleSources.Read(RepositoryFiles.Relative(source), File.ReadAllLines(source), problems))
            {
                if (!examples.TryAdd(example.Id, example))
                {
                    problems.Add($"Example id '{example.Id}' is used by {examples[example.Id]} and {example}.");
                }
            }
        }

        var blocks = RepositoryFiles.MarkdownPages().SelectMany(Markdown.CodeBlocks).ToList();
        return new Catalog(blocks, examples, problems);
    }

    private sealed record Catalog(IReadOnlyList<MarkdownCodeBlock> Blocks, IReadOnlyDictionary<string, ExampleRegion> Examples, IReadOnlyList<string> Problems);
}

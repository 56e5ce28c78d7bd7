namespace PartyWork.Domain.Tests.Docs;

/// <summary>A fenced code block of a Markdown page.</summary>
/// <param name="Page">The page, relative to the repository root (<c>docs/ratios.md</c>).</param>
/// <param name="Line">The 1-based line of the opening fence.</param>
/// <param name="Language">The fence's info string up to the first space (<c>csharp</c>), empty when none.</param>
/// <param name="ExampleId">The id of an <c>&lt;!-- example: id --&gt;</c> comment on the line before the fence, or <see langword="null"/>.</param>
/// <param name="Lines">The lines between the fences, trailing white space removed, with the fence's own indentation removed.</param>
internal sealed record MarkdownCodeBlock(string Page, int Line, string Language, string? ExampleId, IReadOnlyList<string> Lines)
{
    /// <summary>Gets a value indicating whether the fence says the block is C# (<c>csharp</c>, <c>cs</c>, <c>c#</c>, any case).</summary>
    /// <value><see langword="true"/> for the blocks that must be backed by a compiled example.</value>
    public bool IsCSharp => this.Language.ToUpperInvariant() is "CSHARP" or "CS" or "C#";

    /// <inheritdoc/>
    public override string ToString() => $"{this.Page}:{this.Line}";
}

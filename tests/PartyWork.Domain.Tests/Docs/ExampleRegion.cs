namespace PartyWork.Domain.Tests.Docs;

/// <summary>
/// The code of one documentation example: every region <c>// &lt;example id="…"&gt;</c> … <c>// &lt;/example&gt;</c> with
/// that id in one example source, joined by a blank line, each part without its common indentation.
/// </summary>
/// <param name="Id">The example's id (<c>ratios-percent</c>).</param>
/// <param name="Source">The example source, relative to the repository root.</param>
/// <param name="Line">The 1-based line of the first part's opening marker.</param>
/// <param name="Lines">The code the page must show, line by line.</param>
/// <param name="Checks">The statements after each part up to the end of its method (or the next example), where the values the example shows are asserted.</param>
internal sealed record ExampleRegion(string Id, string Source, int Line, IReadOnlyList<string> Lines, IReadOnlyList<string> Checks)
{
    /// <inheritdoc/>
    public override string ToString() => $"'{this.Id}' ({this.Source}:{this.Line})";
}

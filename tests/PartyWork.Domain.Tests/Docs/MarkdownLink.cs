namespace PartyWork.Domain.Tests.Docs;

/// <summary>A link of a Markdown page, inline (<c>[text](target)</c>) or a reference definition (<c>[id]: target</c>).</summary>
/// <param name="Page">The page, relative to the repository root.</param>
/// <param name="Line">The 1-based line of the link.</param>
/// <param name="Target">The target as written (<c>decisions/ratios-over-100.md</c>, <c>#numbers</c>, <c>https://…</c>).</param>
internal sealed record MarkdownLink(string Page, int Line, string Target)
{
    /// <summary>Gets a value indicating whether the target is a URL with a scheme (<c>https:</c>, <c>mailto:</c>) rather than a path or an anchor.</summary>
    /// <value><see langword="true"/> for external links, which are not checked.</value>
    public bool IsExternal => System.Text.RegularExpressions.Regex.IsMatch(this.Target, "^[A-Za-z][A-Za-z0-9+.-]*:");

    /// <inheritdoc/>
    public override string ToString() => $"{this.Page}:{this.Line} ({this.Target})";
}

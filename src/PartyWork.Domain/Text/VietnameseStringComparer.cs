using System.Diagnostics.CodeAnalysis;

namespace PartyWork.Domain.Text;

/// <summary>
/// Compares Vietnamese strings by their normalized or folded form, so that tone-placement variants
/// (<c>khóa</c> / <c>khoá</c>) and composed or decomposed input are equal.
/// </summary>
/// <remarks>
/// The order is ordinal over the normalized (or folded) form: stable and culture-independent, but not a dictionary
/// order of the Vietnamese alphabet. Instances are immutable and thread-safe.
/// </remarks>
public sealed class VietnameseStringComparer : IEqualityComparer<string?>, IComparer<string?>
{
    private readonly Func<string, string> key;

    private VietnameseStringComparer(Func<string, string> key) => this.key = key;

    /// <summary>Gets a comparer over <see cref="VietnameseText.Normalize(string, TonePlacement)"/>: case and diacritics count, tone placement does not.</summary>
    /// <value>The normalized comparer.</value>
    public static VietnameseStringComparer Normalized { get; } = new(static s => VietnameseText.Normalize(s));

    /// <summary>Gets a comparer over <see cref="VietnameseText.Fold(string)"/>: case, diacritics and tone placement do not count.</summary>
    /// <value>The folded comparer.</value>
    public static VietnameseStringComparer Folded { get; } = new(static s => VietnameseText.Fold(s));

    /// <summary>Compares two strings by their key form; <see langword="null"/> sorts first.</summary>
    /// <param name="x">The first string.</param>
    /// <param name="y">The second string.</param>
    /// <returns>A negative number, zero or a positive number as <paramref name="x"/> sorts before, with or after <paramref name="y"/>.</returns>
    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        return y is null ? 1 : string.CompareOrdinal(this.key(x), this.key(y));
    }

    /// <summary>Whether two strings have the same key form.</summary>
    /// <param name="x">The first string.</param>
    /// <param name="y">The second string.</param>
    /// <returns><see langword="true"/> when equal by this comparer.</returns>
    public bool Equals(string? x, string? y) => this.Compare(x, y) == 0;

    /// <summary>A hash code of the key form, consistent with <see cref="Equals(string?, string?)"/>.</summary>
    /// <param name="obj">The string.</param>
    /// <returns>The hash code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="obj"/> is <see langword="null"/>.</exception>
    public int GetHashCode([DisallowNull] string? obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return string.GetHashCode(this.key(obj), StringComparison.Ordinal);
    }
}

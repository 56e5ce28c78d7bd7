using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// One criterion of a criteria set: a code, a name and its maximum points (its weight in the set), optionally split
/// into sub-criteria whose maxima add up to exactly its own.
/// </summary>
/// <remarks>
/// Immutable; checked when built. Equality compares by value, the sub-criteria included (in order, at every depth), so
/// a criterion rebuilt from the same figures (read back from JSON, for example) is equal.
/// </remarks>
public sealed record Criterion
{
    /// <summary>Creates a criterion.</summary>
    /// <param name="code">Its code as the form numbers it, for example <c>"2"</c> or <c>"2.1"</c>.</param>
    /// <param name="name">Its name as the form writes it.</param>
    /// <param name="maxPoints">Its maximum points, greater than zero.</param>
    /// <param name="subCriteria">Its sub-criteria, whose maxima must add up to <paramref name="maxPoints"/>; none by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="name"/> is <see langword="null"/>, or a sub-criterion is.</exception>
    /// <exception cref="ArgumentException">A text is empty, <paramref name="maxPoints"/> is zero or negative, or the sub-criteria maxima do not add up to it.</exception>
    public Criterion(string code, string name, decimal maxPoints, IEnumerable<Criterion>? subCriteria = null)
    {
        Code = Guard.Against.NullOrWhiteSpace(code);
        Name = Guard.Against.NullOrWhiteSpace(name);
        MaxPoints = Guard.Against.NegativeOrZero(maxPoints);
        var subs = subCriteria?.ToArray() ?? [];
        foreach (var sub in subs)
        {
            Guard.Against.Null(sub, nameof(subCriteria));
        }

        if (subs.Length > 0)
        {
            var sum = 0m;
            foreach (var sub in subs)
            {
                if (sub.MaxPoints > decimal.MaxValue - sum)
                {
                    throw new ArgumentException(
                        $"The sub-criteria of \"{code}\" have maxima adding up to more than {decimal.MaxValue}, not {maxPoints}.",
                        nameof(subCriteria));
                }

                sum += sub.MaxPoints;
            }

            if (sum != maxPoints)
            {
                throw new ArgumentException(
                    $"The sub-criteria of \"{code}\" have maxima adding up to {sum}, not {maxPoints}.",
                    nameof(subCriteria));
            }
        }

        SubCriteria = Array.AsReadOnly(subs);
    }

    /// <summary>Gets the code.</summary>
    /// <value>Not empty.</value>
    public string Code { get; }

    /// <summary>Gets the name.</summary>
    /// <value>Not empty.</value>
    public string Name { get; }

    /// <summary>Gets the maximum points.</summary>
    /// <value>Greater than zero.</value>
    public decimal MaxPoints { get; }

    /// <summary>Gets the sub-criteria.</summary>
    /// <value>Empty for a leaf criterion, which is the one points are given to.</value>
    public IReadOnlyList<Criterion> SubCriteria { get; }

    /// <summary>Gets whether points are given to this criterion directly (it has no sub-criteria).</summary>
    /// <value><see langword="true"/> for a leaf.</value>
    public bool IsLeaf => SubCriteria.Count == 0;

    /// <summary>Tells whether <paramref name="other"/> has the same code, name, maximum and sub-criteria (in order).</summary>
    /// <param name="other">The other criterion.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(Criterion? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(Code, other.Code, StringComparison.Ordinal)
                && string.Equals(Name, other.Name, StringComparison.Ordinal)
                && MaxPoints == other.MaxPoints
                && SubCriteria.SequenceEqual(other.SubCriteria)));

    /// <summary>Gets a hash code consistent with <see cref="Equals(Criterion?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Code, Name, MaxPoints, SubCriteria.Count);
}

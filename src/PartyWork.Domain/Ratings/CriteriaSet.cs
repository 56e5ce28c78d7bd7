using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// A set of weighted criteria with maximum points (the 100-point frame of 366, R366-SCALE, or an agency's own, such as
/// a city's sets for monthly scoring of its party committees and cells).
/// </summary>
/// <remarks>Immutable; checked when built (codes unique across the whole tree).</remarks>
public sealed record CriteriaSet
{
    private readonly Dictionary<string, Criterion> byCode;

    /// <summary>Creates a set.</summary>
    /// <param name="name">The set's name.</param>
    /// <param name="criteria">The top-level criteria, at least one.</param>
    /// <param name="ruleId">The rule cited when a sheet breaks the set; <c>"R366-SCALE"</c> by default.</param>
    /// <exception cref="ArgumentNullException">An argument or a criterion is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A text is empty, there is no criterion, two criteria share a code, or the maxima add up to more than <see cref="decimal.MaxValue"/>.</exception>
    public CriteriaSet(string name, IEnumerable<Criterion> criteria, string ruleId = "R366-SCALE")
    {
        Name = Guard.Against.NullOrWhiteSpace(name);
        RuleId = Guard.Against.NullOrWhiteSpace(ruleId);
        Guard.Against.Null(criteria);
        var top = criteria.ToArray();
        Guard.Against.Zero(top.Length, nameof(criteria));
        byCode = new Dictionary<string, Criterion>(StringComparer.Ordinal);
        var stack = new Stack<Criterion>(top);
        while (stack.Count > 0)
        {
            var criterion = Guard.Against.Null(stack.Pop(), nameof(criteria));
            if (!byCode.TryAdd(criterion.Code, criterion))
            {
                throw new ArgumentException($"Two criteria share the code \"{criterion.Code}\".", nameof(criteria));
            }

            foreach (var sub in criterion.SubCriteria)
            {
                stack.Push(sub);
            }
        }

        var total = 0m;
        foreach (var criterion in top)
        {
            if (criterion.MaxPoints > decimal.MaxValue - total)
            {
                throw new ArgumentException($"The maxima of the criteria add up to more than {decimal.MaxValue}.", nameof(criteria));
            }

            total += criterion.MaxPoints;
        }

        Criteria = Array.AsReadOnly(top);
        MaxTotal = total;
    }

    /// <summary>Gets the set's name.</summary>
    /// <value>Not empty.</value>
    public string Name { get; }

    /// <summary>Gets the rule cited when a score sheet breaks the set.</summary>
    /// <value><c>"R366-SCALE"</c> unless the agency gave its own.</value>
    public string RuleId { get; }

    /// <summary>Gets the top-level criteria.</summary>
    /// <value>At least one.</value>
    public IReadOnlyList<Criterion> Criteria { get; }

    /// <summary>Gets the most points a sheet can total.</summary>
    /// <value>The sum of the top-level maxima (100 for the 366 frame).</value>
    public decimal MaxTotal { get; }

    /// <summary>Finds a criterion at any depth by its code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="criterion">The criterion found.</param>
    /// <returns>Whether the code belongs to the set.</returns>
    public bool TryFind(string? code, out Criterion criterion)
    {
        criterion = null!;
        return code is not null && byCode.TryGetValue(code, out criterion!);
    }

    /// <summary>The weight of a criterion in the set: its maximum over the set's maximum total.</summary>
    /// <param name="code">The criterion's code.</param>
    /// <returns>The weight, between 0 and 1 (0,7 for task results in the 366 frame).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="code"/> is not in the set.</exception>
    public decimal WeightOf(string code)
    {
        Guard.Against.Null(code);
        return TryFind(code, out var criterion)
            ? criterion.MaxPoints / MaxTotal
            : throw new KeyNotFoundException($"The criteria set \"{Name}\" has no criterion \"{code}\".");
    }

    /// <inheritdoc/>
    public bool Equals(CriteriaSet? other) =>
        other is not null && Name == other.Name && RuleId == other.RuleId && Criteria.SequenceEqual(other.Criteria);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, RuleId, Criteria.Count, MaxTotal);
}

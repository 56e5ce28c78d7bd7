using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// Points given to the criteria of one <see cref="CriteriaSet"/> for one subject and period, with deductions.
/// <see cref="Validate"/> lists what breaks the set (a criterion above its maximum, an unknown code…) and
/// <see cref="Total"/> adds the points exactly.
/// </summary>
/// <remarks>
/// Immutable: <see cref="WithPoints(string, decimal)"/> and <see cref="WithDeduction(string, decimal, string)"/> return
/// new sheets. Data is not thrown on: a bad figure is a violation from <see cref="Validate"/>. Compares by value: the
/// same set, the same points per code (whatever the order they were entered in) and the same deductions in order.
/// </remarks>
public sealed class ScoreSheet : IEquatable<ScoreSheet>
{
    private readonly ImmutableDictionary<string, decimal> points;
    private readonly ImmutableList<ScoreDeduction> deductions;

    private ScoreSheet(CriteriaSet set, ImmutableDictionary<string, decimal> points, ImmutableList<ScoreDeduction> deductions)
    {
        Set = set;
        this.points = points;
        this.deductions = deductions;
    }

    /// <summary>Gets the criteria set.</summary>
    /// <value>The set.</value>
    public CriteriaSet Set { get; }

    /// <summary>Gets the points given, by criterion code.</summary>
    /// <value>The points as entered.</value>
    public IReadOnlyDictionary<string, decimal> Points => points;

    /// <summary>Gets the deductions, in the order entered.</summary>
    /// <value>The deductions.</value>
    public IReadOnlyList<ScoreDeduction> Deductions => deductions;

    /// <summary>Gets the total: the points of every criterion given points, less every deduction, exactly.</summary>
    /// <value>The sum; on an invalid sheet it is the arithmetic of what was entered (check <see cref="Validate"/> first).</value>
    /// <exception cref="OverflowException">On an invalid sheet, the entered points or deductions do not fit a <see cref="decimal"/> (<see cref="Validate"/> reports it).</exception>
    public decimal Total => points.Values.Sum() - deductions.Sum(d => d.Points);

    /// <summary>Tells whether two sheets are equal.</summary>
    /// <param name="left">The first sheet.</param>
    /// <param name="right">The second sheet.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ScoreSheet? left, ScoreSheet? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Tells whether two sheets differ.</summary>
    /// <param name="left">The first sheet.</param>
    /// <param name="right">The second sheet.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(ScoreSheet? left, ScoreSheet? right) => !(left == right);

    /// <summary>Starts an empty sheet for a set.</summary>
    /// <param name="set">The criteria set.</param>
    /// <returns>A sheet with no points.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="set"/> is <see langword="null"/>.</exception>
    public static ScoreSheet For(CriteriaSet set)
    {
        Guard.Against.Null(set);
        return new ScoreSheet(set, ImmutableDictionary.Create<string, decimal>(StringComparer.Ordinal), []);
    }

    /// <summary>Returns a sheet with <paramref name="value"/> points for one criterion (replacing earlier points for it).</summary>
    /// <param name="code">The criterion's code.</param>
    /// <param name="value">The points.</param>
    /// <returns>The new sheet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    public ScoreSheet WithPoints(string code, decimal value)
    {
        Guard.Against.Null(code);
        return new ScoreSheet(Set, points.SetItem(code, value), deductions);
    }

    /// <summary>Returns a sheet with one more deduction.</summary>
    /// <param name="code">The criterion's code.</param>
    /// <param name="value">The points taken off.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The new sheet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="reason"/> is <see langword="null"/>.</exception>
    public ScoreSheet WithDeduction(string code, decimal value, string reason)
    {
        Guard.Against.Null(code);
        Guard.Against.Null(reason);
        return new ScoreSheet(Set, points, deductions.Add(new ScoreDeduction(code, value, reason)));
    }

    /// <summary>The net points of one criterion: its own points (or its sub-criteria's) less its deductions.</summary>
    /// <param name="code">The criterion's code.</param>
    /// <returns>The net points; zero when nothing was given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="code"/> is not in the set.</exception>
    public decimal PointsOf(string code)
    {
        Guard.Against.Null(code);
        if (!Set.TryFind(code, out var criterion))
        {
            throw new KeyNotFoundException($"The criteria set \"{Set.Name}\" has no criterion \"{code}\".");
        }

        return Net(criterion);
    }

    /// <summary>
    /// Lists what breaks the set, citing <see cref="CriteriaSet.RuleId"/>: points for an unknown code or for a
    /// criterion that has sub-criteria, negative points or deductions, a criterion above its maximum, a criterion left
    /// below zero by its deductions.
    /// </summary>
    /// <returns>The violations; empty when the sheet is valid.</returns>
    public IReadOnlyList<RuleViolation> Validate()
    {
        var violations = new List<RuleViolation>();
        foreach (var (code, value) in points.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!Set.TryFind(code, out var criterion))
            {
                violations.Add(Violation($"Tiêu chí \"{code}\" không có trong bộ tiêu chí \"{Set.Name}\".", $"Criterion \"{code}\" is not in the set \"{Set.Name}\".", [new("points", value)]));
            }
            else if (!criterion.IsLeaf)
            {
                violations.Add(Violation($"Tiêu chí \"{code}\" có tiêu chí con; chấm điểm cho từng tiêu chí con.", $"Criterion \"{code}\" has sub-criteria; score each of them instead.", [new("points", value)]));
            }
            else if (value < 0m)
            {
                violations.Add(Violation($"Điểm tiêu chí \"{code}\" âm ({RatingExplainer.Vi(value)}).", $"Criterion \"{code}\" has negative points ({RatingExplainer.En(value)}).", [new("points", value)]));
            }
        }

        foreach (var deduction in deductions)
        {
            if (deduction.Code is null || !Set.TryFind(deduction.Code, out _))
            {
                violations.Add(Violation($"Khoản trừ điểm cho tiêu chí \"{deduction.Code}\" không có trong bộ tiêu chí.", $"A deduction names criterion \"{deduction.Code}\", which is not in the set.", [new("deduction", deduction.Points)]));
            }
            else if (deduction.Points < 0m)
            {
                violations.Add(Violation($"Khoản trừ điểm tiêu chí \"{deduction.Code}\" âm ({RatingExplainer.Vi(deduction.Points)}).", $"A deduction from \"{deduction.Code}\" is negative ({RatingExplainer.En(deduction.Points)}).", [new("deduction", deduction.Points)]));
            }
        }

        try
        {
            ValidateTree(violations);
        }
        catch (OverflowException)
        {
            violations.Add(Violation(
                "Tổng điểm hoặc tổng điểm trừ quá lớn, không cộng được.",
                "The points or deductions are too large to add up.",
                []));
        }

        return violations;
    }

    /// <summary>Tells whether <paramref name="other"/> has an equal set, the same points per code and the same deductions in order.</summary>
    /// <param name="other">The other sheet.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(ScoreSheet? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (points.Count != other.points.Count || !deductions.SequenceEqual(other.deductions) || !Set.Equals(other.Set))
        {
            return false;
        }

        foreach (var (code, value) in points)
        {
            if (!other.points.TryGetValue(code, out var otherValue) || value != otherValue)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tells whether <paramref name="obj"/> is an equal sheet.</summary>
    /// <param name="obj">The other object.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public override bool Equals(object? obj) => Equals(obj as ScoreSheet);

    /// <summary>Gets a hash code consistent with <see cref="Equals(ScoreSheet?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Set, points.Count, deductions.Count);

    private void ValidateTree(List<RuleViolation> violations)
    {
        var stack = new Stack<Criterion>(Set.Criteria.Reverse());
        while (stack.Count > 0)
        {
            var criterion = stack.Pop();
            var net = Net(criterion);
            var gross = Gross(criterion);
            if (gross > criterion.MaxPoints)
            {
                violations.Add(Violation(
                    $"Tiêu chí \"{criterion.Code}. {criterion.Name}\" được {RatingExplainer.Vi(gross)} điểm, vượt mức tối đa {RatingExplainer.Vi(criterion.MaxPoints)} điểm.",
                    $"Criterion \"{criterion.Code}. {criterion.Name}\" has {RatingExplainer.En(gross)} points, above its maximum of {RatingExplainer.En(criterion.MaxPoints)}.",
                    [new("points", gross), new("maxPoints", criterion.MaxPoints)]));
            }
            else if (net < 0m && gross >= 0m)
            {
                violations.Add(Violation(
                    $"Tiêu chí \"{criterion.Code}. {criterion.Name}\" bị trừ quá số điểm được chấm ({RatingExplainer.Vi(net)}).",
                    $"Deductions leave criterion \"{criterion.Code}. {criterion.Name}\" below zero ({RatingExplainer.En(net)}).",
                    [new("points", gross), new("net", net)]));
            }

            for (var i = criterion.SubCriteria.Count - 1; i >= 0; i--)
            {
                stack.Push(criterion.SubCriteria[i]);
            }
        }
    }

    private decimal Gross(Criterion criterion)
    {
        if (criterion.IsLeaf)
        {
            return points.TryGetValue(criterion.Code, out var value) ? value : 0m;
        }

        var sum = 0m;
        foreach (var sub in criterion.SubCriteria)
        {
            sum += Gross(sub);
        }

        return sum;
    }

    private decimal Net(Criterion criterion)
    {
        var net = criterion.IsLeaf ? Gross(criterion) : criterion.SubCriteria.Sum(Net);
        foreach (var deduction in deductions)
        {
            if (string.Equals(deduction.Code, criterion.Code, StringComparison.Ordinal))
            {
                net -= deduction.Points;
            }
        }

        return net;
    }

    private RuleViolation Violation(string vietnamese, string english, RatingFigure[] figures) =>
        new(Set.RuleId, vietnamese, english, figures);
}

using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Organizations;

/// <summary>
/// Dated organization rows: the structure over time. <see cref="AsOf"/> gives the tree as it stood on a day — for
/// example with district committees before 01/07/2025 and commune committees directly under the province after.
/// </summary>
/// <remarks>
/// An organization that moves, is renamed or changes kind is several rows with the same id and disjoint validity.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class OrganizationHistory
{
    private readonly OrganizationRow[] _rows;

    /// <summary>Creates a history from dated rows.</summary>
    /// <param name="rows">The rows, each with its <see cref="OrganizationRow.Validity"/>.</param>
    /// <param name="catalog">The catalog the rows' kind ids refer to.</param>
    /// <exception cref="ArgumentNullException">An argument or a row is <see langword="null"/>.</exception>
    public OrganizationHistory(IEnumerable<OrganizationRow> rows, OrganizationCatalog catalog)
    {
        Guard.Against.Null(rows);
        Catalog = Guard.Against.Null(catalog);
        _rows = [.. rows];
        foreach (var row in _rows)
        {
            Guard.Against.Null(row, nameof(rows));
        }
    }

    /// <summary>Gets the catalog.</summary>
    /// <value>The catalog given at construction.</value>
    public OrganizationCatalog Catalog { get; }

    /// <summary>Gets the rows.</summary>
    /// <value>The rows in the order given.</value>
    public IReadOnlyList<OrganizationRow> Rows => _rows;

    /// <summary>Gets the tree as it stood on <paramref name="date"/>: the rows valid that day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The tree.</returns>
    /// <exception cref="OrganizationTreeException">
    /// The rows of that day do not make a tree, or an organization's level does not exist that day (ORG-TREE-LEVEL-DATE);
    /// <see cref="OrganizationTreeException.Problems"/> lists every problem.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public OrganizationTree AsOf(LocalDate date) =>
        TryAsOf(date, out var tree, out var problems) ? tree : throw new OrganizationTreeException(problems);

    /// <summary>Tries to build the tree as it stood on <paramref name="date"/>, reporting every problem at once.</summary>
    /// <param name="date">The day.</param>
    /// <param name="tree">The tree, or <see langword="null"/>.</param>
    /// <param name="problems">Every problem found; empty on success.</param>
    /// <returns><see langword="true"/> when the rows of that day make a tree.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is not in the ISO calendar (a wrong argument, not a problem of the rows).</exception>
    public bool TryAsOf(
        LocalDate date, [NotNullWhen(true)] out OrganizationTree? tree, out IReadOnlyList<OrganizationTreeProblem> problems)
    {
        ValidityPeriod.CheckIso(date, nameof(date));
        return OrganizationTree.TryBuildCore([.. _rows.Where(r => r.Validity.Contains(date))], Catalog, date, out tree, out problems);
    }

    /// <summary>Gets the days on which the structure changes: every first day of a row and every day after a last day.</summary>
    /// <returns>The distinct days, ascending (the start of <see cref="ValidityPeriod.Always"/> excluded).</returns>
    public IReadOnlyList<LocalDate> GetChangeDates()
    {
        var dates = new SortedSet<LocalDate>();
        foreach (var row in _rows)
        {
            if (row.Validity.Start != LocalDate.MinIsoValue)
            {
                dates.Add(row.Validity.Start);
            }

            if (row.Validity.End is { } end && end != LocalDate.MaxIsoValue)
            {
                dates.Add(end.PlusDays(1));
            }
        }

        return [.. dates];
    }
}

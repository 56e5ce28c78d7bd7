using Ardalis.GuardClauses;

namespace PartyWork.Domain.Organizations;

/// <summary>
/// One input row of the organization tree: an id, the parent's id (<see langword="null"/> for the root), a kind id
/// of an <see cref="OrganizationCatalog"/>, a name, and the days on which the row holds.
/// </summary>
/// <remarks>
/// Ids are strings compared ordinally (see docs/decisions/organizations-ids.md); numeric keys convert with
/// <c>ToString(CultureInfo.InvariantCulture)</c>. An organization that moves or is renamed is several rows with the
/// same id and disjoint <see cref="Validity"/>; <see cref="OrganizationHistory.AsOf"/> picks the rows of a day.
/// </remarks>
public sealed record OrganizationRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="id">The organization's id.</param>
    /// <param name="parentId">The parent organization's id, or <see langword="null"/> for the root.</param>
    /// <param name="kindId">The id of the organization's <see cref="OrganizationKind"/>.</param>
    /// <param name="name">The organization's name (for example "Chi bộ Khu dân cư số 3").</param>
    /// <param name="validity">The days on which the row holds; <see langword="null"/> means always.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="kindId"/> or <paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id or the name is empty or white space, or <paramref name="parentId"/> is empty or white space.</exception>
    public OrganizationRow(string id, string? parentId, string kindId, string name, ValidityPeriod? validity = null)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        if (parentId is not null)
        {
            Guard.Against.NullOrWhiteSpace(parentId);
        }

        ParentId = parentId;
        KindId = Guard.Against.NullOrWhiteSpace(kindId);
        Name = Guard.Against.NullOrWhiteSpace(name);
        Validity = validity ?? ValidityPeriod.Always;
    }

    /// <summary>Gets the organization's id.</summary>
    /// <value>A non-blank string, compared ordinally.</value>
    public string Id { get; }

    /// <summary>Gets the parent's id.</summary>
    /// <value>The parent's id, or <see langword="null"/> for the root.</value>
    public string? ParentId { get; }

    /// <summary>Gets the kind id.</summary>
    /// <value>An <see cref="OrganizationKind.Id"/>.</value>
    public string KindId { get; }

    /// <summary>Gets the name.</summary>
    /// <value>The display name.</value>
    public string Name { get; }

    /// <summary>Gets the days on which the row holds.</summary>
    /// <value><see cref="ValidityPeriod.Always"/> unless given.</value>
    public ValidityPeriod Validity { get; }
}

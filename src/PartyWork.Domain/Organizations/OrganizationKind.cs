using Ardalis.GuardClauses;

namespace PartyWork.Domain.Organizations;

/// <summary>
/// A kind of party organization (đảng bộ tỉnh, đảng bộ cơ sở, chi bộ cơ sở, chi bộ trực thuộc, tổ đảng…) and the
/// level it sits at. Catalog data: an agency may add or replace kinds.
/// </summary>
public sealed record OrganizationKind
{
    /// <summary>Creates a kind.</summary>
    /// <param name="id">The stable code, for example <see cref="OrganizationKindIds.GrassrootsCell"/>.</param>
    /// <param name="vietnameseName">The Vietnamese name (NFC, with diacritics).</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="levelId">The id of the <see cref="OrganizationLevel"/> organizations of this kind sit at.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An argument is empty or white space.</exception>
    public OrganizationKind(string id, string vietnameseName, string englishName, string levelId)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        VietnameseName = Guard.Against.NullOrWhiteSpace(vietnameseName);
        EnglishName = Guard.Against.NullOrWhiteSpace(englishName);
        LevelId = Guard.Against.NullOrWhiteSpace(levelId);
    }

    /// <summary>Gets the stable code of the kind.</summary>
    /// <value>For example <c>GrassrootsCell</c>.</value>
    public string Id { get; }

    /// <summary>Gets the Vietnamese name.</summary>
    /// <value>For example "Chi bộ cơ sở".</value>
    public string VietnameseName { get; }

    /// <summary>Gets the English name.</summary>
    /// <value>For example "Grassroots cell".</value>
    public string EnglishName { get; }

    /// <summary>Gets the id of the level this kind sits at.</summary>
    /// <value>An <see cref="OrganizationLevel.Id"/> of the same catalog.</value>
    public string LevelId { get; }

    /// <summary>Gets the kind as "Chi bộ cơ sở / Grassroots cell (GrassrootsCell)".</summary>
    /// <returns>The names and id.</returns>
    public override string ToString() => $"{VietnameseName} / {EnglishName} ({Id})";
}

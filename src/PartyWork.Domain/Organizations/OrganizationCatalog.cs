using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Organizations;

/// <summary>
/// The levels and kinds of party organizations, as an immutable value a caller can replace. <see cref="Standard"/>
/// holds the historical structure (Centre, province, district, grassroots, cell: R-ORG-LEVELS-OLD) and the structure
/// after the 2025 reform (Centre, province, commune, grassroots, cell: R294-LEVELS, R-2TIER).
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class OrganizationCatalog
{
    private readonly Dictionary<string, OrganizationLevel> _levels;
    private readonly Dictionary<string, OrganizationKind> _kinds;

    /// <summary>Creates a catalog from levels and kinds.</summary>
    /// <param name="levels">The levels; ids must be distinct.</param>
    /// <param name="kinds">The kinds; ids must be distinct and each must name a level of <paramref name="levels"/>.</param>
    /// <exception cref="ArgumentNullException">An argument or an element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id repeats, or a kind names an unknown level.</exception>
    public OrganizationCatalog(IEnumerable<OrganizationLevel> levels, IEnumerable<OrganizationKind> kinds)
    {
        Guard.Against.Null(levels);
        Guard.Against.Null(kinds);
        _levels = new Dictionary<string, OrganizationLevel>(StringComparer.Ordinal);
        foreach (var level in levels)
        {
            Guard.Against.Null(level, nameof(levels));
            if (!_levels.TryAdd(level.Id, level))
            {
                throw new ArgumentException($"The level id '{level.Id}' appears more than once.", nameof(levels));
            }
        }

        _kinds = new Dictionary<string, OrganizationKind>(StringComparer.Ordinal);
        foreach (var kind in kinds)
        {
            Guard.Against.Null(kind, nameof(kinds));
            if (!_levels.ContainsKey(kind.LevelId))
            {
                throw new ArgumentException($"The kind '{kind.Id}' names the unknown level '{kind.LevelId}'.", nameof(kinds));
            }

            if (!_kinds.TryAdd(kind.Id, kind))
            {
                throw new ArgumentException($"The kind id '{kind.Id}' appears more than once.", nameof(kinds));
            }
        }

        Levels = [.. _levels.Values.Order()];
        Kinds = [.. _kinds.Values.OrderBy(k => _levels[k.LevelId]).ThenBy(k => k.Id, StringComparer.Ordinal)];
    }

    /// <summary>Gets the default day of the 2025 reform: 01/07/2025 (R294-LEVELS, R-2TIER).</summary>
    /// <value>The first day without the district level; district committees end the day before [I].</value>
    public static LocalDate DefaultReformDate { get; } = new(2025, 7, 1);

    /// <summary>Gets the standard catalog with the reform on <see cref="DefaultReformDate"/>.</summary>
    /// <value>The catalog built by <see cref="CreateStandard"/> with 01/07/2025.</value>
    public static OrganizationCatalog Standard { get; } = CreateStandard(DefaultReformDate);

    /// <summary>Gets the levels, ordered by rank then validity.</summary>
    /// <value>Every level of the catalog.</value>
    public IReadOnlyList<OrganizationLevel> Levels { get; }

    /// <summary>Gets the kinds, ordered by level then id.</summary>
    /// <value>Every kind of the catalog.</value>
    public IReadOnlyList<OrganizationKind> Kinds { get; }

    /// <summary>
    /// Creates the standard catalog with the reform on <paramref name="reformDate"/>: the district level
    /// (<see cref="OrganizationLevelIds.District"/>) ends the day before (R-2TIER, district committees end 30/06/2025
    /// by default [I]) and the commune level (<see cref="OrganizationLevelIds.Commune"/>) starts on it (R294-LEVELS).
    /// </summary>
    /// <param name="reformDate">The first day of the two-tier structure: an ISO-calendar date after <see cref="LocalDate.MinIsoValue"/>.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="reformDate"/> is not in the ISO calendar, or is <see cref="LocalDate.MinIsoValue"/> (the district level needs a last day before it).
    /// </exception>
    public static OrganizationCatalog CreateStandard(LocalDate reformDate)
    {
        ValidityPeriod.CheckIso(reformDate, nameof(reformDate));
        if (reformDate == LocalDate.MinIsoValue)
        {
            throw new ArgumentOutOfRangeException(nameof(reformDate), reformDate,
                "The reform date must leave at least one day for the district level before it (R-2TIER).");
        }

        var always = ValidityPeriod.Always;
        var beforeReform = new ValidityPeriod(LocalDate.MinIsoValue, reformDate.PlusDays(-1));
        var fromReform = new ValidityPeriod(reformDate);
        OrganizationLevel[] levels =
        [
            new(OrganizationLevelIds.Central, 0, "Trung ương", "Centre", always),
            new(OrganizationLevelIds.Province, 1, "Cấp tỉnh", "Province", always),
            new(OrganizationLevelIds.District, 2, "Cấp huyện", "District", beforeReform),
            new(OrganizationLevelIds.Commune, 2, "Cấp xã", "Commune", fromReform),
            new(OrganizationLevelIds.ProvincialBloc, 2, "Khối trực thuộc tỉnh ủy, thành ủy", "Provincial bloc", always),
            new(OrganizationLevelIds.Grassroots, 3, "Cơ sở", "Grassroots", always),
            new(OrganizationLevelIds.SubGrassroots, 4, "Đảng bộ bộ phận", "Sub-grassroots", always),
            new(OrganizationLevelIds.Cell, 5, "Chi bộ trực thuộc", "Cell", always),
            new(OrganizationLevelIds.PartyGroup, 6, "Tổ đảng", "Party group", always),
        ];
        OrganizationKind[] kinds =
        [
            new(OrganizationKindIds.Central, "Trung ương Đảng", "Party Centre", OrganizationLevelIds.Central),
            new(OrganizationKindIds.ProvincialCommittee, "Đảng bộ tỉnh, thành phố trực thuộc Trung ương",
                "Provincial or municipal party organization", OrganizationLevelIds.Province),
            new(OrganizationKindIds.CentralBlocCommittee, "Đảng bộ khối trực thuộc Trung ương",
                "Central bloc party organization", OrganizationLevelIds.Province),
            new(OrganizationKindIds.DistrictCommittee, "Đảng bộ huyện, quận, thị xã, thành phố thuộc tỉnh",
                "District party organization", OrganizationLevelIds.District),
            new(OrganizationKindIds.CommuneCommittee, "Đảng bộ xã, phường, đặc khu",
                "Commune, ward or special-zone party organization", OrganizationLevelIds.Commune),
            new(OrganizationKindIds.BlocCommittee, "Đảng bộ khối trực thuộc tỉnh ủy, thành ủy",
                "Provincial bloc party organization", OrganizationLevelIds.ProvincialBloc),
            new(OrganizationKindIds.GrassrootsCommittee, "Đảng bộ cơ sở", "Grassroots party committee", OrganizationLevelIds.Grassroots),
            new(OrganizationKindIds.GrassrootsCell, "Chi bộ cơ sở", "Grassroots cell", OrganizationLevelIds.Grassroots),
            new(OrganizationKindIds.SubGrassrootsCommittee, "Đảng bộ bộ phận", "Sub-grassroots party committee",
                OrganizationLevelIds.SubGrassroots),
            new(OrganizationKindIds.Cell, "Chi bộ trực thuộc", "Subordinate cell", OrganizationLevelIds.Cell),
            new(OrganizationKindIds.PartyGroup, "Tổ đảng", "Party group", OrganizationLevelIds.PartyGroup),
        ];
        return new OrganizationCatalog(levels, kinds);
    }

    /// <summary>Gets the level with id <paramref name="id"/>.</summary>
    /// <param name="id">The level id.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The catalog has no such level.</exception>
    public OrganizationLevel GetLevel(string id)
    {
        Guard.Against.Null(id);
        return _levels.TryGetValue(id, out var level)
            ? level
            : throw new ArgumentException($"The catalog has no level '{id}'.", nameof(id));
    }

    /// <summary>Tries to get the level with id <paramref name="id"/>.</summary>
    /// <param name="id">The level id; <see langword="null"/> finds nothing.</param>
    /// <param name="level">The level, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetLevel(string? id, [NotNullWhen(true)] out OrganizationLevel? level)
    {
        level = null;
        return id is not null && _levels.TryGetValue(id, out level);
    }

    /// <summary>Gets the kind with id <paramref name="id"/>.</summary>
    /// <param name="id">The kind id.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The catalog has no such kind.</exception>
    public OrganizationKind GetKind(string id)
    {
        Guard.Against.Null(id);
        return _kinds.TryGetValue(id, out var kind)
            ? kind
            : throw new ArgumentException($"The catalog has no kind '{id}'.", nameof(id));
    }

    /// <summary>Tries to get the kind with id <paramref name="id"/>.</summary>
    /// <param name="id">The kind id; <see langword="null"/> finds nothing.</param>
    /// <param name="kind">The kind, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetKind(string? id, [NotNullWhen(true)] out OrganizationKind? kind)
    {
        kind = null;
        return id is not null && _kinds.TryGetValue(id, out kind);
    }

    /// <summary>Gets the level a kind sits at.</summary>
    /// <param name="kind">A kind of this catalog.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The kind names a level this catalog does not have.</exception>
    public OrganizationLevel GetLevelOf(OrganizationKind kind)
    {
        Guard.Against.Null(kind);
        return _levels.TryGetValue(kind.LevelId, out var level)
            ? level
            : throw new ArgumentException($"The catalog has no level '{kind.LevelId}' for kind '{kind.Id}'.", nameof(kind));
    }

    /// <summary>Gets the levels in force on <paramref name="date"/>, ordered by rank.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The levels whose validity contains the day (for the standard catalog on 01/07/2025: no district).</returns>
    public IReadOnlyList<OrganizationLevel> GetLevelsOn(LocalDate date) => [.. Levels.Where(l => l.IsInForceOn(date))];
}

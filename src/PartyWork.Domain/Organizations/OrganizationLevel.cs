using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Organizations;

/// <summary>
/// One tier of the party structure (Trung ương, cấp tỉnh, cấp huyện, cấp xã, cơ sở…), as catalog data rather than a
/// fixed enum: a tier has a rank (smaller = higher) and the days on which it exists (R-ORG-LEVELS-OLD, R294-LEVELS).
/// </summary>
/// <remarks>Levels compare by <see cref="Rank"/>, then <see cref="Validity"/>, then <see cref="Id"/> (ordinal).</remarks>
public sealed record OrganizationLevel : IComparable<OrganizationLevel>, IComparable
{
    /// <summary>Creates a level.</summary>
    /// <param name="id">The stable code, for example <see cref="OrganizationLevelIds.Province"/>.</param>
    /// <param name="rank">The depth of the tier: 0 is the top; a child organization must have a larger rank.</param>
    /// <param name="vietnameseName">The Vietnamese name (NFC, with diacritics).</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="validity">The days on which the tier exists.</param>
    /// <exception cref="ArgumentNullException">A text argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A text argument is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is negative.</exception>
    public OrganizationLevel(string id, int rank, string vietnameseName, string englishName, ValidityPeriod validity)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Rank = Guard.Against.OutOfRange(rank, nameof(rank), 0, int.MaxValue, $"The rank {rank} is negative.");
        VietnameseName = Guard.Against.NullOrWhiteSpace(vietnameseName);
        EnglishName = Guard.Against.NullOrWhiteSpace(englishName);
        Validity = validity;
    }

    /// <summary>Gets the stable code of the level.</summary>
    /// <value>For example <c>province</c>.</value>
    public string Id { get; }

    /// <summary>Gets the depth of the tier (0 = top).</summary>
    /// <value>A child organization's level must have a strictly larger rank than its parent's.</value>
    public int Rank { get; }

    /// <summary>Gets the Vietnamese name.</summary>
    /// <value>For example "Cấp tỉnh".</value>
    public string VietnameseName { get; }

    /// <summary>Gets the English name.</summary>
    /// <value>For example "Province".</value>
    public string EnglishName { get; }

    /// <summary>Gets the days on which the tier exists.</summary>
    /// <value>For example, the district tier ends on 30/06/2025 in the standard catalog (R-2TIER).</value>
    public ValidityPeriod Validity { get; }

    /// <summary>Tells whether the tier exists on <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <see cref="Validity"/> contains the day.</returns>
    public bool IsInForceOn(LocalDate date) => Validity.Contains(date);

    /// <summary>Compares by rank, then validity, then id.</summary>
    /// <param name="other">The other level; <see langword="null"/> sorts first.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(OrganizationLevel? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byRank = Rank.CompareTo(other.Rank);
        if (byRank != 0)
        {
            return byRank;
        }

        var byValidity = Validity.CompareTo(other.Validity);
        if (byValidity != 0)
        {
            return byValidity;
        }

        var byId = string.CompareOrdinal(Id, other.Id);
        if (byId != 0)
        {
            return byId;
        }

        var byVietnamese = string.CompareOrdinal(VietnameseName, other.VietnameseName);
        return byVietnamese != 0 ? byVietnamese : string.CompareOrdinal(EnglishName, other.EnglishName);
    }

    /// <inheritdoc cref="CompareTo(OrganizationLevel?)"/>
    /// <param name="obj">The object to compare.</param>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not an <see cref="OrganizationLevel"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        OrganizationLevel other => CompareTo(other),
        _ => throw new ArgumentException($"Expected an {nameof(OrganizationLevel)}, got {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Gets the level as "Cấp tỉnh / Province (province, rank 1, …)".</summary>
    /// <returns>The names, id, rank and validity.</returns>
    public override string ToString() => $"{VietnameseName} / {EnglishName} ({Id}, rank {Rank}, {Validity})";

    /// <summary>Tells whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The left level.</param>
    /// <param name="right">The right level.</param>
    /// <returns><see langword="true"/> when it sorts before.</returns>
    public static bool operator <(OrganizationLevel? left, OrganizationLevel? right) => Compare(left, right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The left level.</param>
    /// <param name="right">The right level.</param>
    /// <returns><see langword="true"/> when it sorts after.</returns>
    public static bool operator >(OrganizationLevel? left, OrganizationLevel? right) => Compare(left, right) > 0;

    /// <summary>Tells whether <paramref name="left"/> does not sort after <paramref name="right"/>.</summary>
    /// <param name="left">The left level.</param>
    /// <param name="right">The right level.</param>
    /// <returns><see langword="true"/> when it sorts before or equal.</returns>
    public static bool operator <=(OrganizationLevel? left, OrganizationLevel? right) => Compare(left, right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> does not sort before <paramref name="right"/>.</summary>
    /// <param name="left">The left level.</param>
    /// <param name="right">The right level.</param>
    /// <returns><see langword="true"/> when it sorts after or equal.</returns>
    public static bool operator >=(OrganizationLevel? left, OrganizationLevel? right) => Compare(left, right) >= 0;

    private static int Compare(OrganizationLevel? left, OrganizationLevel? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}

using Ardalis.GuardClauses;

namespace PartyWork.Domain.Organizations;

/// <summary>
/// A position in a party organization (Bí thư, Phó Bí thư Thường trực, Phó Bí thư, Ủy viên Ban Thường vụ, cấp ủy viên,
/// chi ủy viên, đảng viên) with its rank (R-POSITIONS [I]: 1 is the most senior) and how many may hold it at once.
/// </summary>
/// <remarks>Positions compare by <see cref="Rank"/>, then <see cref="Id"/> (ordinal), then the remaining fields.</remarks>
public sealed record Position : IComparable<Position>, IComparable
{
    /// <summary>Creates a position.</summary>
    /// <param name="id">The stable code, for example <see cref="PositionIds.Secretary"/>.</param>
    /// <param name="vietnameseName">The Vietnamese name (NFC, with diacritics).</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="rank">The seniority: 1 is the most senior; equal ranks are peers.</param>
    /// <param name="committeeId">The committee kind the position belongs to, or <see langword="null"/>.</param>
    /// <param name="maxHolders">How many people may hold the position in one organization at once, or <see langword="null"/> for no limit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or a name is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A text argument is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> or <paramref name="maxHolders"/> is zero or negative.</exception>
    public Position(string id, string vietnameseName, string englishName, int rank, string? committeeId = null, int? maxHolders = null)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        VietnameseName = Guard.Against.NullOrWhiteSpace(vietnameseName);
        EnglishName = Guard.Against.NullOrWhiteSpace(englishName);
        Rank = Guard.Against.OutOfRange(rank, nameof(rank), 1, int.MaxValue, $"The rank {rank} is not positive.");
        if (committeeId is not null)
        {
            Guard.Against.NullOrWhiteSpace(committeeId);
        }

        CommitteeId = committeeId;
        if (maxHolders is { } max)
        {
            Guard.Against.OutOfRange(max, nameof(maxHolders), 1, int.MaxValue, $"The holder limit {max} is not positive.");
        }

        MaxHolders = maxHolders;
    }

    /// <summary>Gets the stable code.</summary>
    /// <value>For example <c>Secretary</c>.</value>
    public string Id { get; }

    /// <summary>Gets the Vietnamese name.</summary>
    /// <value>For example "Bí thư".</value>
    public string VietnameseName { get; }

    /// <summary>Gets the English name.</summary>
    /// <value>For example "Secretary".</value>
    public string EnglishName { get; }

    /// <summary>Gets the seniority (1 = most senior).</summary>
    /// <value>A positive number.</value>
    public int Rank { get; }

    /// <summary>Gets the committee kind the position belongs to.</summary>
    /// <value>A <see cref="CommitteeKind.Id"/>, or <see langword="null"/>.</value>
    public string? CommitteeId { get; }

    /// <summary>Gets how many people may hold the position in one organization at once.</summary>
    /// <value>A positive limit, or <see langword="null"/> for no limit.</value>
    public int? MaxHolders { get; }

    /// <summary>Compares by rank, then id, then the other fields.</summary>
    /// <param name="other">The other position; <see langword="null"/> sorts first.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(Position? other)
    {
        if (other is null)
        {
            return 1;
        }

        int[] steps =
        [
            Rank.CompareTo(other.Rank),
            string.CompareOrdinal(Id, other.Id),
            string.CompareOrdinal(VietnameseName, other.VietnameseName),
            string.CompareOrdinal(EnglishName, other.EnglishName),
            string.CompareOrdinal(CommitteeId, other.CommitteeId),
            Nullable.Compare(MaxHolders, other.MaxHolders),
        ];
        return steps.FirstOrDefault(s => s != 0);
    }

    /// <inheritdoc cref="CompareTo(Position?)"/>
    /// <param name="obj">The object to compare.</param>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Position"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Position other => CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(Position)}, got {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Gets the position as "Bí thư / Secretary (Secretary)".</summary>
    /// <returns>The names and id.</returns>
    public override string ToString() => $"{VietnameseName} / {EnglishName} ({Id})";

    /// <summary>Tells whether <paramref name="left"/> sorts before (is more senior than) <paramref name="right"/>.</summary>
    /// <param name="left">The left position.</param>
    /// <param name="right">The right position.</param>
    /// <returns><see langword="true"/> when it sorts before.</returns>
    public static bool operator <(Position? left, Position? right) => Compare(left, right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The left position.</param>
    /// <param name="right">The right position.</param>
    /// <returns><see langword="true"/> when it sorts after.</returns>
    public static bool operator >(Position? left, Position? right) => Compare(left, right) > 0;

    /// <summary>Tells whether <paramref name="left"/> does not sort after <paramref name="right"/>.</summary>
    /// <param name="left">The left position.</param>
    /// <param name="right">The right position.</param>
    /// <returns><see langword="true"/> when it sorts before or equal.</returns>
    public static bool operator <=(Position? left, Position? right) => Compare(left, right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> does not sort before <paramref name="right"/>.</summary>
    /// <param name="left">The left position.</param>
    /// <param name="right">The right position.</param>
    /// <returns><see langword="true"/> when it sorts after or equal.</returns>
    public static bool operator >=(Position? left, Position? right) => Compare(left, right) >= 0;

    private static int Compare(Position? left, Position? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}

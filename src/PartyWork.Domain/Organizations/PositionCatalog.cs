using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Organizations;

/// <summary>
/// The committee kinds and positions, with the position that counts as head (người đứng đầu), as an immutable value a
/// caller can replace. <see cref="Standard"/> follows the rank order of R-POSITIONS [I] and makes the secretary the head.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class PositionCatalog
{
    private readonly Dictionary<string, CommitteeKind> _committees;
    private readonly Dictionary<string, Position> _positions;

    /// <summary>Creates a catalog.</summary>
    /// <param name="committees">The committee kinds; ids must be distinct.</param>
    /// <param name="positions">The positions; ids must be distinct and committee ids must name a committee kind.</param>
    /// <param name="headPositionId">The id of the position whose holder is the head of an organization.</param>
    /// <exception cref="ArgumentNullException">An argument or an element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id repeats, a committee id is unknown, or the head position is not among the positions.</exception>
    public PositionCatalog(IEnumerable<CommitteeKind> committees, IEnumerable<Position> positions, string headPositionId)
    {
        Guard.Against.Null(committees);
        Guard.Against.Null(positions);
        Guard.Against.Null(headPositionId);
        _committees = new Dictionary<string, CommitteeKind>(StringComparer.Ordinal);
        foreach (var committee in committees)
        {
            Guard.Against.Null(committee, nameof(committees));
            if (!_committees.TryAdd(committee.Id, committee))
            {
                throw new ArgumentException($"The committee id '{committee.Id}' appears more than once.", nameof(committees));
            }
        }

        _positions = new Dictionary<string, Position>(StringComparer.Ordinal);
        foreach (var position in positions)
        {
            Guard.Against.Null(position, nameof(positions));
            if (position.CommitteeId is { } committeeId && !_committees.ContainsKey(committeeId))
            {
                throw new ArgumentException($"The position '{position.Id}' names the unknown committee '{committeeId}'.", nameof(positions));
            }

            if (!_positions.TryAdd(position.Id, position))
            {
                throw new ArgumentException($"The position id '{position.Id}' appears more than once.", nameof(positions));
            }
        }

        Head = _positions.TryGetValue(headPositionId, out var head)
            ? head
            : throw new ArgumentException($"The head position '{headPositionId}' is not among the positions.", nameof(headPositionId));
        Committees = [.. _committees.Values.OrderBy(c => c.Id, StringComparer.Ordinal)];
        Positions = [.. _positions.Values.Order()];
    }

    /// <summary>
    /// Gets the standard catalog: Ban Chấp hành, Ban Thường vụ, Ủy ban Kiểm tra, chi ủy; Bí thư (1, one holder, the head)
    /// &gt; Phó Bí thư Thường trực (2, one holder) &gt; Phó Bí thư (3) &gt; Ủy viên Ban Thường vụ (4) &gt; cấp ủy viên
    /// and chi ủy viên (5) &gt; đảng viên (6) — the rank order of R-POSITIONS [I].
    /// </summary>
    /// <value>The standard catalog.</value>
    public static PositionCatalog Standard { get; } = new(
        [
            new(CommitteeKindIds.ExecutiveCommittee, "Ban Chấp hành", "Executive Committee"),
            new(CommitteeKindIds.StandingCommittee, "Ban Thường vụ", "Standing Committee"),
            new(CommitteeKindIds.InspectionCommittee, "Ủy ban Kiểm tra", "Inspection Committee"),
            new(CommitteeKindIds.CellCommittee, "Chi ủy", "Cell committee"),
        ],
        [
            new(PositionIds.Secretary, "Bí thư", "Secretary", 1, CommitteeKindIds.StandingCommittee, maxHolders: 1),
            new(PositionIds.StandingDeputySecretary, "Phó Bí thư Thường trực", "Standing Deputy Secretary", 2,
                CommitteeKindIds.StandingCommittee, maxHolders: 1),
            new(PositionIds.DeputySecretary, "Phó Bí thư", "Deputy Secretary", 3, CommitteeKindIds.StandingCommittee),
            new(PositionIds.StandingCommitteeMember, "Ủy viên Ban Thường vụ", "Standing Committee member", 4,
                CommitteeKindIds.StandingCommittee),
            new(PositionIds.CommitteeMember, "Cấp ủy viên", "Executive Committee member", 5, CommitteeKindIds.ExecutiveCommittee),
            new(PositionIds.CellCommitteeMember, "Chi ủy viên", "Cell committee member", 5, CommitteeKindIds.CellCommittee),
            new(PositionIds.PartyMember, "Đảng viên", "Party member", 6),
        ],
        PositionIds.Secretary);

    /// <summary>Gets the committee kinds, ordered by id.</summary>
    /// <value>Every committee kind.</value>
    public IReadOnlyList<CommitteeKind> Committees { get; }

    /// <summary>Gets the positions, most senior first.</summary>
    /// <value>Every position.</value>
    public IReadOnlyList<Position> Positions { get; }

    /// <summary>Gets the position whose holder is the head (người đứng đầu) of an organization.</summary>
    /// <value><see cref="PositionIds.Secretary"/> in the standard catalog.</value>
    public Position Head { get; }

    /// <summary>Gets a copy of this catalog with another head position.</summary>
    /// <param name="headPositionId">The id of the new head position.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="headPositionId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The position is not in the catalog.</exception>
    public PositionCatalog WithHead(string headPositionId) => new(Committees, Positions, headPositionId);

    /// <summary>Gets the position with id <paramref name="id"/>.</summary>
    /// <param name="id">The position id.</param>
    /// <returns>The position.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The catalog has no such position.</exception>
    public Position GetPosition(string id)
    {
        Guard.Against.Null(id);
        return _positions.TryGetValue(id, out var position)
            ? position
            : throw new ArgumentException($"The catalog has no position '{id}'.", nameof(id));
    }

    /// <summary>Tries to get the position with id <paramref name="id"/>.</summary>
    /// <param name="id">The id; <see langword="null"/> finds nothing.</param>
    /// <param name="position">The position, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetPosition(string? id, [NotNullWhen(true)] out Position? position)
    {
        position = null;
        return id is not null && _positions.TryGetValue(id, out position);
    }

    /// <summary>Gets the committee kind with id <paramref name="id"/>.</summary>
    /// <param name="id">The committee id.</param>
    /// <returns>The committee kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The catalog has no such committee kind.</exception>
    public CommitteeKind GetCommittee(string id)
    {
        Guard.Against.Null(id);
        return _committees.TryGetValue(id, out var committee)
            ? committee
            : throw new ArgumentException($"The catalog has no committee '{id}'.", nameof(id));
    }

    /// <summary>Tries to get the committee kind with id <paramref name="id"/>.</summary>
    /// <param name="id">The id; <see langword="null"/> finds nothing.</param>
    /// <param name="committee">The committee kind, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetCommittee(string? id, [NotNullWhen(true)] out CommitteeKind? committee)
    {
        committee = null;
        return id is not null && _committees.TryGetValue(id, out committee);
    }
}

using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Organizations;

/// <summary>
/// Party members' cell memberships over time (transfers): a member's cell on a day is one call; overlapping
/// memberships are reported as ORG-MEMBERSHIP-OVERLAP violations.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class MembershipHistory
{
    private static readonly IReadOnlyList<CellMembership> None = [];
    private readonly Dictionary<string, CellMembership[]> _byMember;
    private readonly Dictionary<string, CellMembership[]> _byCell;

    /// <summary>Creates a history from memberships.</summary>
    /// <param name="memberships">The memberships.</param>
    /// <exception cref="ArgumentNullException"><paramref name="memberships"/> or an element is <see langword="null"/>.</exception>
    public MembershipHistory(IEnumerable<CellMembership> memberships)
    {
        Guard.Against.Null(memberships);
        CellMembership[] all = [.. memberships];
        foreach (var membership in all)
        {
            Guard.Against.Null(membership, nameof(memberships));
        }

        Array.Sort(all, static (a, b) =>
        {
            var byPeriod = a.Period.CompareTo(b.Period);
            var byMember = byPeriod != 0 ? byPeriod : string.CompareOrdinal(a.MemberId, b.MemberId);
            return byMember != 0 ? byMember : string.CompareOrdinal(a.CellId, b.CellId);
        });
        Memberships = all;
        _byMember = all.GroupBy(m => m.MemberId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byCell = all.GroupBy(m => m.CellId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Gets every membership, ordered by period, member and cell.</summary>
    /// <value>The memberships.</value>
    public IReadOnlyList<CellMembership> Memberships { get; }

    /// <summary>Gets the cell <paramref name="memberId"/> belonged to on <paramref name="date"/>.</summary>
    /// <param name="memberId">The member's id.</param>
    /// <param name="date">The day.</param>
    /// <returns>The cell id, or <see langword="null"/> when the member was in no cell that day. When memberships overlap
    /// (an ORG-MEMBERSHIP-OVERLAP violation) the one that started last wins: the latest transfer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="memberId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public string? GetCellOn(string memberId, LocalDate date) =>
        TryGetMembershipOn(memberId, date, out var membership) ? membership.CellId : null;

    /// <summary>Tries to get the membership of <paramref name="memberId"/> on <paramref name="date"/>.</summary>
    /// <param name="memberId">The member's id.</param>
    /// <param name="date">The day.</param>
    /// <param name="membership">The membership (the latest started when several overlap), or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the member was in a cell that day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="memberId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool TryGetMembershipOn(string memberId, LocalDate date, [NotNullWhen(true)] out CellMembership? membership)
    {
        Guard.Against.Null(memberId);
        ValidityPeriod.CheckIso(date, nameof(date));
        membership = null;
        if (!_byMember.TryGetValue(memberId, out var list))
        {
            return false;
        }

        // The last membership starting on or before the day, then backwards in case of overlaps.
        var lo = 0;
        var hi = list.Length - 1;
        var last = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (list[mid].Period.Start <= date)
            {
                last = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        for (var i = last; i >= 0; i--)
        {
            if (list[i].Period.Contains(date))
            {
                membership = list[i];
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets every membership of <paramref name="memberId"/>, ordered by first day (the member's transfers).</summary>
    /// <param name="memberId">The member's id.</param>
    /// <returns>The memberships; empty for an unknown member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="memberId"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<CellMembership> GetMembershipsOf(string memberId)
    {
        Guard.Against.Null(memberId);
        return _byMember.TryGetValue(memberId, out var list) ? list : None;
    }

    /// <summary>Gets the members of <paramref name="cellId"/> on <paramref name="date"/>.</summary>
    /// <param name="cellId">The cell's organization id.</param>
    /// <param name="date">The day.</param>
    /// <returns>The member ids, distinct, in ordinal order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cellId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public IReadOnlyList<string> GetMembersOn(string cellId, LocalDate date)
    {
        Guard.Against.Null(cellId);
        ValidityPeriod.CheckIso(date, nameof(date));
        return _byCell.TryGetValue(cellId, out var list)
            ? [.. list.Where(m => m.Period.Contains(date)).Select(m => m.MemberId).Distinct().Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>Finds every pair of memberships of one member that share days (ORG-MEMBERSHIP-OVERLAP). Reports; does not throw.</summary>
    /// <returns>One violation per overlapping pair, ordered by member then first day.</returns>
    public IReadOnlyList<OrganizationViolation> FindOverlaps()
    {
        var violations = new List<OrganizationViolation>();
        foreach (var (memberId, list) in _byMember.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            for (var i = 0; i < list.Length; i++)
            {
                for (var j = i + 1; j < list.Length; j++)
                {
                    if (list[i].Period.End is { } end && list[j].Period.Start > end)
                    {
                        break; // sorted by first day: no later membership overlaps list[i]
                    }

                    if (list[i].Period.Intersect(list[j].Period) is { } common)
                    {
                        violations.Add(Overlap(memberId, list[i], list[j], common));
                    }
                }
            }
        }

        return violations;
    }

    private static OrganizationViolation Overlap(string memberId, CellMembership first, CellMembership second, ValidityPeriod common)
    {
        var until = common.End is { } end ? $"đến ngày {OrganizationTreeProblem.VietnameseDate(end)}" : "đến nay";
        var untilEn = common.End is { } last ? $"to {OrganizationTreeProblem.IsoDate(last)}" : "onwards";
        return new OrganizationViolation(
            OrganizationRuleIds.MembershipOverlap,
            null,
            [memberId, first.CellId, second.CellId],
            common,
            $"Đảng viên '{memberId}' sinh hoạt đồng thời ở chi bộ '{first.CellId}' và '{second.CellId}' từ ngày {OrganizationTreeProblem.VietnameseDate(common.Start)} {until}.",
            $"The party member '{memberId}' belongs to both cells '{first.CellId}' and '{second.CellId}' from {OrganizationTreeProblem.IsoDate(common.Start)} {untilEn}.");
    }
}

namespace PartyWork.Domain.Ratings;

/// <summary>The capacities a person's rating history is read in (§3 of REGULATIONS.md).</summary>
/// <remarks><c>default(HistoryRoles)</c> is <see cref="None"/>: no history rule applies.</remarks>
[Flags]
public enum HistoryRoles
{
    /// <summary>No capacity.</summary>
    None = 0,

    /// <summary>Đảng viên: a party member (R-MEMBER-2Y-K, R-XS-5Y).</summary>
    PartyMember = 1,

    /// <summary>Cán bộ: an elected or appointed cadre (R-CADRE-2Y-K).</summary>
    Cadre = 2,

    /// <summary>Công chức: a civil servant (R-CIVIL-2Y-K).</summary>
    CivilServant = 4,

    /// <summary>Holds a leading or managing post (R-CIVIL-2Y-K's leader case).</summary>
    Leader = 8,

    /// <summary>Every capacity.</summary>
    All = PartyMember | Cadre | CivilServant | Leader,
}

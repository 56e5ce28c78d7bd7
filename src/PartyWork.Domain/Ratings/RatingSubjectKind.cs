namespace PartyWork.Domain.Ratings;

/// <summary>Who is rated: the four kinds of subject the regulations treat differently.</summary>
/// <remarks><c>default(RatingSubjectKind)</c> (0) is not a kind and is rejected where a kind is required.</remarks>
public enum RatingSubjectKind
{
    /// <summary>Cá nhân: a party member or cadre without a leading post.</summary>
    Individual = 1,

    /// <summary>Người đứng đầu / cán bộ lãnh đạo, quản lý: a leader; the head of the unit given as the led unit.</summary>
    Leader = 2,

    /// <summary>Tập thể lãnh đạo, quản lý: a leadership collective (standing committee, party committee, board).</summary>
    LeadershipCollective = 3,

    /// <summary>Tổ chức đảng: a party organization (đảng bộ or chi bộ).</summary>
    PartyOrganization = 4,
}

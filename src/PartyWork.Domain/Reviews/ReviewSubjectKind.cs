namespace PartyWork.Domain.Reviews;

/// <summary>What kind of subject a review is about.</summary>
/// <remarks><c>default(ReviewSubjectKind)</c> (0) is not a kind; the library never returns it.</remarks>
public enum ReviewSubjectKind
{
    /// <summary>
    /// Tập thể lãnh đạo: the leadership body (standing committee, committee) of a party organization, rated as a
    /// leadership collective.
    /// </summary>
    Collective = 1,

    /// <summary>
    /// A government, professional or mass body attached to the organization (chính quyền, chuyên môn, đoàn thể),
    /// reviewed before the party organization under R124-ORDER; rated as a leadership collective.
    /// </summary>
    Body = 2,

    /// <summary>Cá nhân: a person reviewed in the organization (a member of its leadership body, a member).</summary>
    Member = 3,

    /// <summary>Người đứng đầu: the head of the organization, reviewed after the unit (R21-CAP-HEAD, R124-ORDER).</summary>
    Head = 4,
}

namespace PartyWork.Domain.Ratings;

/// <summary>A set of <see cref="RatingSubjectKind"/> values a policy rule applies to.</summary>
/// <remarks><c>default(RatingSubjects)</c> is <see cref="None"/>: the rule applies to no one.</remarks>
[Flags]
public enum RatingSubjects
{
    /// <summary>No subject.</summary>
    None = 0,

    /// <summary><see cref="RatingSubjectKind.Individual"/>.</summary>
    Individual = 1,

    /// <summary><see cref="RatingSubjectKind.Leader"/>.</summary>
    Leader = 2,

    /// <summary><see cref="RatingSubjectKind.LeadershipCollective"/>.</summary>
    LeadershipCollective = 4,

    /// <summary><see cref="RatingSubjectKind.PartyOrganization"/>.</summary>
    PartyOrganization = 8,

    /// <summary>Individuals and leaders.</summary>
    Persons = Individual | Leader,

    /// <summary>Leadership collectives and party organizations.</summary>
    Collectives = LeadershipCollective | PartyOrganization,

    /// <summary>Every kind of subject.</summary>
    All = Persons | Collectives,
}

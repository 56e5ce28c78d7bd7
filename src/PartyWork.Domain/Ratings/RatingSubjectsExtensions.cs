namespace PartyWork.Domain.Ratings;

/// <summary>Helpers for <see cref="RatingSubjects"/> and <see cref="RatingSubjectKind"/>.</summary>
public static class RatingSubjectsExtensions
{
    /// <summary>Whether the set includes a kind.</summary>
    /// <param name="subjects">The set.</param>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> when the kind is in the set; <see langword="false"/> for undefined kinds.</returns>
    public static bool Includes(this RatingSubjects subjects, RatingSubjectKind kind) =>
        kind is >= RatingSubjectKind.Individual and <= RatingSubjectKind.PartyOrganization
        && (subjects & (RatingSubjects)(1 << ((int)kind - 1))) != 0;
}

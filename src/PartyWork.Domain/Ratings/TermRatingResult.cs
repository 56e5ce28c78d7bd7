namespace PartyWork.Domain.Ratings;

/// <summary>The term rating of a leader from the yearly ratings (R89-TERM), or why none follows.</summary>
/// <param name="Level">The term level, or <see langword="null"/> when the yearly ratings meet no level's count.</param>
/// <param name="Yearly">The tally of the yearly ratings inside the term.</param>
/// <param name="MissingYears">Years of the term with no rating, ascending.</param>
/// <param name="Vietnamese">The explanation in Vietnamese.</param>
/// <param name="English">The explanation in English.</param>
/// <remarks>Immutable.</remarks>
public sealed record TermRatingResult(
    RatingLevel? Level,
    RatingTally Yearly,
    IReadOnlyList<int> MissingYears,
    string Vietnamese,
    string English);

namespace PartyWork.Domain.Ratings;

/// <summary>Why a subject cannot be rated above <see cref="Maximum"/>: the rule, messages and figures.</summary>
/// <param name="RuleId">The rule's id from REGULATIONS.md.</param>
/// <param name="Maximum">The highest level the rule allows.</param>
/// <param name="Vietnamese">The explanation in Vietnamese (NFC, with diacritics).</param>
/// <param name="English">The explanation in English.</param>
/// <param name="Figures">The figures involved.</param>
/// <remarks>Immutable.</remarks>
public sealed record RatingCap(
    string RuleId,
    RatingLevel Maximum,
    string Vietnamese,
    string English,
    IReadOnlyList<RatingFigure> Figures)
{
    /// <summary>Writes the rule id, the maximum and the English explanation.</summary>
    /// <returns>For example <c>"R366-BANDS (at most Good): Score 85 is below …"</c>.</returns>
    public override string ToString() => $"{RuleId} (at most {Maximum.ToEnglish()}): {English}";
}

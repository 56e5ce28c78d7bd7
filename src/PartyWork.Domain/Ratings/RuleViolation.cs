namespace PartyWork.Domain.Ratings;

/// <summary>A rule a proposal or a set of ratings breaks: the rule id, messages in Vietnamese and English, and the figures.</summary>
/// <param name="RuleId">The rule's id from REGULATIONS.md, for example <c>"R124-QUOTA"</c>.</param>
/// <param name="Vietnamese">The message in Vietnamese (NFC, with diacritics).</param>
/// <param name="English">The message in English.</param>
/// <param name="Figures">The figures involved.</param>
/// <remarks>Immutable. Equality compares the figure lists by reference, as records do.</remarks>
public sealed record RuleViolation(string RuleId, string Vietnamese, string English, IReadOnlyList<RatingFigure> Figures)
{
    /// <summary>Writes the rule id and the English message.</summary>
    /// <returns>For example <c>"R366-BANDS: Score 85 is below …"</c>.</returns>
    public override string ToString() => $"{RuleId}: {English}";
}

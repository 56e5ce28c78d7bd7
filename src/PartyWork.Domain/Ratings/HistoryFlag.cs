namespace PartyWork.Domain.Ratings;

/// <summary>A consequence a rating history triggers: the rule, what it means in Vietnamese and English, and the years involved.</summary>
/// <param name="RuleId">The rule's id, for example <c>"R-MEMBER-2Y-K"</c>.</param>
/// <param name="Vietnamese">What follows, in Vietnamese (NFC, with diacritics).</param>
/// <param name="English">What follows, in English.</param>
/// <param name="Years">The review years the rule counted, ascending.</param>
/// <remarks>Immutable.</remarks>
public sealed record HistoryFlag(string RuleId, string Vietnamese, string English, IReadOnlyList<int> Years)
{
    /// <summary>Writes the rule id and the English text.</summary>
    /// <returns>For example <c>"R-XS-5Y: …"</c>.</returns>
    public override string ToString() => $"{RuleId}: {English}";
}

namespace PartyWork.Domain.Reviews;

/// <summary>
/// A broken order rule in an ordering plan: the rule id, the subject concerned, the other subject of the pair, and
/// messages in Vietnamese and English. Plan checks return these; they do not throw.
/// </summary>
/// <param name="RuleId">The rule id: <see cref="ReviewRuleIds.Order"/>, <see cref="ReviewRuleIds.CollectiveFirst"/>, <see cref="ReviewRuleIds.HeadAfterUnit"/>, <see cref="ReviewRuleIds.PlanDuplicate"/> or <see cref="ReviewRuleIds.PlanScope"/>.</param>
/// <param name="Subject">For order rules the subject that must come first but was placed later; otherwise the duplicated or out-of-scope subject.</param>
/// <param name="Other">For order rules the subject that must come after <paramref name="Subject"/>; otherwise <see langword="null"/>.</param>
/// <param name="Position">The 0-based position of <paramref name="Subject"/> in the plan.</param>
/// <param name="Vietnamese">The message in Vietnamese (NFC, with diacritics).</param>
/// <param name="English">The message in English.</param>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record OrderViolation(
    string RuleId,
    ReviewSubject Subject,
    ReviewSubject? Other,
    int Position,
    string Vietnamese,
    string English)
{
    /// <summary>Writes the rule id and the English message.</summary>
    /// <returns>For example <c>"R21-METHOD: collective D1 must come before member a@D1 …"</c>.</returns>
    public override string ToString() => $"{RuleId}: {English}";
}

using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Reviews;

/// <summary>Why a move cannot be applied to a review: the rule id, what is missing in Vietnamese and English, and the Ratings violations when a level breaks a rating rule.</summary>
/// <param name="RuleId">The rule id (see <see cref="ReviewRuleIds"/>).</param>
/// <param name="Vietnamese">What is wrong or missing, in Vietnamese (NFC, with diacritics).</param>
/// <param name="English">What is wrong or missing, in English.</param>
/// <param name="Violations">For <see cref="ReviewRuleIds.Rating"/>, the rating rules the level breaks (each with its own rule id); otherwise empty.</param>
/// <remarks>Immutable. Equality compares the violation list by reference, as records do.</remarks>
public sealed record ReviewRefusal(string RuleId, string Vietnamese, string English, IReadOnlyList<RuleViolation> Violations)
{
    /// <summary>Writes the rule id and the English message.</summary>
    /// <returns>For example <c>"R124-STEPS: Cannot decide …"</c>.</returns>
    public override string ToString() => $"{RuleId}: {English}";
}

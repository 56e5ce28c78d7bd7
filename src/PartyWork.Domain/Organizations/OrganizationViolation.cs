namespace PartyWork.Domain.Organizations;

/// <summary>
/// A broken rule found in tenure or membership data (two secretaries at once, a member in two cells at once). Rule
/// checks return these; they do not throw.
/// </summary>
/// <remarks>Violations compare by value, the subject ids element by element.</remarks>
public sealed record OrganizationViolation
{
    internal OrganizationViolation(
        string ruleId, string? organizationId, IReadOnlyList<string> subjectIds, ValidityPeriod period,
        string vietnameseMessage, string englishMessage)
    {
        RuleId = ruleId;
        OrganizationId = organizationId;
        SubjectIds = subjectIds;
        Period = period;
        VietnameseMessage = vietnameseMessage;
        EnglishMessage = englishMessage;
    }

    /// <summary>Gets the rule id.</summary>
    /// <value>One of <see cref="OrganizationRuleIds.SingleHead"/>, <see cref="OrganizationRuleIds.PositionCapacity"/>, <see cref="OrganizationRuleIds.MembershipOverlap"/>.</value>
    public string RuleId { get; }

    /// <summary>Gets the organization concerned.</summary>
    /// <value>The organization id, or <see langword="null"/> when the violation is about a person across organizations.</value>
    public string? OrganizationId { get; }

    /// <summary>Gets the people or cells involved.</summary>
    /// <value>For position conflicts the holders (ordinal order); for membership overlaps the member then the two cells.</value>
    public IReadOnlyList<string> SubjectIds { get; }

    /// <summary>Gets the days on which the rule is broken.</summary>
    /// <value>A maximal run of days; open-ended when the conflict has no end.</value>
    public ValidityPeriod Period { get; }

    /// <summary>Gets the message in Vietnamese (NFC, with diacritics).</summary>
    /// <value>A sentence naming the subjects and days.</value>
    public string VietnameseMessage { get; }

    /// <summary>Gets the message in English.</summary>
    /// <value>A sentence naming the subjects and days.</value>
    public string EnglishMessage { get; }

    /// <summary>Tells whether <paramref name="other"/> reports the same violation.</summary>
    /// <param name="other">The other violation.</param>
    /// <returns><see langword="true"/> when every field agrees.</returns>
    public bool Equals(OrganizationViolation? other) =>
        other is not null && RuleId == other.RuleId && OrganizationId == other.OrganizationId
        && SubjectIds.SequenceEqual(other.SubjectIds) && Period == other.Period
        && VietnameseMessage == other.VietnameseMessage && EnglishMessage == other.EnglishMessage;

    /// <summary>Gets a hash code consistent with <see cref="Equals(OrganizationViolation?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(RuleId, StringComparer.Ordinal);
        hash.Add(OrganizationId, StringComparer.Ordinal);
        hash.Add(Period);
        foreach (var id in SubjectIds)
        {
            hash.Add(id, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Gets the violation as "ORG-SINGLE-HEAD: English message".</summary>
    /// <returns>The rule id and the English message.</returns>
    public override string ToString() => $"{RuleId}: {EnglishMessage}";
}

using Ardalis.GuardClauses;

namespace PartyWork.Domain.Organizations;

/// <summary>A kind of leading body of a party organization (Ban Chấp hành, Ban Thường vụ, Ủy ban Kiểm tra, chi ủy).</summary>
public sealed record CommitteeKind
{
    /// <summary>Creates a committee kind.</summary>
    /// <param name="id">The stable code, for example <see cref="CommitteeKindIds.StandingCommittee"/>.</param>
    /// <param name="vietnameseName">The Vietnamese name (NFC, with diacritics).</param>
    /// <param name="englishName">The English name.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An argument is empty or white space.</exception>
    public CommitteeKind(string id, string vietnameseName, string englishName)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        VietnameseName = Guard.Against.NullOrWhiteSpace(vietnameseName);
        EnglishName = Guard.Against.NullOrWhiteSpace(englishName);
    }

    /// <summary>Gets the stable code.</summary>
    /// <value>For example <c>StandingCommittee</c>.</value>
    public string Id { get; }

    /// <summary>Gets the Vietnamese name.</summary>
    /// <value>For example "Ban Thường vụ".</value>
    public string VietnameseName { get; }

    /// <summary>Gets the English name.</summary>
    /// <value>For example "Standing Committee".</value>
    public string EnglishName { get; }

    /// <summary>Gets the committee kind as "Ban Thường vụ / Standing Committee (StandingCommittee)".</summary>
    /// <returns>The names and id.</returns>
    public override string ToString() => $"{VietnameseName} / {EnglishName} ({Id})";
}

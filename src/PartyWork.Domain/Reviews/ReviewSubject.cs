using Ardalis.GuardClauses;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Reviews;

/// <summary>
/// Who a review is about: the leadership collective of an organization, a government or mass body attached to it, a
/// member reviewed in it, or its head. Build with <see cref="Collective"/>, <see cref="Body"/>, <see cref="Member"/> or
/// <see cref="Head"/>.
/// </summary>
/// <remarks>
/// <para>
/// Subjects compare by value (ids ordinally) and order by organization id, then kind (body, collective, member,
/// head), then party id: the deterministic tie-break of ordering plans.
/// </para>
/// <para><c>default(ReviewSubject)</c> has no organization; every member of the library that takes a subject rejects it.</para>
/// </remarks>
public readonly struct ReviewSubject : IEquatable<ReviewSubject>, IComparable<ReviewSubject>, IComparable
{
    private ReviewSubject(ReviewSubjectKind kind, string organizationId, string? partyId)
    {
        Kind = kind;
        OrganizationId = organizationId;
        PartyId = partyId;
    }

    /// <summary>Gets the kind of subject.</summary>
    /// <value>A defined kind, or 0 for <c>default(ReviewSubject)</c>.</value>
    public ReviewSubjectKind Kind { get; }

    /// <summary>Gets the id of the organization (tree node) the subject is reviewed in.</summary>
    /// <value>An organization id of the cycle's tree; <see langword="null"/> only for <c>default(ReviewSubject)</c>.</value>
    public string OrganizationId { get; }

    /// <summary>Gets the person's id (member, head) or the body's id; <see langword="null"/> for a collective.</summary>
    /// <value>An id or <see langword="null"/>.</value>
    public string? PartyId { get; }

    /// <summary>Gets whether this is <c>default(ReviewSubject)</c>, which is no subject.</summary>
    /// <value><see langword="true"/> for the default value.</value>
    public bool IsDefault => OrganizationId is null;

    /// <summary>Gets whether the subject is a collective (leadership collective or attached body).</summary>
    /// <value><see langword="true"/> for <see cref="ReviewSubjectKind.Collective"/> and <see cref="ReviewSubjectKind.Body"/>.</value>
    public bool IsCollective => Kind is ReviewSubjectKind.Collective or ReviewSubjectKind.Body;

    /// <summary>Gets the kind of rating subject the Ratings rules apply to.</summary>
    /// <value>Leadership collective for collectives and bodies, leader for heads, individual for members.</value>
    /// <exception cref="InvalidOperationException">The subject is <c>default(ReviewSubject)</c>.</exception>
    public RatingSubjectKind RatingKind => Kind switch
    {
        ReviewSubjectKind.Collective or ReviewSubjectKind.Body => RatingSubjectKind.LeadershipCollective,
        ReviewSubjectKind.Member => RatingSubjectKind.Individual,
        ReviewSubjectKind.Head => RatingSubjectKind.Leader,
        _ => throw new InvalidOperationException("default(ReviewSubject) is not a subject."),
    };

    /// <summary>The leadership collective (standing committee, committee) of an organization.</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organizationId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="organizationId"/> is empty or white space.</exception>
    public static ReviewSubject Collective(string organizationId) =>
        new(ReviewSubjectKind.Collective, Guard.Against.NullOrWhiteSpace(organizationId), null);

    /// <summary>A government, professional or mass body attached to an organization (R124-ORDER).</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="bodyId">The body's id, for example <c>"UBND"</c>.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentNullException">An id is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id is empty or white space.</exception>
    public static ReviewSubject Body(string organizationId, string bodyId) =>
        new(ReviewSubjectKind.Body, Guard.Against.NullOrWhiteSpace(organizationId), Guard.Against.NullOrWhiteSpace(bodyId));

    /// <summary>A person reviewed in an organization (a member of its leadership body, or a member).</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="personId">The person's id.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentNullException">An id is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id is empty or white space.</exception>
    public static ReviewSubject Member(string organizationId, string personId) =>
        new(ReviewSubjectKind.Member, Guard.Against.NullOrWhiteSpace(organizationId), Guard.Against.NullOrWhiteSpace(personId));

    /// <summary>The head (người đứng đầu) of an organization, reviewed in it after the unit (R21-CAP-HEAD).</summary>
    /// <param name="organizationId">The organization the person heads.</param>
    /// <param name="personId">The person's id.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentNullException">An id is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id is empty or white space.</exception>
    public static ReviewSubject Head(string organizationId, string personId) =>
        new(ReviewSubjectKind.Head, Guard.Against.NullOrWhiteSpace(organizationId), Guard.Against.NullOrWhiteSpace(personId));

    /// <summary>Tells whether two subjects are the same.</summary>
    /// <param name="left">The first subject.</param>
    /// <param name="right">The second subject.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ReviewSubject left, ReviewSubject right) => left.Equals(right);

    /// <summary>Tells whether two subjects differ.</summary>
    /// <param name="left">The first subject.</param>
    /// <param name="right">The second subject.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(ReviewSubject left, ReviewSubject right) => !left.Equals(right);

    /// <summary>Tells whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first subject.</param>
    /// <param name="right">The second subject.</param>
    /// <returns><see langword="true"/> when it sorts before.</returns>
    public static bool operator <(ReviewSubject left, ReviewSubject right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first subject.</param>
    /// <param name="right">The second subject.</param>
    /// <returns><see langword="true"/> when it sorts before or is equal.</returns>
    public static bool operator <=(ReviewSubject left, ReviewSubject right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first subject.</param>
    /// <param name="right">The second subject.</param>
    /// <returns><see langword="true"/> when it sorts after.</returns>
    public static bool operator >(ReviewSubject left, ReviewSubject right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first subject.</param>
    /// <param name="right">The second subject.</param>
    /// <returns><see langword="true"/> when it sorts after or is equal.</returns>
    public static bool operator >=(ReviewSubject left, ReviewSubject right) => left.CompareTo(right) >= 0;

    /// <summary>Tells whether <paramref name="other"/> is the same subject.</summary>
    /// <param name="other">The other subject.</param>
    /// <returns><see langword="true"/> when kind and ids agree (ordinal).</returns>
    public bool Equals(ReviewSubject other) =>
        Kind == other.Kind
        && string.Equals(OrganizationId, other.OrganizationId, StringComparison.Ordinal)
        && string.Equals(PartyId, other.PartyId, StringComparison.Ordinal);

    /// <summary>Tells whether <paramref name="obj"/> is the same subject.</summary>
    /// <param name="obj">The other object.</param>
    /// <returns><see langword="true"/> when it is an equal <see cref="ReviewSubject"/>.</returns>
    public override bool Equals(object? obj) => obj is ReviewSubject other && Equals(other);

    /// <summary>Gets a hash code consistent with <see cref="Equals(ReviewSubject)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(
        Kind,
        OrganizationId is null ? 0 : StringComparer.Ordinal.GetHashCode(OrganizationId),
        PartyId is null ? 0 : StringComparer.Ordinal.GetHashCode(PartyId));

    /// <summary>Compares by organization id (ordinal), then kind (body, collective, member, head), then party id.</summary>
    /// <param name="other">The other subject.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(ReviewSubject other)
    {
        var byOrganization = string.CompareOrdinal(OrganizationId, other.OrganizationId);
        if (byOrganization != 0)
        {
            return byOrganization;
        }

        var byKind = KindRank(Kind).CompareTo(KindRank(other.Kind));
        return byKind != 0 ? byKind : string.CompareOrdinal(PartyId, other.PartyId);
    }

    /// <inheritdoc cref="CompareTo(ReviewSubject)"/>
    /// <param name="obj">A <see cref="ReviewSubject"/> or <see langword="null"/> (which sorts first).</param>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="ReviewSubject"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ReviewSubject other => CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(ReviewSubject)}, got {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Writes the subject: <c>"collective D1"</c>, <c>"body UBND@D1"</c>, <c>"member nva@D1"</c>, <c>"head nva@D1"</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        ReviewSubjectKind.Collective => $"collective {OrganizationId}",
        ReviewSubjectKind.Body => $"body {PartyId}@{OrganizationId}",
        ReviewSubjectKind.Member => $"member {PartyId}@{OrganizationId}",
        ReviewSubjectKind.Head => $"head {PartyId}@{OrganizationId}",
        _ => "(no subject)",
    };

    /// <summary>The rank of a kind inside one organization in the order rules: bodies, collective, members, head.</summary>
    internal static int KindRank(ReviewSubjectKind kind) => kind switch
    {
        ReviewSubjectKind.Body => 1,
        ReviewSubjectKind.Collective => 2,
        ReviewSubjectKind.Member => 3,
        ReviewSubjectKind.Head => 4,
        _ => 0,
    };
}

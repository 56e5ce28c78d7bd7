using System.ComponentModel;
using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Reviews;

/// <summary>A remediation item's status changed (while the review is in <see cref="ReviewStage.Remediation"/>).</summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record RemediationStatusChanged : ReviewEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="at">The instant of the move.</param>
    /// <param name="itemId">The id of the remediation item.</param>
    /// <param name="status">The new status.</param>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is <c>default(ReviewSubject)</c>, or <paramref name="itemId"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="itemId"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="status"/> is not a defined status.</exception>
    public RemediationStatusChanged(ReviewSubject subject, Instant at, string itemId, RemediationStatus status)
        : base(subject, at)
    {
        ItemId = Required(itemId, nameof(itemId));
        Status = Guard.Against.EnumOutOfRange(status);
    }

    /// <summary>Gets the id of the remediation item.</summary>
    /// <value>Not empty.</value>
    public string ItemId { get; }

    /// <summary>Gets the new status.</summary>
    /// <value>A defined status.</value>
    public RemediationStatus Status { get; }
}

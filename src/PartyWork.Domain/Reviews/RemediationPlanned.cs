using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Reviews;

/// <summary>A remediation item was added to the subject's plan: moves an announced review to <see cref="ReviewStage.Remediation"/>.</summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record RemediationPlanned : ReviewEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="at">The instant of the move.</param>
    /// <param name="item">The remediation item.</param>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is <c>default(ReviewSubject)</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is <see langword="null"/>.</exception>
    public RemediationPlanned(ReviewSubject subject, Instant at, RemediationItem item)
        : base(subject, at) => Item = Guard.Against.Null(item);

    /// <summary>Gets the remediation item.</summary>
    /// <value>The item.</value>
    public RemediationItem Item { get; }
}

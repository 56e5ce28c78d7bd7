using NodaTime;

namespace PartyWork.Domain.Reviews;

/// <summary>The review was closed: from <see cref="ReviewStage.Announced"/>, or from <see cref="ReviewStage.Remediation"/> once every remediation item is done.</summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record ReviewClosed : ReviewEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="at">The instant of the move.</param>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is <c>default(ReviewSubject)</c>.</exception>
    public ReviewClosed(ReviewSubject subject, Instant at)
        : base(subject, at)
    {
    }
}

using NodaTime;

namespace PartyWork.Domain.Reviews;

/// <summary>The decided result was announced: moves a review from <see cref="ReviewStage.Decision"/> to <see cref="ReviewStage.Announced"/>.</summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record ResultAnnounced : ReviewEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="at">The instant of the move.</param>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is <c>default(ReviewSubject)</c>.</exception>
    public ResultAnnounced(ReviewSubject subject, Instant at)
        : base(subject, at)
    {
    }
}

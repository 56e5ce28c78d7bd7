using NodaTime;

namespace PartyWork.Domain.Reviews;

/// <summary>The review conference was held: moves a review from <see cref="ReviewStage.SelfAssessment"/> to <see cref="ReviewStage.Conference"/>.</summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record ConferenceHeld : ReviewEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="at">The instant of the move.</param>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is <c>default(ReviewSubject)</c>.</exception>
    public ConferenceHeld(ReviewSubject subject, Instant at)
        : base(subject, at)
    {
    }
}

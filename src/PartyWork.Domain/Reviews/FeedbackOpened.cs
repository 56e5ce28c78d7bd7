using NodaTime;

namespace PartyWork.Domain.Reviews;

/// <summary>Feedback collection opened: moves a planned review to <see cref="ReviewStage.CollectingFeedback"/>.</summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record FeedbackOpened : ReviewEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="at">The instant of the move.</param>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is <c>default(ReviewSubject)</c>.</exception>
    public FeedbackOpened(ReviewSubject subject, Instant at)
        : base(subject, at)
    {
    }
}

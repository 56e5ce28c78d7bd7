using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Reviews;

/// <summary>A written feedback item about the subject was received (while the review is collecting feedback).</summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record FeedbackReceived : ReviewEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="at">The instant of the move.</param>
    /// <param name="item">The feedback item.</param>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is <c>default(ReviewSubject)</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is <see langword="null"/>.</exception>
    public FeedbackReceived(ReviewSubject subject, Instant at, FeedbackItem item)
        : base(subject, at) => Item = Guard.Against.Null(item);

    /// <summary>Gets the feedback item.</summary>
    /// <value>The item.</value>
    public FeedbackItem Item { get; }
}

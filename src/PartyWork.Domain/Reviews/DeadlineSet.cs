using System.ComponentModel;
using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Reviews;

/// <summary>
/// A stage's deadline was set (from the cycle's schedule when the review is planned, or by the caller later): the day
/// by which the review must have reached the stage. Allowed in any stage but <see cref="ReviewStage.Closed"/>.
/// </summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record DeadlineSet : ReviewEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="at">The instant of the move.</param>
    /// <param name="stage">The stage, from <see cref="ReviewStage.CollectingFeedback"/> to <see cref="ReviewStage.Closed"/>.</param>
    /// <param name="due">The day by which the stage must be reached.</param>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is <c>default(ReviewSubject)</c>.</exception>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="stage"/> is not a defined stage.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is <see cref="ReviewStage.Planned"/>.</exception>
    public DeadlineSet(ReviewSubject subject, Instant at, ReviewStage stage, LocalDate due)
        : base(subject, at)
    {
        Stage = Guard.Against.StageWithoutDeadline(stage, nameof(stage));
        Due = due;
    }

    /// <summary>Gets the stage.</summary>
    /// <value>A stage after <see cref="ReviewStage.Planned"/>.</value>
    public ReviewStage Stage { get; }

    /// <summary>Gets the day by which the stage must be reached.</summary>
    /// <value>The day.</value>
    public LocalDate Due { get; }
}

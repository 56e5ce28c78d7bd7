using System.ComponentModel;
using Ardalis.GuardClauses;
using NodaTime;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Reviews;

/// <summary>The subject submitted its self-assessment with a self-rating (step 1 of R124-STEPS): moves the review to <see cref="ReviewStage.SelfAssessment"/>.</summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record SelfAssessmentSubmitted : ReviewEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="at">The instant of the move.</param>
    /// <param name="selfRating">The level the subject rates itself.</param>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is <c>default(ReviewSubject)</c>.</exception>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="selfRating"/> is not a defined level.</exception>
    public SelfAssessmentSubmitted(ReviewSubject subject, Instant at, RatingLevel selfRating)
        : base(subject, at) => SelfRating = Guard.Against.EnumOutOfRange(selfRating);

    /// <summary>Gets the self-rating.</summary>
    /// <value>A defined level.</value>
    public RatingLevel SelfRating { get; }
}

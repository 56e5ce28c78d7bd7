using System.ComponentModel;
using Ardalis.GuardClauses;
using NodaTime;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Reviews;

/// <summary>The advisory body verified the review and proposed a level (step 2 of R124-STEPS): moves the review from <see cref="ReviewStage.Conference"/> (or an earlier proposal) to <see cref="ReviewStage.VerificationAndProposal"/>. The level is checked against the rating rules.</summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record RatingProposed : ReviewEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="at">The instant of the move.</param>
    /// <param name="level">The level.</param>
    /// <param name="facts">
    /// What is known about the subject (targets, discipline, the rating of the unit a head leads…); <see langword="null"/>
    /// for no facts. Its <see cref="RatingFacts.Proposed"/> is set to <paramref name="level"/>.
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is <c>default(ReviewSubject)</c>.</exception>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="level"/> is not a defined level.</exception>
    public RatingProposed(ReviewSubject subject, Instant at, RatingLevel level, RatingFacts? facts = null)
        : base(subject, at)
    {
        Level = Guard.Against.EnumOutOfRange(level);
        Facts = (facts ?? new RatingFacts(subject.RatingKind)) with { Proposed = level };
    }

    /// <summary>Gets the level.</summary>
    /// <value>A defined level.</value>
    public RatingLevel Level { get; }

    /// <summary>Gets the facts the level is checked against, with <see cref="RatingFacts.Proposed"/> = <see cref="Level"/>.</summary>
    /// <value>The facts.</value>
    public RatingFacts Facts { get; }
}

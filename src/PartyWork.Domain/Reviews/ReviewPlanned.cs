using Ardalis.GuardClauses;
using NodaTime;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Reviews;

/// <summary>The first event of every review: the subject is planned for review in a cycle under a rating policy.</summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record ReviewPlanned : ReviewEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="at">The instant of the move.</param>
    /// <param name="cycleId">The id of the cycle.</param>
    /// <param name="policy">The rating policy in force for the cycle's period; proposals and decisions are checked against it.</param>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is <c>default(ReviewSubject)</c>, or <paramref name="cycleId"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="cycleId"/> or <paramref name="policy"/> is <see langword="null"/>.</exception>
    public ReviewPlanned(ReviewSubject subject, Instant at, string cycleId, RatingPolicy policy)
        : base(subject, at)
    {
        CycleId = Required(cycleId, nameof(cycleId));
        Policy = Guard.Against.Null(policy);
    }

    /// <summary>Gets the id of the cycle.</summary>
    /// <value>Not empty.</value>
    public string CycleId { get; }

    /// <summary>Gets the rating policy in force.</summary>
    /// <value>The policy.</value>
    public RatingPolicy Policy { get; }
}

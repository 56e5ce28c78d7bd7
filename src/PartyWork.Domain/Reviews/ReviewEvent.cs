using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Reviews;

/// <summary>
/// One move of a review, as an immutable record: the subject and the instant it was made (from the injected
/// <see cref="IClock"/> of a <see cref="ReviewRecorder"/>). An app stores the events and rebuilds the review with
/// <see cref="Review.Replay(IEnumerable{ReviewEvent})"/>.
/// </summary>
/// <remarks>Events compare by value (records): the same kind of move with the same fields.</remarks>
public abstract record ReviewEvent
{
    /// <summary>Initializes the fields every event has.</summary>
    /// <param name="subject">The subject the move concerns.</param>
    /// <param name="at">The instant of the move.</param>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is <c>default(ReviewSubject)</c>.</exception>
    protected ReviewEvent(ReviewSubject subject, Instant at)
    {
        if (subject.IsDefault)
        {
            throw new ArgumentException("default(ReviewSubject) is not a subject.", nameof(subject));
        }

        Subject = subject;
        At = at;
    }

    /// <summary>Gets the subject the move concerns.</summary>
    /// <value>Not the default value.</value>
    public ReviewSubject Subject { get; }

    /// <summary>Gets the instant of the move.</summary>
    /// <value>The instant.</value>
    public Instant At { get; }

    /// <summary>Checks that a text argument has content; shared by the derived events.</summary>
    /// <param name="text">The text.</param>
    /// <param name="parameterName">The parameter's name.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or white space.</exception>
    private protected static string Required(string text, string parameterName) =>
        Guard.Against.NullOrWhiteSpace(text, parameterName);
}

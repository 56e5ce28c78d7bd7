namespace PartyWork.Domain.Reviews;

/// <summary>
/// Thrown by <see cref="Review.Apply(ReviewEvent)"/> (and so by <see cref="ReviewRecorder"/> and
/// <see cref="Review.Replay(IEnumerable{ReviewEvent})"/>) when a move is not allowed; <see cref="Refusal"/> says why.
/// </summary>
public sealed class ReviewTransitionException : InvalidOperationException
{
    /// <summary>Creates an exception without a refusal.</summary>
    public ReviewTransitionException()
        : this("The review move is not allowed.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ReviewTransitionException(string message)
        : base(message) => Refusal = new ReviewRefusal(ReviewRuleIds.Steps, message, message, []);

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ReviewTransitionException(string message, Exception innerException)
        : base(message, innerException) => Refusal = new ReviewRefusal(ReviewRuleIds.Steps, message, message, []);

    /// <summary>Creates an exception from a refusal; the message is the English then the Vietnamese text.</summary>
    /// <param name="refusal">Why the move is refused.</param>
    /// <exception cref="ArgumentNullException"><paramref name="refusal"/> is <see langword="null"/>.</exception>
    public ReviewTransitionException(ReviewRefusal refusal)
        : base(MessageOf(refusal)) => Refusal = refusal;

    /// <summary>Gets why the move was refused.</summary>
    /// <value>The refusal, with its rule id.</value>
    public ReviewRefusal Refusal { get; }

    private static string MessageOf(ReviewRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return $"{refusal.RuleId}: {refusal.English} / {refusal.Vietnamese}";
    }
}

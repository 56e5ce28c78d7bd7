using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Reviews;

/// <summary>
/// The state of one subject's review, rebuilt from its events: the stage, the levels given so far, the feedback,
/// the deadlines and the remediation plan. Moves are applied with <see cref="Apply(ReviewEvent)"/> (throws when not
/// allowed) or <see cref="TryApply"/> (says why); each returns a new review.
/// </summary>
/// <remarks>
/// <para>
/// The machine allows: Planned → CollectingFeedback (feedback may be received there) → SelfAssessment → Conference →
/// VerificationAndProposal (a proposal may be revised) → Decision → Announced → Remediation (items added, statuses
/// changed) → Closed; Announced → Closed directly when nothing needs remediation. Deadlines may be set in any stage
/// before Closed. Proposed and decided levels are checked against the cycle's rating policy (for example a head
/// above the unit it leads, R21-CAP-HEAD), events must not go back in time, and a review closes only when every
/// remediation item is done.
/// </para>
/// <para>Immutable and safe to share between threads. Two reviews are equal when their state and events are equal.</para>
/// </remarks>
public sealed partial class Review : IEquatable<Review>
{
    private ImmutableArray<ReviewEvent> events;
    private ImmutableArray<FeedbackItem> feedback;
    private ImmutableArray<RemediationItem> remediation;
    private ImmutableSortedDictionary<ReviewStage, LocalDate> deadlines;

    private Review(ReviewPlanned planned)
    {
        Subject = planned.Subject;
        CycleId = planned.CycleId;
        Policy = planned.Policy;
        Stage = ReviewStage.Planned;
        LastEventAt = planned.At;
        events = [planned];
        feedback = [];
        remediation = [];
        deadlines = ImmutableSortedDictionary<ReviewStage, LocalDate>.Empty;
    }

    /// <summary>Gets the subject.</summary>
    /// <value>The subject.</value>
    public ReviewSubject Subject { get; }

    /// <summary>Gets the id of the cycle.</summary>
    /// <value>Not empty.</value>
    public string CycleId { get; }

    /// <summary>Gets the rating policy levels are checked against.</summary>
    /// <value>The policy.</value>
    public RatingPolicy Policy { get; }

    /// <summary>Gets the current stage.</summary>
    /// <value>A defined stage.</value>
    public ReviewStage Stage { get; private set; }

    /// <summary>Gets the self-rating (step 1).</summary>
    /// <value>A level once the self-assessment is submitted, else <see langword="null"/>.</value>
    public RatingLevel? SelfRating { get; private set; }

    /// <summary>Gets the latest proposed level (step 2).</summary>
    /// <value>A level once proposed, else <see langword="null"/>.</value>
    public RatingLevel? ProposedLevel { get; private set; }

    /// <summary>Gets the decided level (step 3).</summary>
    /// <value>A level once decided, else <see langword="null"/>.</value>
    public RatingLevel? DecidedLevel { get; private set; }

    /// <summary>Gets the facts of the decision.</summary>
    /// <value>The facts once decided, else <see langword="null"/>.</value>
    public RatingFacts? DecisionFacts { get; private set; }

    /// <summary>Gets the instant the conference was held.</summary>
    /// <value>The instant, or <see langword="null"/> before it.</value>
    public Instant? ConferenceAt { get; private set; }

    /// <summary>Gets the instant of the latest event.</summary>
    /// <value>The instant.</value>
    public Instant LastEventAt { get; private set; }

    /// <summary>Gets every event, oldest first; the first is the <see cref="ReviewPlanned"/> event.</summary>
    /// <value>The events.</value>
    public IReadOnlyList<ReviewEvent> Events => events;

    /// <summary>Gets the feedback items received, in order.</summary>
    /// <value>The items.</value>
    public IReadOnlyList<FeedbackItem> Feedback => feedback;

    /// <summary>Gets the remediation items with their current statuses, in the order planned.</summary>
    /// <value>The items.</value>
    public IReadOnlyList<RemediationItem> Remediation => remediation;

    /// <summary>Tells whether two reviews are equal.</summary>
    /// <param name="left">The first review.</param>
    /// <param name="right">The second review.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Review? left, Review? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Tells whether two reviews differ.</summary>
    /// <param name="left">The first review.</param>
    /// <param name="right">The second review.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(Review? left, Review? right) => !(left == right);

    /// <summary>Starts a review from its planning event.</summary>
    /// <param name="planned">The planning event.</param>
    /// <returns>The review in stage <see cref="ReviewStage.Planned"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="planned"/> is <see langword="null"/>.</exception>
    public static Review Start(ReviewPlanned planned) => new(Guard.Against.Null(planned));

    /// <summary>Rebuilds a review from its stored events.</summary>
    /// <param name="events">The events, oldest first; the first must be a <see cref="ReviewPlanned"/>.</param>
    /// <returns>A review equal to the one the events were recorded on.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or one of its events is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="events"/> is empty or does not start with a <see cref="ReviewPlanned"/>.</exception>
    /// <exception cref="ReviewTransitionException">An event is not allowed where it stands.</exception>
    public static Review Replay(IEnumerable<ReviewEvent> events)
    {
        Guard.Against.Null(events);
        Review? review = null;
        foreach (var e in events)
        {
            Guard.Against.Null(e, nameof(events));
            if (review is null)
            {
                review = e is ReviewPlanned planned
                    ? new Review(planned)
                    : throw new ArgumentException($"The first event must be {nameof(ReviewPlanned)}; got {e.GetType().Name}.", nameof(events));
            }
            else
            {
                review = review.Apply(e);
            }
        }

        return review ?? throw new ArgumentException("There is no event to replay.", nameof(events));
    }

    /// <summary>Tells whether <paramref name="other"/> has the same state and events.</summary>
    /// <param name="other">The other review.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(Review? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Subject == other.Subject
                && string.Equals(CycleId, other.CycleId, StringComparison.Ordinal)
                && Policy == other.Policy
                && Stage == other.Stage
                && SelfRating == other.SelfRating
                && ProposedLevel == other.ProposedLevel
                && DecidedLevel == other.DecidedLevel
                && DecisionFacts == other.DecisionFacts
                && ConferenceAt == other.ConferenceAt
                && LastEventAt == other.LastEventAt
                && feedback.SequenceEqual(other.feedback)
                && remediation.SequenceEqual(other.remediation)
                && deadlines.SequenceEqual(other.deadlines)
                && events.SequenceEqual(other.events)));

    /// <summary>Tells whether <paramref name="obj"/> is an equal review.</summary>
    /// <param name="obj">The other object.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public override bool Equals(object? obj) => Equals(obj as Review);

    /// <summary>Gets a hash code consistent with <see cref="Equals(Review?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Subject, Stage, events.Length, LastEventAt);

    /// <summary>Writes the subject, the cycle and the stage.</summary>
    /// <returns>For example <c>"collective Q-BT in 2025-annual: Conference"</c>.</returns>
    public override string ToString() => $"{Subject} in {CycleId}: {Stage}";

    private Review Copy() => (Review)MemberwiseClone();
}

using System.ComponentModel;
using Ardalis.GuardClauses;
using NodaTime;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Reviews;

/// <summary>
/// Makes the moves of reviews, stamping each event with the instant of an injected <see cref="IClock"/> (use
/// NodaTime.Testing's <c>FakeClock</c> in tests). Each method builds the event, applies it and returns the new review;
/// an illegal move throws <see cref="ReviewTransitionException"/> that says what is missing.
/// </summary>
/// <remarks>Holds only the clock; safe to share between threads when the clock is.</remarks>
public sealed class ReviewRecorder
{
    private readonly IClock clock;

    /// <summary>Creates a recorder.</summary>
    /// <param name="clock">The clock events are stamped from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <see langword="null"/>.</exception>
    public ReviewRecorder(IClock clock) => this.clock = Guard.Against.Null(clock);

    /// <summary>Plans the review of a subject in a cycle, with the cycle's default deadlines.</summary>
    /// <param name="cycle">The cycle.</param>
    /// <param name="subject">The subject; its organization must be in the cycle's scope.</param>
    /// <returns>The review in stage <see cref="ReviewStage.Planned"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cycle"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is the default value or out of the cycle's scope.</exception>
    public Review Plan(ReviewCycle cycle, ReviewSubject subject)
    {
        Guard.Against.Null(cycle);
        if (!cycle.IsInScope(subject))
        {
            throw new ArgumentException($"{subject} is not in the scope of cycle {cycle.Id} ({cycle.ScopeRootId}).", nameof(subject));
        }

        var at = clock.GetCurrentInstant();
        var review = Review.Start(new ReviewPlanned(subject, at, cycle.Id, cycle.Policy));
        foreach (var stage in Enum.GetValues<ReviewStage>())
        {
            if (stage != ReviewStage.Planned && cycle.DueDate(stage) is { } due)
            {
                review = review.Apply(new DeadlineSet(subject, at, stage, due));
            }
        }

        return review;
    }

    /// <summary>Plans the reviews of many subjects, in the cycle's ordering plan.</summary>
    /// <param name="cycle">The cycle.</param>
    /// <param name="subjects">The subjects, in any order.</param>
    /// <returns>The reviews in plan order (see <see cref="ReviewCycle.BuildPlan"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cycle"/> or <paramref name="subjects"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A subject is the default value, listed twice, or out of scope.</exception>
    public IReadOnlyList<Review> PlanAll(ReviewCycle cycle, IEnumerable<ReviewSubject> subjects)
    {
        Guard.Against.Null(cycle);
        return cycle.BuildPlan(subjects).Select(s => Plan(cycle, s)).ToArray();
    }

    /// <summary>Opens feedback collection.</summary>
    /// <param name="review">The review.</param>
    /// <returns>The new review.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is <see langword="null"/>.</exception>
    /// <exception cref="ReviewTransitionException">The move is not allowed.</exception>
    public Review OpenFeedback(Review review) => Record(review, (s, at) => new FeedbackOpened(s, at));

    /// <summary>Receives a feedback item.</summary>
    /// <param name="review">The review.</param>
    /// <param name="item">The item.</param>
    /// <returns>The new review.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ReviewTransitionException">The move is not allowed.</exception>
    public Review ReceiveFeedback(Review review, FeedbackItem item)
    {
        Guard.Against.Null(item);
        return Record(review, (s, at) => new FeedbackReceived(s, at, item));
    }

    /// <summary>Records the self-assessment and self-rating.</summary>
    /// <param name="review">The review.</param>
    /// <param name="selfRating">The self-rating.</param>
    /// <returns>The new review.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="selfRating"/> is not a defined level.</exception>
    /// <exception cref="ReviewTransitionException">The move is not allowed.</exception>
    public Review SubmitSelfAssessment(Review review, RatingLevel selfRating)
    {
        Guard.Against.EnumOutOfRange(selfRating);
        return Record(review, (s, at) => new SelfAssessmentSubmitted(s, at, selfRating));
    }

    /// <summary>Records that the review conference was held.</summary>
    /// <param name="review">The review.</param>
    /// <returns>The new review.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is <see langword="null"/>.</exception>
    /// <exception cref="ReviewTransitionException">The move is not allowed.</exception>
    public Review HoldConference(Review review) => Record(review, (s, at) => new ConferenceHeld(s, at));

    /// <summary>Records the advisory body's proposal.</summary>
    /// <param name="review">The review.</param>
    /// <param name="level">The proposed level.</param>
    /// <param name="facts">The facts the level is checked against, or <see langword="null"/>.</param>
    /// <returns>The new review.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="level"/> is not a defined level.</exception>
    /// <exception cref="ReviewTransitionException">The move is not allowed, or the level breaks a rating rule (<see cref="ReviewRuleIds.Rating"/>).</exception>
    public Review Propose(Review review, RatingLevel level, RatingFacts? facts = null)
    {
        Guard.Against.EnumOutOfRange(level);
        return Record(review, (s, at) => new RatingProposed(s, at, level, facts));
    }

    /// <summary>Records the competent level's decision.</summary>
    /// <param name="review">The review.</param>
    /// <param name="level">The decided level.</param>
    /// <param name="facts">The facts the level is checked against, or <see langword="null"/>.</param>
    /// <returns>The new review.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="level"/> is not a defined level.</exception>
    /// <exception cref="ReviewTransitionException">The move is not allowed, or the level breaks a rating rule (<see cref="ReviewRuleIds.Rating"/>).</exception>
    public Review Decide(Review review, RatingLevel level, RatingFacts? facts = null)
    {
        Guard.Against.EnumOutOfRange(level);
        return Record(review, (s, at) => new RatingDecided(s, at, level, facts));
    }

    /// <summary>Records that the result was announced.</summary>
    /// <param name="review">The review.</param>
    /// <returns>The new review.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is <see langword="null"/>.</exception>
    /// <exception cref="ReviewTransitionException">The move is not allowed.</exception>
    public Review Announce(Review review) => Record(review, (s, at) => new ResultAnnounced(s, at));

    /// <summary>Adds a remediation item.</summary>
    /// <param name="review">The review.</param>
    /// <param name="item">The item.</param>
    /// <returns>The new review.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ReviewTransitionException">The move is not allowed.</exception>
    public Review PlanRemediation(Review review, RemediationItem item)
    {
        Guard.Against.Null(item);
        return Record(review, (s, at) => new RemediationPlanned(s, at, item));
    }

    /// <summary>Changes a remediation item's status.</summary>
    /// <param name="review">The review.</param>
    /// <param name="itemId">The item's id.</param>
    /// <param name="status">The new status.</param>
    /// <returns>The new review.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> or <paramref name="itemId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="itemId"/> is empty or white space.</exception>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="status"/> is not a defined status.</exception>
    /// <exception cref="ReviewTransitionException">The move is not allowed.</exception>
    public Review UpdateRemediation(Review review, string itemId, RemediationStatus status)
    {
        Guard.Against.NullOrWhiteSpace(itemId);
        Guard.Against.EnumOutOfRange(status);
        return Record(review, (s, at) => new RemediationStatusChanged(s, at, itemId, status));
    }

    /// <summary>Closes the review.</summary>
    /// <param name="review">The review.</param>
    /// <returns>The new review.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is <see langword="null"/>.</exception>
    /// <exception cref="ReviewTransitionException">The move is not allowed (not announced yet, or remediation items not done).</exception>
    public Review Close(Review review) => Record(review, (s, at) => new ReviewClosed(s, at));

    /// <summary>Sets (or moves) a stage's deadline.</summary>
    /// <param name="review">The review.</param>
    /// <param name="stage">The stage, after <see cref="ReviewStage.Planned"/>.</param>
    /// <param name="due">The day by which the stage must be reached.</param>
    /// <returns>The new review.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="stage"/> is not a defined stage.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is <see cref="ReviewStage.Planned"/>.</exception>
    /// <exception cref="ReviewTransitionException">The review is closed.</exception>
    public Review SetDeadline(Review review, ReviewStage stage, LocalDate due)
    {
        Guard.Against.StageWithoutDeadline(stage, nameof(stage));
        return Record(review, (s, at) => new DeadlineSet(s, at, stage, due));
    }

    private Review Record(Review review, Func<ReviewSubject, Instant, ReviewEvent> make)
    {
        Guard.Against.Null(review);
        return review.Apply(make(review.Subject, clock.GetCurrentInstant()));
    }
}

using System.ComponentModel;
using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Reviews;

/// <content>Deadlines, feedback counts and remediation follow-up of one review.</content>
public sealed partial class Review
{
    /// <summary>The largest look-ahead of <see cref="DueWithin"/>, in days.</summary>
    public const int MaxLookAheadDays = 3660;

    /// <summary>Gets the deadlines set, by stage.</summary>
    /// <value>One deadline per stage that has one, in stage order.</value>
    public IReadOnlyList<ReviewDeadline> Deadlines => deadlines.Select(d => new ReviewDeadline(Subject, d.Key, d.Value)).ToArray();

    /// <summary>Gets the number of feedback items per source.</summary>
    /// <value>The counts.</value>
    public FeedbackCounts FeedbackCounts => FeedbackCounts.Of(feedback);

    /// <summary>Tells whether the review has reached a stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns><see langword="true"/> when <see cref="Stage"/> is <paramref name="stage"/> or later.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="stage"/> is not a defined stage.</exception>
    public bool HasReached(ReviewStage stage) => Stage >= Guard.Against.EnumOutOfRange(stage);

    /// <summary>Gets the deadline of a stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The day, or <see langword="null"/> when none is set.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="stage"/> is not a defined stage.</exception>
    public LocalDate? DeadlineOf(ReviewStage stage) =>
        deadlines.TryGetValue(Guard.Against.EnumOutOfRange(stage), out var due) ? due : null;

    /// <summary>Lists the deadlines missed on a day: due before it, for stages the review has not reached.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The overdue deadlines, in stage order.</returns>
    public IReadOnlyList<ReviewDeadline> OverdueOn(LocalDate date) =>
        Deadlines.Where(d => d.Due < date && Stage < d.Stage).ToArray();

    /// <summary>Lists the deadlines falling from <paramref name="date"/> to <paramref name="days"/> days after it (both included), for stages not reached.</summary>
    /// <param name="date">The first day.</param>
    /// <param name="days">How many days to look ahead, 0 to <see cref="MaxLookAheadDays"/>.</param>
    /// <returns>The deadlines, in stage order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative or above <see cref="MaxLookAheadDays"/>.</exception>
    public IReadOnlyList<ReviewDeadline> DueWithin(LocalDate date, int days)
    {
        Guard.Against.OutOfRange(days, nameof(days), 0, MaxLookAheadDays);
        var last = date.PlusDays(days);
        return Deadlines.Where(d => d.Due >= date && d.Due <= last && Stage < d.Stage).ToArray();
    }

    /// <summary>Lists the remediation items overdue on a day (due before it and not done).</summary>
    /// <param name="date">The day.</param>
    /// <returns>The items, in the order planned.</returns>
    public IReadOnlyList<RemediationItem> OverdueRemediationOn(LocalDate date) =>
        remediation.Where(r => r.IsOverdueOn(date)).ToArray();
}

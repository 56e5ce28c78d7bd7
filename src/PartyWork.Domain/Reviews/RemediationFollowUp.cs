using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Reviews;

/// <summary>
/// Remediation follow-up over many reviews: the items overdue on a day, and the subjects whose remediation is late
/// when the next cycle opens ("sau khi kiểm điểm, từng tập thể và cá nhân phải đề ra các giải pháp sửa chữa, khắc phục").
/// </summary>
public static class RemediationFollowUp
{
    /// <summary>Lists every remediation item overdue on a day (due before it and not done).</summary>
    /// <param name="reviews">The reviews.</param>
    /// <param name="date">The day.</param>
    /// <returns>The findings, by subject then due day then item id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reviews"/> or one of its reviews is <see langword="null"/>.</exception>
    public static IReadOnlyList<RemediationFinding> OverdueItems(IEnumerable<Review> reviews, LocalDate date)
    {
        Guard.Against.Null(reviews);
        var result = new List<RemediationFinding>();
        foreach (var review in reviews)
        {
            Guard.Against.Null(review, nameof(reviews));
            result.AddRange(review.OverdueRemediationOn(date).Select(item => new RemediationFinding(review.Subject, review.CycleId, item)));
        }

        return result
            .OrderBy(f => f.Subject)
            .ThenBy(f => f.Item.Due)
            .ThenBy(f => f.Item.Id, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Lists the subjects with at least one remediation item overdue on the day the next cycle opens.</summary>
    /// <param name="reviews">The reviews of the earlier cycle.</param>
    /// <param name="nextCycle">The next cycle; its <see cref="ReviewCycle.OpensOn"/> is the day checked.</param>
    /// <returns>The subjects, in subject order, each once.</returns>
    /// <exception cref="ArgumentNullException">An argument or one of the reviews is <see langword="null"/>.</exception>
    public static IReadOnlyList<ReviewSubject> LateWhenCycleOpens(IEnumerable<Review> reviews, ReviewCycle nextCycle)
    {
        Guard.Against.Null(nextCycle);
        return LateOn(reviews, nextCycle.OpensOn);
    }

    /// <summary>Lists the subjects with at least one remediation item overdue on a day.</summary>
    /// <param name="reviews">The reviews.</param>
    /// <param name="date">The day.</param>
    /// <returns>The subjects, in subject order, each once.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reviews"/> or one of its reviews is <see langword="null"/>.</exception>
    public static IReadOnlyList<ReviewSubject> LateOn(IEnumerable<Review> reviews, LocalDate date) =>
        OverdueItems(reviews, date).Select(f => f.Subject).Distinct().ToArray();
}

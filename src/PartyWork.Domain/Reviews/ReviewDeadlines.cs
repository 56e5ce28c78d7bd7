using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Reviews;

/// <summary>Deadline queries over many reviews: what is overdue on a day, what falls due in the next days.</summary>
public static class ReviewDeadlines
{
    /// <summary>Lists every deadline missed on a day, over all reviews.</summary>
    /// <param name="reviews">The reviews.</param>
    /// <param name="date">The day.</param>
    /// <returns>The overdue deadlines, by due day, subject and stage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reviews"/> or one of its reviews is <see langword="null"/>.</exception>
    public static IReadOnlyList<ReviewDeadline> Overdue(IEnumerable<Review> reviews, LocalDate date)
    {
        Guard.Against.Null(reviews);
        var result = new List<ReviewDeadline>();
        foreach (var review in reviews)
        {
            result.AddRange(Guard.Against.Null(review, nameof(reviews)).OverdueOn(date));
        }

        result.Sort();
        return result;
    }

    /// <summary>Lists every deadline falling from <paramref name="date"/> to <paramref name="days"/> days after it, over all reviews.</summary>
    /// <param name="reviews">The reviews.</param>
    /// <param name="date">The first day.</param>
    /// <param name="days">How many days to look ahead, 0 to <see cref="Review.MaxLookAheadDays"/>.</param>
    /// <returns>The deadlines, by due day, subject and stage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reviews"/> or one of its reviews is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative or above <see cref="Review.MaxLookAheadDays"/>.</exception>
    public static IReadOnlyList<ReviewDeadline> DueWithin(IEnumerable<Review> reviews, LocalDate date, int days)
    {
        Guard.Against.Null(reviews);
        Guard.Against.OutOfRange(days, nameof(days), 0, Review.MaxLookAheadDays);
        var result = new List<ReviewDeadline>();
        foreach (var review in reviews)
        {
            result.AddRange(Guard.Against.Null(review, nameof(reviews)).DueWithin(date, days));
        }

        result.Sort();
        return result;
    }
}

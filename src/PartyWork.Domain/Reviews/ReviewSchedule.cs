using Ardalis.GuardClauses;
using NodaTime;
using PartyWork.Domain.Terms;

namespace PartyWork.Domain.Reviews;

/// <summary>
/// The default deadlines of a cycle: for each stage, the day (counted from the last day of the period under review)
/// by which a review must have reached it, and how many days before the period's end the cycle opens.
/// </summary>
/// <remarks>
/// <para>
/// No Party deadline is known (R-TIME-PARTY [I]); the state rating comes before 15 December (R-TIME-STATE). The
/// <see cref="Default"/> offsets are therefore an inference the caller can replace: the cycle opens 30 days before
/// the period ends; feedback collected by day −20, self-assessment by −15, conference by −10, proposal by −5, decision
/// on the last day, announcement by +10, remediation plan by +30; closing has no default deadline. For the year 2025:
/// opens 01/12, decision 31/12/2025, remediation plan 30/01/2026.
/// </para>
/// <para>Immutable; compares by value.</para>
/// </remarks>
public sealed class ReviewSchedule : IEquatable<ReviewSchedule>
{
    /// <summary>The largest offset in days, either way (about ten years).</summary>
    public const int MaxOffsetDays = 3660;

    private readonly int?[] offsets;

    private ReviewSchedule(int?[] offsets, int opensDaysBeforeEnd)
    {
        this.offsets = offsets;
        OpensDaysBeforeEnd = opensDaysBeforeEnd;
    }

    /// <summary>Gets the default schedule (R-TIME-PARTY [I]; see the remarks).</summary>
    /// <value>Opens 30 days before the end; −20, −15, −10, −5, 0, +10, +30 days for the stages from feedback to remediation.</value>
    public static ReviewSchedule Default { get; } =
        new([null, null, -20, -15, -10, -5, 0, 10, 30, null], 30);

    /// <summary>Gets a schedule without any deadline, opening on the last day of the period.</summary>
    /// <value>No offsets; opens 0 days before the end.</value>
    public static ReviewSchedule None { get; } = new(new int?[10], 0);

    /// <summary>Gets how many days before the last day of the period the cycle opens.</summary>
    /// <value>0 to <see cref="MaxOffsetDays"/>.</value>
    public int OpensDaysBeforeEnd { get; }

    /// <summary>Tells whether two schedules are equal.</summary>
    /// <param name="left">The first schedule.</param>
    /// <param name="right">The second schedule.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ReviewSchedule? left, ReviewSchedule? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Tells whether two schedules differ.</summary>
    /// <param name="left">The first schedule.</param>
    /// <param name="right">The second schedule.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(ReviewSchedule? left, ReviewSchedule? right) => !(left == right);

    /// <summary>Gets the offset of a stage's deadline from the last day of the period.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>Days (negative: before the end), or <see langword="null"/> when the stage has no default deadline.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="stage"/> is not a defined stage.</exception>
    public int? OffsetOf(ReviewStage stage) => offsets[(int)Guard.Against.EnumOutOfRange(stage)];

    /// <summary>Returns a copy with a stage's offset changed.</summary>
    /// <param name="stage">The stage; not <see cref="ReviewStage.Planned"/> (a review starts planned).</param>
    /// <param name="days">The offset from the period's last day, or <see langword="null"/> for no default deadline.</param>
    /// <returns>The new schedule.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="stage"/> is not a defined stage.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is <see cref="ReviewStage.Planned"/>, or <paramref name="days"/> is beyond ±<see cref="MaxOffsetDays"/>.</exception>
    public ReviewSchedule WithOffset(ReviewStage stage, int? days)
    {
        Guard.Against.StageWithoutDeadline(stage, nameof(stage));
        if (days is { } value)
        {
            Guard.Against.OutOfRange(value, nameof(days), -MaxOffsetDays, MaxOffsetDays);
        }

        var copy = (int?[])offsets.Clone();
        copy[(int)stage] = days;
        return new ReviewSchedule(copy, OpensDaysBeforeEnd);
    }

    /// <summary>Returns a copy that opens a given number of days before the period's last day.</summary>
    /// <param name="days">0 to <see cref="MaxOffsetDays"/>.</param>
    /// <returns>The new schedule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative or above <see cref="MaxOffsetDays"/>.</exception>
    public ReviewSchedule WithOpening(int days) =>
        new(offsets, Guard.Against.OutOfRange(days, nameof(days), 0, MaxOffsetDays));

    /// <summary>The default deadline of a stage for a period.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="period">The period under review.</param>
    /// <returns>The last day of the period plus the stage's offset, or <see langword="null"/> when the stage has none.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="stage"/> is not a defined stage.</exception>
    public LocalDate? DueDate(ReviewStage stage, ReviewPeriod period) =>
        OffsetOf(stage) is { } days ? period.End.PlusDays(days) : null;

    /// <summary>The day a cycle over <paramref name="period"/> opens: <see cref="OpensDaysBeforeEnd"/> before its last day, not before its first.</summary>
    /// <param name="period">The period under review.</param>
    /// <returns>The opening day.</returns>
    public LocalDate OpeningDate(ReviewPeriod period)
    {
        var opens = period.End.PlusDays(-OpensDaysBeforeEnd);
        return opens < period.Start ? period.Start : opens;
    }

    /// <summary>Tells whether <paramref name="other"/> has the same offsets and opening.</summary>
    /// <param name="other">The other schedule.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(ReviewSchedule? other) =>
        other is not null && OpensDaysBeforeEnd == other.OpensDaysBeforeEnd && offsets.AsSpan().SequenceEqual(other.offsets);

    /// <summary>Tells whether <paramref name="obj"/> is an equal schedule.</summary>
    /// <param name="obj">The other object.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public override bool Equals(object? obj) => Equals(obj as ReviewSchedule);

    /// <summary>Gets a hash code consistent with <see cref="Equals(ReviewSchedule?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(OpensDaysBeforeEnd);
        foreach (var offset in offsets)
        {
            hash.Add(offset);
        }

        return hash.ToHashCode();
    }

    /// <summary>Writes the opening and the offsets.</summary>
    /// <returns>For example <c>"opens -30; CollectingFeedback -20, …"</c>.</returns>
    public override string ToString() =>
        $"opens -{OpensDaysBeforeEnd}; " + string.Join(", ", Enumerable.Range(1, 9)
            .Where(i => offsets[i] is not null)
            .Select(i => $"{(ReviewStage)i} {offsets[i]:+0;-0;0}"));
}

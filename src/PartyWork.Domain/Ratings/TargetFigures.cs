using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// How a subject (or the unit it leads) did on its yearly targets and tasks: how many were set, done, done on time and
/// exceeded. The figures the conditions of R124-XS, R366-XS-COND, R366-T-COND and the K triggers compare.
/// </summary>
/// <remarks>
/// Built through the constructor, which checks <c>0 ≤ OnTime ≤ Done ≤ Total</c> and <c>Exceeded ≤ Done</c>.
/// <c>default(TargetFigures)</c> is "no targets set": every share condition holds vacuously and no K trigger fires.
/// </remarks>
public readonly record struct TargetFigures
{
    /// <summary>Creates the figures.</summary>
    /// <param name="total">Targets and tasks set.</param>
    /// <param name="done">Of those, done.</param>
    /// <param name="onTime">Of those done, done on time.</param>
    /// <param name="exceeded">Of those done, exceeded.</param>
    /// <exception cref="ArgumentException">A figure is negative or larger than the figure it is part of.</exception>
    public TargetFigures(int total, int done, int onTime, int exceeded)
    {
        Total = Guard.Against.Negative(total);
        Done = Guard.Against.OutOfRange(done, nameof(done), 0, total);
        OnTime = Guard.Against.OutOfRange(onTime, nameof(onTime), 0, done);
        Exceeded = Guard.Against.OutOfRange(exceeded, nameof(exceeded), 0, done);
    }

    /// <summary>Gets the number of targets and tasks set.</summary>
    /// <value>Zero or more.</value>
    public int Total { get; }

    /// <summary>Gets the number done.</summary>
    /// <value>0 to <see cref="Total"/>.</value>
    public int Done { get; }

    /// <summary>Gets the number done on time.</summary>
    /// <value>0 to <see cref="Done"/>.</value>
    public int OnTime { get; }

    /// <summary>Gets the number exceeded.</summary>
    /// <value>0 to <see cref="Done"/>.</value>
    public int Exceeded { get; }

    /// <summary>Whether <paramref name="count"/> out of <see cref="Total"/> is at least <paramref name="percent"/>%, exactly.</summary>
    internal bool AtLeast(int count, decimal percent) => Total == 0 || count * 100m >= percent * Total;
}

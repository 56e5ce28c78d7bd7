using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// How a subject (or the unit it leads) did on its yearly targets and tasks: how many were set, done, done on time and
/// exceeded. The figures the conditions of R124-XS, R366-XS-COND, R366-T-COND and the K triggers compare.
/// </summary>
/// <remarks>
/// Built through a constructor, which checks <c>0 ≤ OnTime ≤ Done ≤ Total</c> and <c>Exceeded ≤ Done</c>, and for the
/// optional main targets (the "chỉ tiêu chủ yếu" of R132-K-ORG, R21-LEADCOLL-K and R124-K) that they are a part of the
/// targets: <c>0 ≤ MainDone ≤ MainTotal ≤ Total</c>, <c>MainDone ≤ Done</c> and <c>Done − MainDone ≤ Total − MainTotal</c>.
/// <c>default(TargetFigures)</c> is "no targets set", without main figures: every share condition holds vacuously and
/// no K trigger fires.
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

    /// <summary>Creates the figures with the main targets among them.</summary>
    /// <param name="total">Targets and tasks set.</param>
    /// <param name="done">Of those, done.</param>
    /// <param name="onTime">Of those done, done on time.</param>
    /// <param name="exceeded">Of those done, exceeded.</param>
    /// <param name="mainTotal">Of the targets set, the main ones (chỉ tiêu chủ yếu).</param>
    /// <param name="mainDone">Of the main targets, done.</param>
    /// <exception cref="ArgumentException">
    /// A figure is negative or larger than the figure it is part of, or the main targets do not fit in the targets
    /// (more main targets done than targets done, or more other targets done than other targets set).
    /// </exception>
    public TargetFigures(int total, int done, int onTime, int exceeded, int mainTotal, int mainDone)
        : this(total, done, onTime, exceeded)
    {
        MainTotal = Guard.Against.OutOfRange(mainTotal, nameof(mainTotal), 0, total);
        MainDone = Guard.Against.OutOfRange(mainDone, nameof(mainDone), Math.Max(0, done - (total - mainTotal)), Math.Min(mainTotal, done));
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

    /// <summary>Gets the number of main targets (chỉ tiêu chủ yếu) among <see cref="Total"/>, when given.</summary>
    /// <value>0 to <see cref="Total"/>, or <see langword="null"/> when the main targets are not known.</value>
    public int? MainTotal { get; }

    /// <summary>Gets the number of main targets done, when given.</summary>
    /// <value>0 to <see cref="MainTotal"/> (and at most <see cref="Done"/>), or <see langword="null"/> when not known.</value>
    public int? MainDone { get; }

    /// <summary>
    /// Gets whether the main targets were missed: some main target not done. <see langword="true"/> when the main
    /// figures are not given, so a trigger that needs "main targets below 100%" falls back to the share alone.
    /// </summary>
    /// <value><see langword="false"/> only when the main figures are given and every main target is done (vacuously with none).</value>
    public bool MainTargetsMissedOrUnknown => MainTotal is not { } mainTotal || MainDone < mainTotal;

    /// <summary>Whether <paramref name="count"/> out of <see cref="Total"/> is at least <paramref name="percent"/>%, exactly.</summary>
    internal bool AtLeast(int count, decimal percent) => Total == 0 || count * 100m >= percent * Total;
}

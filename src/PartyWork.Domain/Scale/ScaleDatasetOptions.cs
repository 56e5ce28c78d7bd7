using Ardalis.GuardClauses;

namespace PartyWork.Domain.Scale;

/// <summary>
/// The sizes, rating mix and seed of a synthetic dataset made by <see cref="ScaleDataset.Generate"/>. The counts are
/// totals for the whole country; children are spread over their parents at random (every parent gets at least one).
/// </summary>
/// <remarks>
/// Immutable; change a value with <c>with</c>. <see cref="National"/> has the sizes of the issue (about 5.5 million
/// members in 260,000 cells, 52,000 grassroots organizations, 700 districts, 34 provinces); <see cref="Small"/> suits
/// tests.
/// </remarks>
public sealed record ScaleDatasetOptions
{
    private readonly int provinces = 34;
    private readonly int districts = 700;
    private readonly int grassroots = 52_000;
    private readonly int cells = 260_000;
    private readonly int members = 5_500_000;
    private readonly int excellentPermille = 200;
    private readonly int completedPermille = 80;
    private readonly int notCompletedPermille = 20;

    /// <summary>Gets the national sizes: 34 provinces, 700 districts, 52,000 grassroots organizations, 260,000 cells, 5,500,000 members.</summary>
    /// <value>The defaults of every property.</value>
    public static ScaleDatasetOptions National { get; } = new();

    /// <summary>Gets a small dataset for tests: 3 provinces, 9 districts, 60 grassroots organizations, 300 cells, 6,000 members.</summary>
    /// <value>The national mix of ratings at a small size.</value>
    public static ScaleDatasetOptions Small { get; } = new()
    {
        Provinces = 3, Districts = 9, Grassroots = 60, Cells = 300, Members = 6_000,
    };

    /// <summary>Gets the number of provinces.</summary>
    /// <value>1 or more; 34 by default.</value>
    /// <exception cref="ArgumentException">Set below 1.</exception>
    public int Provinces { get => provinces; init => provinces = Guard.Against.NegativeOrZero(value, nameof(Provinces)); }

    /// <summary>Gets the number of district-level committees.</summary>
    /// <value>At least <see cref="Provinces"/> (checked by <see cref="ScaleDataset.Generate"/>); 700 by default.</value>
    /// <exception cref="ArgumentException">Set below 1.</exception>
    public int Districts { get => districts; init => districts = Guard.Against.NegativeOrZero(value, nameof(Districts)); }

    /// <summary>Gets the number of grassroots party committees.</summary>
    /// <value>At least <see cref="Districts"/>; 52,000 by default.</value>
    /// <exception cref="ArgumentException">Set below 1.</exception>
    public int Grassroots { get => grassroots; init => grassroots = Guard.Against.NegativeOrZero(value, nameof(Grassroots)); }

    /// <summary>Gets the number of cells (chi bộ trực thuộc).</summary>
    /// <value>At least <see cref="Grassroots"/>; 260,000 by default.</value>
    /// <exception cref="ArgumentException">Set below 1.</exception>
    public int Cells { get => cells; init => cells = Guard.Against.NegativeOrZero(value, nameof(Cells)); }

    /// <summary>Gets the number of members.</summary>
    /// <value>0 or more; 5,500,000 by default.</value>
    /// <exception cref="ArgumentException">Set below 0.</exception>
    public int Members { get => members; init => members = Guard.Against.Negative(value, nameof(Members)); }

    /// <summary>Gets the average share of excellent ratings, in permille; each grassroots organization varies around it by ±80‰.</summary>
    /// <value>0 to 1000; 200 (20%) by default.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0 to 1000.</exception>
    public int ExcellentPermille { get => excellentPermille; init => excellentPermille = Guard.Against.OutOfRange(value, nameof(ExcellentPermille), 0, 1000); }

    /// <summary>Gets the share of completed ratings, in permille.</summary>
    /// <value>0 to 1000; 80 (8%) by default.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0 to 1000.</exception>
    public int CompletedPermille { get => completedPermille; init => completedPermille = Guard.Against.OutOfRange(value, nameof(CompletedPermille), 0, 1000); }

    /// <summary>Gets the share of not-completed ratings, in permille.</summary>
    /// <value>0 to 1000; 20 (2%) by default.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0 to 1000.</exception>
    public int NotCompletedPermille { get => notCompletedPermille; init => notCompletedPermille = Guard.Against.OutOfRange(value, nameof(NotCompletedPermille), 0, 1000); }

    /// <summary>Gets the seed; the same options always give the same dataset, on every platform and runtime.</summary>
    /// <value>20251231 by default.</value>
    public ulong Seed { get; init; } = 20251231;
}

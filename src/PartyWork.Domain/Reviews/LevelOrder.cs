namespace PartyWork.Domain.Reviews;

/// <summary>Which collectives of a tree come first in an ordering plan.</summary>
/// <remarks><c>default(LevelOrder)</c> (0) is not a direction; every member that takes one rejects it.</remarks>
public enum LevelOrder
{
    /// <summary>Cấp dưới trước, cấp trên sau: lower-level collectives before higher ones (R124-ORDER, the default).</summary>
    LowerFirst = 1,

    /// <summary>
    /// Cấp trên trước, cấp dưới sau: the higher collective first, to set the example, then the subordinate ones (the
    /// top-down order of thematic reviews; see docs/decisions/reviews-order-direction.md).
    /// </summary>
    HigherFirst = 2,

    /// <summary>No order between levels is required.</summary>
    None = 3,
}

namespace PartyWork.Domain.Ratings;

/// <summary>One unit in a ranking: the item, its score, its rank and whether it shares that rank.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Item">The item.</param>
/// <param name="Score">Its score.</param>
/// <param name="Rank">Its rank, from 1.</param>
/// <param name="IsTied">Whether another item has the same score (and so the same rank).</param>
/// <remarks><c>default(RankedItem&lt;T&gt;)</c> has rank 0; the library never returns it.</remarks>
public readonly record struct RankedItem<T>(T Item, decimal Score, int Rank, bool IsTied);

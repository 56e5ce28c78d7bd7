using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>Ranks units by score for a period (the monthly ranking, the rotating flag), with ties explicit.</summary>
public static class Ranking
{
    /// <summary>Ranks items by score, highest first; items with equal scores share a rank and keep their input order.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="score">The score of an item.</param>
    /// <param name="method">Competition (1-2-2-4) or dense (1-2-2-3).</param>
    /// <returns>The ranked items, best first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or <paramref name="score"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="method"/> is not defined.</exception>
    public static IReadOnlyList<RankedItem<T>> Rank<T>(IEnumerable<T> items, Func<T, decimal> score, RankingMethod method = RankingMethod.Competition)
    {
        Guard.Against.Null(items);
        Guard.Against.Null(score);
        Guard.Against.EnumOutOfRange(method);
        var scored = items.Select(item => (Item: item, Score: score(item))).ToArray();
        var ordered = scored.OrderByDescending(x => x.Score).ToArray();
        var result = new RankedItem<T>[ordered.Length];
        var rank = 0;
        for (var i = 0; i < ordered.Length; i++)
        {
            if (i == 0 || ordered[i].Score != ordered[i - 1].Score)
            {
                rank = method == RankingMethod.Competition ? i + 1 : rank + 1;
            }

            var tied = (i > 0 && ordered[i - 1].Score == ordered[i].Score)
                || (i + 1 < ordered.Length && ordered[i + 1].Score == ordered[i].Score);
            result[i] = new RankedItem<T>(ordered[i].Item, ordered[i].Score, rank, tied);
        }

        return Array.AsReadOnly(result);
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Tests.Ratings;

public class RankingTests
{
    private static readonly (string Cell, decimal Score)[] Month =
    [
        ("Chi bộ 3", 92.5m),
        ("Chi bộ 1", 95m),
        ("Chi bộ 4", 92.5m),
        ("Chi bộ 2", 88m),
    ];

    [Fact]
    public void Rank_Competition_OneTwoTwoFour_TiesExplicit()
    {
        var ranked = Ranking.Rank(Month, m => m.Score);

        Assert.Equal([1, 2, 2, 4], ranked.Select(r => r.Rank));
        Assert.Equal(["Chi bộ 1", "Chi bộ 3", "Chi bộ 4", "Chi bộ 2"], ranked.Select(r => r.Item.Cell));
        Assert.Equal([false, true, true, false], ranked.Select(r => r.IsTied));
    }

    [Fact]
    public void Rank_Dense_OneTwoTwoThree()
    {
        var ranked = Ranking.Rank(Month, m => m.Score, RankingMethod.Dense);

        Assert.Equal([1, 2, 2, 3], ranked.Select(r => r.Rank));
    }

    [Fact]
    public void Rank_BadInput_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Ranking.Rank<int>(null!, x => x));
        Assert.Throws<ArgumentNullException>(() => Ranking.Rank([1], null!));
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => Ranking.Rank([1], x => x, 0));
        Assert.Empty(Ranking.Rank(Array.Empty<int>(), x => x));
    }

    [Property]
    public Property Rank_CompetitionRankIsOnePlusTheNumberStrictlyAbove_DenseIsOnePlusDistinctScoresAbove() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 20).ListOf()), scores =>
        {
            var competition = Ranking.Rank(scores, s => s);
            var dense = Ranking.Rank(scores, s => s, RankingMethod.Dense);
            return competition.All(r => r.Rank == 1 + scores.Count(s => s > r.Score))
                && dense.All(r => r.Rank == 1 + scores.Where(s => s > r.Score).Distinct().Count())
                && competition.All(r => r.IsTied == (scores.Count(s => s == r.Score) > 1));
        });
}

using System.Globalization;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <content>The quota check over groups and the solver.</content>
public sealed partial record QuotaRule
{
    /// <summary>
    /// The most subjects of a pool of <paramref name="goodOrBetter"/> (all rated good or excellent) that may be excellent:
    /// the largest <c>e</c> with <c>100 × e ≤ percent × (goodOrBetter − e)</c> — promoting one from good to excellent
    /// also shrinks the good count. Exact; at 20% it is <c>⌊goodOrBetter / 6⌋</c>.
    /// </summary>
    /// <param name="goodOrBetter">The pool, zero or more.</param>
    /// <returns>The largest number of excellent subjects allowed.</returns>
    /// <exception cref="ArgumentException"><paramref name="goodOrBetter"/> is negative.</exception>
    public long MaxExcellent(long goodOrBetter)
    {
        Guard.Against.Negative(goodOrBetter);
        return (long)MaxExcellentExact(goodOrBetter);
    }

    /// <summary>
    /// Checks groups against the quota: which exceed it and by how many. A group with the outstanding-unit exception is
    /// not checked. Rules return violations; nothing throws on the data.
    /// </summary>
    /// <param name="groups">The groups.</param>
    /// <returns>One entry per group over the quota, in the order given; empty when all fit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> or one of its items is <see langword="null"/>.</exception>
    public IReadOnlyList<QuotaExcess> Check(IEnumerable<QuotaGroup> groups)
    {
        Guard.Against.Null(groups);
        var excesses = new List<QuotaExcess>();
        foreach (var group in groups)
        {
            Guard.Against.Null(group, nameof(groups));
            var tally = group.Tally;
            if (group.OutstandingException || Fits(tally.Excellent, tally.Good))
            {
                continue;
            }

            var allowed = (long)decimal.Floor(maxExcellentPercentOfGood * tally.Good / 100m);
            var keep = MaxExcellentExact((decimal)tally.Excellent + tally.Good);
            var demotions = (long)(tally.Excellent - keep);
            var p = maxExcellentPercentOfGood.ToString(CultureInfo.InvariantCulture);
            var pVi = RatingExplainer.Vi(maxExcellentPercentOfGood);
            excesses.Add(new QuotaExcess(
                group,
                allowed,
                demotions,
                new RuleViolation(
                    RuleId,
                    $"Nhóm \"{group.Name}\": {tally.Excellent} hoàn thành xuất sắc nhiệm vụ trên {tally.Good} hoàn thành tốt nhiệm vụ, vượt tỷ lệ tối đa {pVi}%; " +
                    $"chỉ được tối đa {allowed}, cần chuyển ít nhất {demotions} sang hoàn thành tốt nhiệm vụ.",
                    $"Group \"{group.Name}\": {tally.Excellent} excellent against {tally.Good} good exceeds the {p}% quota; " +
                    $"at most {allowed} allowed, at least {demotions} must move down to good.",
                    [new("excellent", tally.Excellent), new("good", tally.Good), new("maxPercent", maxExcellentPercentOfGood),
                        new("allowed", allowed), new("minimumDemotions", demotions)])));
        }

        return excesses;
    }

    /// <summary>
    /// Solves the quota for one group: given its subjects in score order (highest first), how many may be excellent and
    /// who. The pool is every candidate allowed good or better; the best eligible candidates (allowed excellent) take
    /// excellent up to <see cref="MaxExcellent(long)"/> of the pool, the rest of the pool is good.
    /// </summary>
    /// <param name="candidatesInScoreOrder">The group's subjects, score descending.</param>
    /// <param name="outstandingException">Whether the outstanding-unit exception lifts the quota ([U]).</param>
    /// <returns>The solution; it satisfies the quota and one more excellent would not (unless every eligible one is in).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidatesInScoreOrder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A candidate has no id, or the list is not in descending score order.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException">A candidate's level is not defined.</exception>
    public QuotaSolution Solve(IReadOnlyList<QuotaCandidate> candidatesInScoreOrder, bool outstandingException = false)
    {
        Guard.Against.Null(candidatesInScoreOrder);
        long pool = 0;
        long eligible = 0;
        for (var i = 0; i < candidatesInScoreOrder.Count; i++)
        {
            var candidate = candidatesInScoreOrder[i];
            Guard.Against.NullOrWhiteSpace(candidate.Id, nameof(candidatesInScoreOrder));
            Guard.Against.EnumOutOfRange(candidate.HighestAllowed, nameof(candidatesInScoreOrder));
            if (i > 0 && candidate.Score > candidatesInScoreOrder[i - 1].Score)
            {
                throw new ArgumentException(
                    $"Candidates must be in descending score order; \"{candidate.Id}\" ({candidate.Score}) follows \"{candidatesInScoreOrder[i - 1].Id}\" ({candidatesInScoreOrder[i - 1].Score}).",
                    nameof(candidatesInScoreOrder));
            }

            if (candidate.HighestAllowed >= RatingLevel.Good)
            {
                pool++;
                if (candidate.HighestAllowed == RatingLevel.Excellent)
                {
                    eligible++;
                }
            }
        }

        var excellent = outstandingException ? eligible : Math.Min(eligible, MaxExcellent(pool));
        var assignments = new QuotaAssignment[candidatesInScoreOrder.Count];
        long given = 0;
        decimal? cutScore = null;
        for (var i = 0; i < assignments.Length; i++)
        {
            var candidate = candidatesInScoreOrder[i];
            var level = candidate.HighestAllowed;
            if (level == RatingLevel.Excellent)
            {
                if (given < excellent)
                {
                    given++;
                    cutScore = candidate.Score;
                }
                else
                {
                    level = RatingLevel.Good;
                }
            }

            assignments[i] = new QuotaAssignment(candidate, level);
        }

        var tied = new List<string>();
        if (cutScore is { } cut && excellent < eligible)
        {
            var outAtCut = false;
            foreach (var a in assignments)
            {
                if (a.Candidate.HighestAllowed == RatingLevel.Excellent && a.Candidate.Score == cut)
                {
                    tied.Add(a.Candidate.Id);
                    outAtCut |= a.Level != RatingLevel.Excellent;
                }
            }

            if (!outAtCut)
            {
                tied.Clear();
            }
        }

        return new QuotaSolution(this, pool, eligible, excellent, outstandingException, Array.AsReadOnly(assignments), tied.AsReadOnly());
    }

    private bool Fits(decimal excellent, decimal good) => excellent * 100m <= maxExcellentPercentOfGood * good;

    // The largest e with 100 × e ≤ percent × (pool − e), in decimal so a pool above long.MaxValue cannot overflow.
    private decimal MaxExcellentExact(decimal goodOrBetter)
    {
        var p = maxExcellentPercentOfGood;
        var e = decimal.Floor(p * goodOrBetter / (100m + p));
        while (e > 0 && !Fits(e, goodOrBetter - e))
        {
            e--;
        }

        while (e < goodOrBetter && Fits(e + 1, goodOrBetter - e - 1))
        {
            e++;
        }

        return e;
    }
}

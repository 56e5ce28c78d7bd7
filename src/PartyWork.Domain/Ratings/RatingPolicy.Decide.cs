using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <content>Deciding one subject.</content>
public sealed partial record RatingPolicy
{
    /// <summary>
    /// Decides one subject: the highest level this policy allows from the facts, and the violations of the proposed
    /// level (or of the self-rating when nothing was proposed), after those of an invalid score sheet. Rules return
    /// violations; nothing here throws on data (the facts validate every value when set, and counts are compared
    /// exactly in <see cref="decimal"/>, so no figure overflows).
    /// </summary>
    /// <param name="facts">The subject's facts.</param>
    /// <returns>The decision; it allocates nothing when the checked level is allowed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is <see langword="null"/>.</exception>
    public RatingDecision Decide(RatingFacts facts)
    {
        Guard.Against.Null(facts);
        var checkedLevel = facts.Checked;
        if (RatingEvaluator.IsExempt(this, facts))
        {
            return new RatingDecision(this, facts, null, checkedLevel is { } level ? [ExemptViolation(facts, level)] : []);
        }

        var sink = new MinimumSink();
        RatingEvaluator.Evaluate(this, facts, ref sink);
        var highest = sink.Highest;
        if (checkedLevel is not { } proposed || proposed <= highest)
        {
            return new RatingDecision(this, facts, highest, facts.ScoreSheetViolations);
        }

        var violations = new List<RuleViolation>(facts.ScoreSheetViolations);
        foreach (var cap in RatingExplainer.Explain(this, facts))
        {
            if (cap.Maximum < proposed)
            {
                violations.Add(new RuleViolation(
                    cap.RuleId,
                    $"Mức \"{proposed.ToVietnameseLower()}\" vượt mức cao nhất được phép \"{cap.Maximum.ToVietnameseLower()}\" theo {cap.RuleId}: {cap.Vietnamese}",
                    $"\"{proposed.ToEnglish()}\" is above the highest level \"{cap.Maximum.ToEnglish()}\" allowed by {cap.RuleId}: {cap.English}",
                    cap.Figures));
            }
        }

        return new RatingDecision(this, facts, highest, violations);
    }

    private RuleViolation ExemptViolation(RatingFacts facts, RatingLevel level)
    {
        var rule = Exemption!;
        var suspended = rule.ExemptSuspended && facts.IsSuspended;
        RatingFigure[] figures = facts.MonthsSinceAdmission is { } months
            ? [new("suspended", suspended ? 1 : 0), new("monthsSinceAdmission", months), new("minMonths", rule.MinMonthsSinceAdmission)]
            : [new("suspended", suspended ? 1 : 0), new("minMonths", rule.MinMonthsSinceAdmission)];
        return new RuleViolation(
            rule.RuleId,
            suspended
                ? $"Đảng viên đang bị đình chỉ sinh hoạt không được đánh giá, xếp loại; không xếp mức \"{level.ToVietnameseLower()}\"."
                : $"Đảng viên được kết nạp chưa đủ {rule.MinMonthsSinceAdmission} tháng ({facts.MonthsSinceAdmission} tháng) không được đánh giá, xếp loại; không xếp mức \"{level.ToVietnameseLower()}\".",
            suspended
                ? $"A suspended member is not rated; \"{level.ToEnglish()}\" cannot be given."
                : $"A member admitted less than {rule.MinMonthsSinceAdmission} months ago ({facts.MonthsSinceAdmission} months) is not rated; \"{level.ToEnglish()}\" cannot be given.",
            figures);
    }
}

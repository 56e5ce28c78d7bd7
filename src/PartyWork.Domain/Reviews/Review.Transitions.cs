using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Reviews;

/// <content>Applying moves: the stage machine.</content>
public sealed partial class Review
{
    /// <summary>Applies a move.</summary>
    /// <param name="reviewEvent">The move.</param>
    /// <returns>The new review; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reviewEvent"/> is <see langword="null"/>.</exception>
    /// <exception cref="ReviewTransitionException">The move is not allowed; its <see cref="ReviewTransitionException.Refusal"/> says what is missing.</exception>
    public Review Apply(ReviewEvent reviewEvent) =>
        TryApply(reviewEvent, out var next, out var refusal) ? next : throw new ReviewTransitionException(refusal);

    /// <summary>Applies a move if it is allowed.</summary>
    /// <param name="reviewEvent">The move.</param>
    /// <param name="next">The new review when allowed, else <see langword="null"/>.</param>
    /// <param name="refusal">Why the move is refused, else <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when applied.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reviewEvent"/> is <see langword="null"/>.</exception>
    public bool TryApply(
        ReviewEvent reviewEvent, [NotNullWhen(true)] out Review? next, [NotNullWhen(false)] out ReviewRefusal? refusal)
    {
        if (!CanApply(reviewEvent, out refusal))
        {
            next = null;
            return false;
        }

        next = Transition(reviewEvent);
        return true;
    }

    /// <summary>Tells whether a move is allowed, without applying it.</summary>
    /// <param name="reviewEvent">The move.</param>
    /// <param name="refusal">Why it is refused, else <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reviewEvent"/> is <see langword="null"/>.</exception>
    public bool CanApply(ReviewEvent reviewEvent, [NotNullWhen(false)] out ReviewRefusal? refusal)
    {
        Guard.Against.Null(reviewEvent);
        refusal = Check(reviewEvent);
        return refusal is null;
    }

    private ReviewRefusal? Check(ReviewEvent e)
    {
        if (e.Subject != Subject)
        {
            return Refuse(
                ReviewRuleIds.Subject,
                $"Sự kiện thuộc {ReviewText.Vietnamese(e.Subject)}, không thuộc {ReviewText.Vietnamese(Subject)}.",
                $"The move concerns {e.Subject}, not {Subject}.");
        }

        if (e.At < LastEventAt)
        {
            return Refuse(
                ReviewRuleIds.Time,
                $"Thời điểm {e.At} sớm hơn sự kiện trước ({LastEventAt}).",
                $"The move at {e.At} is earlier than the previous one at {LastEventAt}.");
        }

        if (Stage == ReviewStage.Closed)
        {
            return Refuse(
                ReviewRuleIds.Closed,
                $"Việc kiểm điểm {ReviewText.Vietnamese(Subject)} đã kết thúc; không thể {VerbVietnamese(e)}.",
                $"The review of {Subject} is closed; cannot {VerbEnglish(e)}.");
        }

        return e switch
        {
            ReviewPlanned => Refuse(
                ReviewRuleIds.Steps,
                $"Việc kiểm điểm {ReviewText.Vietnamese(Subject)} đã được lập kế hoạch.",
                $"The review of {Subject} is already planned."),
            FeedbackOpened => NeedStage(e, ReviewStage.Planned, ReviewStage.Planned),
            FeedbackReceived received => NeedStage(e, ReviewStage.CollectingFeedback, ReviewStage.CollectingFeedback)
                ?? (feedback.Any(f => f.Id == received.Item.Id)
                    ? Refuse(
                        ReviewRuleIds.FeedbackDuplicate,
                        $"Đã nhận ý kiến góp ý mã {received.Item.Id}.",
                        $"Feedback item {received.Item.Id} was already received.")
                    : null),
            SelfAssessmentSubmitted => NeedStage(e, ReviewStage.CollectingFeedback, ReviewStage.CollectingFeedback),
            ConferenceHeld => NeedStage(e, ReviewStage.SelfAssessment, ReviewStage.SelfAssessment),
            RatingProposed proposed => NeedStage(e, ReviewStage.Conference, ReviewStage.VerificationAndProposal)
                ?? CheckRating(proposed.Level, proposed.Facts, "đề xuất", "proposed"),
            RatingDecided decided => NeedStage(e, ReviewStage.VerificationAndProposal, ReviewStage.VerificationAndProposal)
                ?? CheckRating(decided.Level, decided.Facts, "quyết định", "decided"),
            ResultAnnounced => NeedStage(e, ReviewStage.Decision, ReviewStage.Decision),
            RemediationPlanned planned => NeedStage(e, ReviewStage.Announced, ReviewStage.Remediation)
                ?? (remediation.Any(r => r.Id == planned.Item.Id)
                    ? Refuse(
                        ReviewRuleIds.RemediationDuplicate,
                        $"Đã có nội dung khắc phục mã {planned.Item.Id}.",
                        $"Remediation item {planned.Item.Id} is already planned.")
                    : null),
            RemediationStatusChanged changed => NeedStage(e, ReviewStage.Remediation, ReviewStage.Remediation)
                ?? (remediation.Any(r => r.Id == changed.ItemId)
                    ? null
                    : Refuse(
                        ReviewRuleIds.RemediationUnknown,
                        $"Không có nội dung khắc phục mã {changed.ItemId}.",
                        $"There is no remediation item {changed.ItemId}.")),
            ReviewClosed => NeedStage(e, ReviewStage.Announced, ReviewStage.Remediation) ?? CheckRemediationDone(),
            DeadlineSet => null,
            _ => Refuse(
                ReviewRuleIds.Steps,
                $"Không hỗ trợ sự kiện {e.GetType().Name}.",
                $"The move {e.GetType().Name} is not known to the review."),
        };
    }

    private ReviewRefusal? NeedStage(ReviewEvent e, ReviewStage first, ReviewStage last)
    {
        if (Stage >= first && Stage <= last)
        {
            return null;
        }

        if (Stage < first)
        {
            var missing = Enumerable.Range((int)Stage + 1, first - Stage).Select(i => (ReviewStage)i).ToArray();
            return Refuse(
                ReviewRuleIds.Steps,
                $"Không thể {VerbVietnamese(e)} đối với {ReviewText.Vietnamese(Subject)}: còn thiếu bước "
                + string.Join(", ", missing.Select(ReviewText.Vietnamese)) + $" (đang ở bước {ReviewText.Vietnamese(Stage)}).",
                $"Cannot {VerbEnglish(e)} for {Subject}: missing "
                + string.Join(", ", missing.Select(ReviewText.English)) + $" (the review is at {Stage}).");
        }

        return Refuse(
            ReviewRuleIds.Steps,
            $"Không thể {VerbVietnamese(e)} đối với {ReviewText.Vietnamese(Subject)}: việc kiểm điểm đã qua bước đó (đang ở bước {ReviewText.Vietnamese(Stage)}).",
            $"Cannot {VerbEnglish(e)} for {Subject}: the review is already at {Stage}, past that step.");
    }

    private ReviewRefusal? CheckRating(RatingLevel level, RatingFacts facts, string verbVietnamese, string verbEnglish)
    {
        if (facts.Subject != Subject.RatingKind)
        {
            return Refuse(
                ReviewRuleIds.RatingSubject,
                $"Dữ kiện xếp loại dành cho loại đối tượng {facts.Subject}, nhưng {ReviewText.Vietnamese(Subject)} thuộc loại {Subject.RatingKind}.",
                $"The rating facts are for a {facts.Subject}, but {Subject} is rated as a {Subject.RatingKind}.");
        }

        var decision = Policy.Decide(facts);
        if (!decision.HasViolations)
        {
            return null;
        }

        var highestVietnamese = decision.HighestAllowed is { } high ? $"mức cao nhất được phép là \"{high.ToVietnameseLower()}\"" : "không được xếp loại";
        var highestEnglish = decision.HighestAllowed is { } top ? $"the highest level allowed is \"{top.ToEnglish()}\"" : "the subject is not rated";
        return new ReviewRefusal(
            ReviewRuleIds.Rating,
            $"Mức \"{level.ToVietnameseLower()}\" được {verbVietnamese} cho {ReviewText.Vietnamese(Subject)} vượt quy định ({highestVietnamese}): "
            + string.Join("; ", decision.Violations.Select(v => v.Vietnamese)),
            $"The {verbEnglish} level \"{level.ToEnglish()}\" for {Subject} breaks the rating rules ({highestEnglish}): "
            + string.Join("; ", decision.Violations.Select(v => v.ToString())),
            decision.Violations);
    }

    private ReviewRefusal? CheckRemediationDone()
    {
        var open = remediation.Where(r => r.Status != RemediationStatus.Done).Select(r => r.Id).ToArray();
        return open.Length == 0
            ? null
            : Refuse(
                ReviewRuleIds.RemediationOpen,
                $"Không thể kết thúc kiểm điểm {ReviewText.Vietnamese(Subject)}: còn {open.Length} nội dung chưa khắc phục xong ({string.Join(", ", open)}).",
                $"Cannot close the review of {Subject}: {open.Length} remediation item(s) not done ({string.Join(", ", open)}).");
    }

    private Review Transition(ReviewEvent e)
    {
        var next = Copy();
        next.events = events.Add(e);
        next.LastEventAt = e.At;
        switch (e)
        {
            case FeedbackOpened:
                next.Stage = ReviewStage.CollectingFeedback;
                break;
            case FeedbackReceived received:
                next.feedback = feedback.Add(received.Item);
                break;
            case SelfAssessmentSubmitted submitted:
                next.Stage = ReviewStage.SelfAssessment;
                next.SelfRating = submitted.SelfRating;
                break;
            case ConferenceHeld:
                next.Stage = ReviewStage.Conference;
                next.ConferenceAt = e.At;
                break;
            case RatingProposed proposed:
                next.Stage = ReviewStage.VerificationAndProposal;
                next.ProposedLevel = proposed.Level;
                break;
            case RatingDecided decided:
                next.Stage = ReviewStage.Decision;
                next.DecidedLevel = decided.Level;
                next.DecisionFacts = decided.Facts;
                break;
            case ResultAnnounced:
                next.Stage = ReviewStage.Announced;
                break;
            case RemediationPlanned planned:
                next.Stage = ReviewStage.Remediation;
                next.remediation = remediation.Add(planned.Item);
                break;
            case RemediationStatusChanged changed:
                var index = remediation.IndexOf(remediation.First(r => r.Id == changed.ItemId));
                next.remediation = remediation.SetItem(index, remediation[index].WithStatus(changed.Status));
                break;
            case ReviewClosed:
                next.Stage = ReviewStage.Closed;
                break;
            case DeadlineSet set:
                next.deadlines = deadlines.SetItem(set.Stage, set.Due);
                break;
        }

        return next;
    }

    private static ReviewRefusal Refuse(string ruleId, string vietnamese, string english) => new(ruleId, vietnamese, english, []);

    private static string VerbVietnamese(ReviewEvent e) => e switch
    {
        ReviewPlanned => "lập lại kế hoạch kiểm điểm",
        FeedbackOpened => "mở thu thập ý kiến góp ý",
        FeedbackReceived => "nhận ý kiến góp ý",
        SelfAssessmentSubmitted => "nộp bản tự kiểm điểm",
        ConferenceHeld => "tổ chức hội nghị kiểm điểm",
        RatingProposed => "đề xuất mức xếp loại",
        RatingDecided => "quyết định xếp loại",
        ResultAnnounced => "thông báo kết quả",
        RemediationPlanned => "lập kế hoạch khắc phục",
        RemediationStatusChanged => "cập nhật tiến độ khắc phục",
        ReviewClosed => "kết thúc kiểm điểm",
        DeadlineSet => "đặt thời hạn",
        _ => e.GetType().Name,
    };

    private static string VerbEnglish(ReviewEvent e) => e switch
    {
        ReviewPlanned => "plan the review again",
        FeedbackOpened => "open feedback collection",
        FeedbackReceived => "receive feedback",
        SelfAssessmentSubmitted => "submit the self-assessment",
        ConferenceHeld => "hold the review conference",
        RatingProposed => "propose a level",
        RatingDecided => "decide the level",
        ResultAnnounced => "announce the result",
        RemediationPlanned => "plan remediation",
        RemediationStatusChanged => "update remediation",
        ReviewClosed => "close the review",
        DeadlineSet => "set a deadline",
        _ => e.GetType().Name,
    };
}

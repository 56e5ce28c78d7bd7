namespace PartyWork.Domain.Reviews;

/// <summary>Vietnamese (NFC) and English names used in the area's messages.</summary>
internal static class ReviewText
{
    internal static string Vietnamese(ReviewStage stage) => stage switch
    {
        ReviewStage.Planned => "lập kế hoạch",
        ReviewStage.CollectingFeedback => "thu thập ý kiến góp ý",
        ReviewStage.SelfAssessment => "tự kiểm điểm",
        ReviewStage.Conference => "hội nghị kiểm điểm",
        ReviewStage.VerificationAndProposal => "thẩm định, đề xuất mức xếp loại",
        ReviewStage.Decision => "quyết định xếp loại",
        ReviewStage.Announced => "thông báo kết quả",
        ReviewStage.Remediation => "khắc phục hạn chế, khuyết điểm",
        ReviewStage.Closed => "kết thúc",
        _ => stage.ToString(),
    };

    internal static string English(ReviewStage stage) => stage switch
    {
        ReviewStage.Planned => "planning",
        ReviewStage.CollectingFeedback => "collecting feedback",
        ReviewStage.SelfAssessment => "the self-assessment",
        ReviewStage.Conference => "the review conference",
        ReviewStage.VerificationAndProposal => "the verification and proposal",
        ReviewStage.Decision => "the decision",
        ReviewStage.Announced => "the announcement",
        ReviewStage.Remediation => "the remediation plan",
        ReviewStage.Closed => "closing",
        _ => stage.ToString(),
    };

    internal static string Vietnamese(ReviewSubject subject) => subject.Kind switch
    {
        ReviewSubjectKind.Collective => $"tập thể lãnh đạo {subject.OrganizationId}",
        ReviewSubjectKind.Body => $"cơ quan, đoàn thể {subject.PartyId} của {subject.OrganizationId}",
        ReviewSubjectKind.Member => $"cá nhân {subject.PartyId} tại {subject.OrganizationId}",
        ReviewSubjectKind.Head => $"người đứng đầu {subject.PartyId} của {subject.OrganizationId}",
        _ => "?",
    };
}

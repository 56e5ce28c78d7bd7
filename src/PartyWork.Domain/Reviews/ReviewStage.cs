namespace PartyWork.Domain.Reviews;

/// <summary>
/// The stages a review moves through, in order (R132-STEPS, R124-STEPS: self-rating, appraisal and proposal, decision;
/// with the feedback, conference, announcement and remediation steps around them). Later stages compare greater.
/// </summary>
/// <remarks><c>default(ReviewStage)</c> (0) is not a stage; every member that takes a stage rejects it.</remarks>
public enum ReviewStage
{
    /// <summary>Lập kế hoạch: the review is planned.</summary>
    Planned = 1,

    /// <summary>Thu thập ý kiến góp ý: written feedback is being collected.</summary>
    CollectingFeedback = 2,

    /// <summary>Tự kiểm điểm: the subject has written its self-assessment and self-rating (step 1).</summary>
    SelfAssessment = 3,

    /// <summary>Hội nghị kiểm điểm: the review conference was held.</summary>
    Conference = 4,

    /// <summary>Thẩm định, đề xuất: the advisory body verified and proposed a level (step 2).</summary>
    VerificationAndProposal = 5,

    /// <summary>Quyết định xếp loại: the competent level decided the level (step 3).</summary>
    Decision = 6,

    /// <summary>Thông báo kết quả: the result was announced.</summary>
    Announced = 7,

    /// <summary>Khắc phục hạn chế, khuyết điểm: remediation of the shortcomings is under way.</summary>
    Remediation = 8,

    /// <summary>Kết thúc: the review is closed.</summary>
    Closed = 9,
}

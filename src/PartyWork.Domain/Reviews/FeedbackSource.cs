namespace PartyWork.Domain.Reviews;

/// <summary>Where a written feedback item (văn bản góp ý) comes from.</summary>
/// <remarks><c>default(FeedbackSource)</c> (0) is not a source; every member that takes a source rejects it.</remarks>
public enum FeedbackSource
{
    /// <summary>Cấp ủy cấp trên: the higher committee and its advisory boards.</summary>
    HigherCommittee = 1,

    /// <summary>Hội đồng nhân dân, Ủy ban nhân dân: the people's council and the people's committee.</summary>
    PeoplesCouncil = 2,

    /// <summary>Tổ chức, đơn vị cấp dưới: subordinate organizations and units.</summary>
    SubordinateUnit = 3,

    /// <summary>Đồng chí lãnh đạo đã nghỉ hưu: retired leaders.</summary>
    RetiredLeaders = 4,

    /// <summary>Chi ủy nơi cư trú: the cell committee where the member lives.</summary>
    CellOfResidence = 5,

    /// <summary>Nhân dân: the public.</summary>
    Public = 6,

    /// <summary>Khác: any other source (the cell where the member works, the Front…).</summary>
    Other = 7,
}

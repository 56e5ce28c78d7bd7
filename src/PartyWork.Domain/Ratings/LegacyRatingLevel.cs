namespace PartyWork.Domain.Ratings;

/// <summary>The pre-2018 rating labels (R-LEGACY-LEVELS), for reading old reports and histories.</summary>
/// <remarks>
/// Organization and member labels are two different scales; <see cref="LegacyRatings.ToCurrent(LegacyRatingLevel)"/>
/// says which of them map onto <see cref="RatingLevel"/>. <c>default(LegacyRatingLevel)</c> (0) is not a label.
/// </remarks>
public enum LegacyRatingLevel
{
    /// <summary>Organization: trong sạch, vững mạnh tiêu biểu (exemplary, a subset of clean and strong).</summary>
    Exemplary = 1,

    /// <summary>Organization: trong sạch, vững mạnh (clean and strong).</summary>
    CleanStrong = 2,

    /// <summary>Organization: hoàn thành tốt nhiệm vụ (the organization scale's second level).</summary>
    OrganizationGood = 3,

    /// <summary>Organization: hoàn thành nhiệm vụ (the organization scale's third level).</summary>
    OrganizationCompleted = 4,

    /// <summary>Organization: yếu kém (weak).</summary>
    Weak = 5,

    /// <summary>Member: đủ tư cách, hoàn thành xuất sắc nhiệm vụ.</summary>
    MemberExcellent = 6,

    /// <summary>Member: đủ tư cách, hoàn thành tốt nhiệm vụ.</summary>
    MemberGood = 7,

    /// <summary>Member: đủ tư cách, hoàn thành nhiệm vụ.</summary>
    MemberCompleted = 8,

    /// <summary>Member: vi phạm tư cách hoặc không hoàn thành nhiệm vụ.</summary>
    StandingViolated = 9,
}

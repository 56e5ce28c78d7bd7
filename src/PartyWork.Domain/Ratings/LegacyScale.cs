namespace PartyWork.Domain.Ratings;

/// <summary>Which of the two pre-2018 scales a legacy label belongs to (R-LEGACY-LEVELS).</summary>
/// <remarks><c>default(LegacyScale)</c> (0) is not a scale.</remarks>
public enum LegacyScale
{
    /// <summary>Party organizations: trong sạch, vững mạnh / hoàn thành tốt / hoàn thành / yếu kém.</summary>
    Organization = 1,

    /// <summary>Party members: đủ tư cách hoàn thành xuất sắc / tốt / hoàn thành nhiệm vụ / vi phạm tư cách.</summary>
    Member = 2,
}

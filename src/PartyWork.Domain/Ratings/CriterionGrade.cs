namespace PartyWork.Domain.Ratings;

/// <summary>
/// The grade of one criterion on a review form (Xuất sắc / Tốt / Trung bình / Kém), ascending so that
/// <c>grade &gt;= CriterionGrade.Good</c> reads "good or better".
/// </summary>
/// <remarks><c>default(CriterionGrade)</c> (0) is not a grade and is rejected where a grade is required.</remarks>
public enum CriterionGrade
{
    /// <summary>Kém: poor.</summary>
    Poor = 1,

    /// <summary>Trung bình: average.</summary>
    Average = 2,

    /// <summary>Tốt: good.</summary>
    Good = 3,

    /// <summary>Xuất sắc: excellent.</summary>
    Excellent = 4,
}

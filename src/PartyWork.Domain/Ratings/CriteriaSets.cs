namespace PartyWork.Domain.Ratings;

/// <summary>The built-in criteria sets.</summary>
public static class CriteriaSets
{
    /// <summary>The code of the common criteria in <see cref="Regulation366"/>.</summary>
    public const string CommonCode = "1";

    /// <summary>The code of the task results in <see cref="Regulation366"/>.</summary>
    public const string TaskResultsCode = "2";

    /// <summary>
    /// Gets the 100-point frame of 366-QĐ/TW (R366-SCALE): common criteria 30 points and task results 70 points.
    /// </summary>
    /// <value>
    /// Two top-level criteria without sub-criteria: the five annexes (one per subject group) split them further, and
    /// an agency supplies that split as its own <see cref="CriteriaSet"/> with the same totals.
    /// </value>
    public static CriteriaSet Regulation366 { get; } = new(
        "Khung tiêu chí 100 điểm (Quy định 366-QĐ/TW)",
        [
            new Criterion(CommonCode, "Tiêu chí chung", 30m),
            new Criterion(TaskResultsCode, "Kết quả thực hiện chức trách, nhiệm vụ", 70m),
        ]);
}

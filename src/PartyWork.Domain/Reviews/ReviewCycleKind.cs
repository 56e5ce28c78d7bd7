namespace PartyWork.Domain.Reviews;

/// <summary>
/// The kinds of review cycle the regulations name: per term, per year, per quarter, per month, and ad hoc or thematic
/// (R366-PERIODS; quarterly evaluation of managed cadres R-KL198-QUARTER).
/// </summary>
/// <remarks><c>default(ReviewCycleKind)</c> (0) is not a kind; every member that takes a kind rejects it.</remarks>
public enum ReviewCycleKind
{
    /// <summary>Kiểm điểm nhiệm kỳ: over a congress term (period kind <see cref="Terms.ReviewPeriodKind.Term"/>).</summary>
    Term = 1,

    /// <summary>Kiểm điểm hằng năm: over a calendar year (period kind <see cref="Terms.ReviewPeriodKind.Year"/>).</summary>
    Annual = 2,

    /// <summary>Đánh giá hằng quý: over a quarter (period kind <see cref="Terms.ReviewPeriodKind.Quarter"/>), R-KL198-QUARTER.</summary>
    Quarterly = 3,

    /// <summary>Đánh giá hằng tháng: over a month (period kind <see cref="Terms.ReviewPeriodKind.Month"/>).</summary>
    Monthly = 4,

    /// <summary>Kiểm điểm đột xuất, chuyên đề: ad hoc or thematic, over any period.</summary>
    AdHoc = 5,
}

namespace PartyWork.Domain.Terms;

/// <summary>The kind of a <see cref="ReviewPeriod"/>.</summary>
public enum ReviewPeriodKind
{
    /// <summary>Any run of days: <c>"từ ngày 01/03/2018 đến ngày 15/04/2018"</c>. The kind of <c>default(ReviewPeriod)</c>.</summary>
    Interval = 0,

    /// <summary>A calendar month: <c>"tháng 7/2018"</c>.</summary>
    Month = 1,

    /// <summary>A calendar quarter: <c>"quý III/2024"</c>.</summary>
    Quarter = 2,

    /// <summary>A half-year: <c>"6 tháng đầu năm 2018"</c>, <c>"6 tháng cuối năm 2018"</c>.</summary>
    HalfYear = 3,

    /// <summary>The first N months of a year, for N other than 1, 3, 6 and 12: <c>"10 tháng đầu năm 2018"</c>.</summary>
    FirstMonths = 4,

    /// <summary>A calendar year: <c>"năm 2019"</c>.</summary>
    Year = 5,

    /// <summary>A congress term: <c>"nhiệm kỳ 2015-2020"</c>.</summary>
    Term = 6,
}

namespace PartyWork.Domain.Ratings;

/// <summary>Party discipline forms, lightest to heaviest, so that <c>form &gt;= Discipline.Reprimand</c> reads naturally.</summary>
/// <remarks><c>default(Discipline)</c> is <see cref="None"/>: not disciplined.</remarks>
public enum Discipline
{
    /// <summary>Not disciplined.</summary>
    None = 0,

    /// <summary>Khiển trách: reprimand.</summary>
    Reprimand = 1,

    /// <summary>Cảnh cáo: warning.</summary>
    Warning = 2,

    /// <summary>Cách chức: dismissal from a post.</summary>
    Dismissal = 3,

    /// <summary>Khai trừ: expulsion.</summary>
    Expulsion = 4,
}

namespace PartyWork.Domain.Ratings;

/// <summary>
/// The four quality levels of the yearly rating under 132-QĐ/TW, 124-QĐ/TW and 366-QĐ/TW (R-LEVELS), ordered so that
/// comparisons read naturally: <c>RatingLevel.Excellent &gt; RatingLevel.Good</c>.
/// </summary>
/// <remarks>
/// The numeric values ascend with quality (1 to 4), so <c>level &gt;= RatingLevel.Good</c> means "good or better".
/// <c>default(RatingLevel)</c> (0) is not a level; every member of the library that takes a level rejects it with
/// <see cref="System.ComponentModel.InvalidEnumArgumentException"/>. Labels, abbreviations and parsing live in
/// <see cref="RatingLevels"/>. The storage is one byte, so a roll-up can keep one level per member in a
/// <c>byte[]</c> and count it with <see cref="RatingTally.FromLevels(ReadOnlySpan{RatingLevel})"/> through
/// <c>MemoryMarshal.Cast&lt;byte, RatingLevel&gt;</c>.
/// </remarks>
public enum RatingLevel : byte
{
    /// <summary>Không hoàn thành nhiệm vụ (KHTNV): not completed.</summary>
    NotCompleted = 1,

    /// <summary>Hoàn thành nhiệm vụ (HTNV): completed.</summary>
    Completed = 2,

    /// <summary>Hoàn thành tốt nhiệm vụ (HTTNV): completed well.</summary>
    Good = 3,

    /// <summary>Hoàn thành xuất sắc nhiệm vụ (HTXSNV): completed excellently.</summary>
    Excellent = 4,
}

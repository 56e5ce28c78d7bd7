using System.ComponentModel;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>Labels of <see cref="Discipline"/>.</summary>
public static class Disciplines
{
    /// <summary>The Vietnamese name of the form: <c>"khiển trách"</c>, <c>"cảnh cáo"</c>, <c>"cách chức"</c>, <c>"khai trừ"</c>.</summary>
    /// <param name="form">The form.</param>
    /// <returns>The name, lower case, NFC; <c>"không"</c> for <see cref="Discipline.None"/>.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="form"/> is not defined.</exception>
    public static string ToVietnamese(this Discipline form) => Guard.Against.EnumOutOfRange(form) switch
    {
        Discipline.Reprimand => "khiển trách",
        Discipline.Warning => "cảnh cáo",
        Discipline.Dismissal => "cách chức",
        Discipline.Expulsion => "khai trừ",
        _ => "không",
    };

    /// <summary>The English name of the form.</summary>
    /// <param name="form">The form.</param>
    /// <returns><c>"reprimand"</c>, <c>"warning"</c>, <c>"dismissal"</c>, <c>"expulsion"</c> or <c>"none"</c>.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="form"/> is not defined.</exception>
    public static string ToEnglish(this Discipline form) => Guard.Against.EnumOutOfRange(form) switch
    {
        Discipline.Reprimand => "reprimand",
        Discipline.Warning => "warning",
        Discipline.Dismissal => "dismissal",
        Discipline.Expulsion => "expulsion",
        _ => "none",
    };
}

using System.Globalization;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Text;

namespace PartyWork.Cli.Csv;

/// <summary>
/// Reads ratings.csv: <c>member_id,year,proposed</c> and the optional <c>name</c>, <c>score</c> (0–100, either decimal
/// notation), <c>discipline</c> (none, khiển trách/reprimand, cảnh cáo/warning, cách chức/dismissal, khai trừ/expulsion),
/// <c>led_unit_rating</c> (the rating of the unit the member heads: makes the member a leader, R21-CAP-HEAD and R124-HEAD-TIE) and
/// <c>civil_service_rating</c>. One row per member and year.
/// </summary>
internal static class RatingsCsv
{
    /// <summary>The required columns.</summary>
    public static readonly IReadOnlyList<string> Columns = ["member_id", "year", "proposed"];

    /// <summary>The optional columns.</summary>
    public static readonly IReadOnlyList<string> OptionalColumns = ["name", "score", "discipline", "led_unit_rating", "civil_service_rating"];

    /// <summary>Reads the rows, or records every problem with its line.</summary>
    /// <param name="path">The file.</param>
    /// <param name="errors">Where problems go.</param>
    /// <param name="ratings">The rows, in file order.</param>
    /// <returns>Whether every row was read.</returns>
    public static bool TryLoad(string path, CsvErrors errors, out List<CsvRating> ratings)
    {
        ratings = [];
        if (!errors.TryOpen(path, Columns, OptionalColumns, "ratings", out var table, out var columns))
        {
            return false;
        }

        var lines = new Dictionary<(string, int), int>();
        var ok = true;
        foreach (var row in table.Rows)
        {
            var problem = Read(row, columns, lines, out var rating);
            if (problem is not null)
            {
                errors.Add(path, row.Line, problem);
                ok = false;
                continue;
            }

            lines.Add((rating!.Id, rating.Year), row.Line);
            ratings.Add(rating);
        }

        return ok;
    }

    private static string? Read(CsvRow row, CsvColumns columns, Dictionary<(string, int), int> lines, out CsvRating? rating)
    {
        rating = null;
        var id = columns.Get(row, "member_id");
        var yearText = columns.Get(row, "year");
        if (id.Length == 0)
        {
            return "the member_id is empty.";
        }

        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1930 or > 9999)
        {
            return $"the year '{yearText}' of member '{id}' is not a year from 1930 to 9999.";
        }

        if (lines.TryGetValue((id, year), out var first))
        {
            return $"duplicate member '{id}' for {year} (first on line {first}).";
        }

        // Every field is read, and the first problem in column order is reported.
        string?[] problems =
        [
            MembersCsv.LevelProblem(columns.Get(row, "proposed"), "proposed", id, out var proposed),
            OptionalLevel(columns.Get(row, "led_unit_rating"), "led_unit_rating", id, out var ledUnit),
            OptionalLevel(columns.Get(row, "civil_service_rating"), "civil_service_rating", id, out var civil),
            ScoreProblem(columns.Get(row, "score"), id, out var score),
            DisciplineProblem(columns.Get(row, "discipline"), id, out var discipline),
        ];
        if (problems.FirstOrDefault(p => p is not null) is { } problem)
        {
            return problem;
        }

        var facts = new RatingFacts(ledUnit is null ? RatingSubjectKind.Individual : RatingSubjectKind.Leader)
        {
            Proposed = proposed,
            Score = score,
            Discipline = new DisciplineRecord(discipline),
            LedUnitRating = ledUnit,
            CivilServiceRating = civil,
        };
        rating = new CsvRating(row.Line, id, columns.Get(row, "name"), year, facts);
        return null;
    }

    private static string? OptionalLevel(string text, string column, string id, out RatingLevel? level)
    {
        level = null;
        if (text.Length == 0)
        {
            return null;
        }

        var problem = MembersCsv.LevelProblem(text, column, id, out var read);
        level = problem is null ? read : null;
        return problem;
    }

    private static string? ScoreProblem(string text, string id, out decimal? score)
    {
        score = null;
        if (text.Length == 0)
        {
            return null;
        }

        if (!VietnameseNumber.TryRead(text, out var number))
        {
            return $"the score '{text}' of member '{id}' is not a number.";
        }

        decimal[] readings = number.Alternative is { } other ? [number.Value, other] : [number.Value];
        var inRange = readings.Where(v => v is >= 0m and <= 100m).Distinct().ToArray();
        if (inRange.Length == 1)
        {
            score = inRange[0];
            return null;
        }

        return inRange.Length == 0
            ? $"the score '{text}' of member '{id}' is outside 0–100."
            : $"the score '{text}' of member '{id}' reads as {inRange[0].ToString(CultureInfo.InvariantCulture)} or {inRange[1].ToString(CultureInfo.InvariantCulture)}; write it without a group separator.";
    }

    private static string? DisciplineProblem(string text, string id, out Discipline discipline)
    {
        discipline = VietnameseText.Fold(text) switch
        {
            "" or "none" or "khong" => Discipline.None,
            "khien trach" or "reprimand" => Discipline.Reprimand,
            "canh cao" or "warning" => Discipline.Warning,
            "cach chuc" or "dismissal" => Discipline.Dismissal,
            "khai tru" or "expulsion" => Discipline.Expulsion,
            _ => (Discipline)(-1),
        };
        return discipline >= 0
            ? null
            : $"the discipline '{text}' of member '{id}' is not one of: none, khiển trách (reprimand), cảnh cáo (warning), cách chức (dismissal), khai trừ (expulsion).";
    }
}

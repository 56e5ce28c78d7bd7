using PartyWork.Domain.Organizations;
using PartyWork.Domain.Ratings;

namespace PartyWork.Cli.Csv;

/// <summary>
/// Reads members.csv (<c>member_id,cell_id,rating</c>, optional <c>name</c>): one row per member, the id of the
/// organization the member belongs to (usually a cell) and the rating as <see cref="RatingLevels.TryParse(string?, out RatingLevel)"/> reads it.
/// </summary>
internal static class MembersCsv
{
    /// <summary>The required columns.</summary>
    public static readonly IReadOnlyList<string> Columns = ["member_id", "cell_id", "rating"];

    /// <summary>Reads the members, or records every problem with its line.</summary>
    /// <param name="path">The file.</param>
    /// <param name="tree">The organization tree the cells belong to.</param>
    /// <param name="errors">Where problems go.</param>
    /// <param name="members">The members, in file order.</param>
    /// <returns>Whether every row was read.</returns>
    public static bool TryLoad(string path, OrganizationTree tree, CsvErrors errors, out List<CsvMember> members)
    {
        members = [];
        if (!errors.TryOpen(path, Columns, ["name"], "members", out var table, out var columns))
        {
            return false;
        }

        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        foreach (var row in table.Rows)
        {
            var id = columns.Get(row, "member_id");
            var cell = columns.Get(row, "cell_id");
            var text = columns.Get(row, "rating");
            var index = -1;
            var level = default(RatingLevel);
            var problem = id.Length == 0 ? "the member_id is empty."
                : lines.TryGetValue(id, out var first) ? $"duplicate member '{id}' (first on line {first})."
                : cell.Length == 0 ? $"the cell_id of member '{id}' is empty."
                : !tree.TryGetIndex(cell, out index) ? $"unknown cell '{cell}' for member '{id}': no organization has this id."
                : LevelProblem(text, "rating", id, out level);
            if (problem is not null)
            {
                errors.Add(path, row.Line, problem);
                ok = false;
                continue;
            }

            lines.Add(id, row.Line);
            members.Add(new CsvMember(id, columns.Get(row, "name"), index, level));
        }

        return ok;
    }

    /// <summary>Reads a rating level, or says why it is not one.</summary>
    /// <param name="text">The field.</param>
    /// <param name="column">The column name, for the message.</param>
    /// <param name="member">The member id, for the message.</param>
    /// <param name="level">The level read.</param>
    /// <returns><see langword="null"/> when read; otherwise the problem.</returns>
    internal static string? LevelProblem(string text, string column, string member, out RatingLevel level)
    {
        if (RatingLevels.TryParse(text, out level))
        {
            return null;
        }

        return text.Length == 0
            ? $"the {column} of member '{member}' is empty."
            : $"the {column} '{text}' of member '{member}' is not a rating level; write HTXSNV, HTTNV, HTNV or KHTNV, the full label (\"Hoàn thành tốt nhiệm vụ\") or the English name.";
    }
}

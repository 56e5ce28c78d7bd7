using PartyWork.Domain.Organizations;
using PartyWork.Domain.Text;

namespace PartyWork.Cli.Csv;

/// <summary>
/// Reads organizations.csv (<c>id,parent_id,kind,name</c>) into an <see cref="OrganizationTree"/> of the standard
/// catalog. The kind is a kind id (<c>Cell</c>, <c>GrassrootsCommittee</c>…) or its Vietnamese or English name, in any
/// case, with or without diacritics; an empty parent_id marks the root.
/// </summary>
internal static class OrganizationsCsv
{
    /// <summary>The required columns.</summary>
    public static readonly IReadOnlyList<string> Columns = ["id", "parent_id", "kind", "name"];

    /// <summary>Reads the file and builds the tree, or records every problem with its line.</summary>
    /// <param name="path">The file.</param>
    /// <param name="errors">Where problems go.</param>
    /// <param name="tree">The tree, or <see langword="null"/> on failure.</param>
    /// <returns>Whether the tree was built.</returns>
    public static bool TryLoad(string path, CsvErrors errors, out OrganizationTree? tree)
    {
        tree = null;
        if (!errors.TryOpen(path, Columns, [], "organizations", out var table, out var columns))
        {
            return false;
        }

        var catalog = OrganizationCatalog.Standard;
        var kinds = KindsByName(catalog);
        var rows = new List<OrganizationRow>(table.Rows.Count);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        foreach (var row in table.Rows)
        {
            var id = columns.Get(row, "id");
            var parent = columns.Get(row, "parent_id");
            var kind = columns.Get(row, "kind");
            var name = columns.Get(row, "name");
            var problem = (id, kind, name) switch
            {
                ({ Length: 0 }, _, _) => "the id is empty.",
                (_, { Length: 0 }, _) => $"the kind of '{id}' is empty.",
                (_, _, { Length: 0 }) => $"the name of '{id}' is empty.",
                _ when !kinds.ContainsKey(VietnameseText.Fold(kind)) =>
                    $"unknown kind '{kind}' for '{id}'; use one of {string.Join(", ", catalog.Kinds.Select(k => k.Id))} (or its Vietnamese or English name).",
                _ when lines.TryGetValue(id, out var first) => $"duplicate organization id '{id}' (first on line {first}).",
                _ => null,
            };
            if (problem is not null)
            {
                errors.Add(path, row.Line, problem);
                ok = false;
                continue;
            }

            lines.Add(id, row.Line);
            rows.Add(new OrganizationRow(id, parent.Length == 0 ? null : parent, kinds[VietnameseText.Fold(kind)], name));
        }

        if (!ok)
        {
            return false;
        }

        if (!OrganizationTree.TryBuild(rows, catalog, out tree, out var problems))
        {
            foreach (var p in problems)
            {
                var line = p.Ids.Select(i => lines.GetValueOrDefault(i)).FirstOrDefault(l => l > 0, table.Rows[0].Line);
                errors.Add(path, line, $"{p.RuleId}: {p.EnglishMessage}");
            }

            return false;
        }

        return true;
    }

    private static Dictionary<string, string> KindsByName(OrganizationCatalog catalog)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var kind in catalog.Kinds)
        {
            byName.TryAdd(VietnameseText.Fold(kind.Id), kind.Id);
            byName.TryAdd(VietnameseText.Fold(kind.VietnameseName), kind.Id);
            byName.TryAdd(VietnameseText.Fold(kind.EnglishName), kind.Id);
        }

        return byName;
    }
}

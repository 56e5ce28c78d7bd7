using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace PartyWork.Domain.Organizations;

/// <content>Building from rows: every problem is collected before giving up, in O(n log n) for n rows.</content>
public sealed partial class OrganizationTree
{
    private const int NoParent = -1;
    private const int MissingParent = -2;

    internal static bool TryBuildCore(
        IReadOnlyList<OrganizationRow> rows,
        OrganizationCatalog catalog,
        LocalDate? asOf,
        [NotNullWhen(true)] out OrganizationTree? tree,
        out IReadOnlyList<OrganizationTreeProblem> problems)
    {
        var found = new List<OrganizationTreeProblem>();
        var n = rows.Count;
        if (n == 0)
        {
            found.Add(OrganizationTreeProblem.NoRoot(0));
            return Fail(found, out tree, out problems);
        }

        // 1. Ids: the first row with an id wins; later ones are reported and left out.
        var indexById = new Dictionary<string, int>(n, StringComparer.Ordinal);
        var kept = new bool[n];
        Dictionary<string, int>? duplicateCounts = null;
        for (var i = 0; i < n; i++)
        {
            if (indexById.TryAdd(rows[i].Id, i))
            {
                kept[i] = true;
            }
            else
            {
                duplicateCounts ??= new Dictionary<string, int>(StringComparer.Ordinal);
                duplicateCounts[rows[i].Id] = duplicateCounts.TryGetValue(rows[i].Id, out var c) ? c + 1 : 2;
            }
        }

        if (duplicateCounts is not null)
        {
            found.AddRange(duplicateCounts.Select(d => OrganizationTreeProblem.DuplicateId(d.Key, d.Value)));
        }

        // 2. Kinds and levels.
        var kinds = new OrganizationKind?[n];
        var levels = new OrganizationLevel?[n];
        for (var i = 0; i < n; i++)
        {
            if (!kept[i])
            {
                continue;
            }

            if (catalog.TryGetKind(rows[i].KindId, out var kind) && catalog.TryGetLevel(kind.LevelId, out var level))
            {
                kinds[i] = kind;
                levels[i] = level;
                if (asOf is { } date && !level.IsInForceOn(date))
                {
                    found.Add(OrganizationTreeProblem.LevelNotInForce(rows[i].Id, level, date));
                }
            }
            else
            {
                found.Add(OrganizationTreeProblem.UnknownKind(rows[i].Id, rows[i].KindId));
            }
        }

        // 3. Parents and roots, then levels along each edge. An edge on a cycle (a row that is its own parent
        //    included) is reported once, as the cycle; its levels are not checked, so a long cycle gives one problem.
        var parents = new int[n];
        var roots = new List<int>();
        for (var i = 0; i < n; i++)
        {
            if (!kept[i])
            {
                continue;
            }

            parents[i] = rows[i].ParentId is not { } parentId ? NoParent
                : indexById.TryGetValue(parentId, out var p) ? p
                : MissingParent;
            if (parents[i] == NoParent)
            {
                roots.Add(i);
            }
        }

        var onCycle = RowsOnCycles(kept, parents);
        for (var i = 0; i < n; i++)
        {
            if (!kept[i] || rows[i].ParentId is not { } parentId)
            {
                continue;
            }

            var p = parents[i];
            if (p == MissingParent)
            {
                found.Add(OrganizationTreeProblem.UnknownParent(rows[i].Id, parentId));
            }
            else if (!onCycle[i] && levels[i] is { } level && levels[p] is { } parentLevel && level.Rank <= parentLevel.Rank)
            {
                found.Add(OrganizationTreeProblem.LevelNotBelowParent(rows[i].Id, level, parentId, parentLevel));
            }
        }

        if (roots.Count == 0)
        {
            found.Add(OrganizationTreeProblem.NoRoot(n));
        }
        else if (roots.Count > 1)
        {
            found.Add(OrganizationTreeProblem.SeveralRoots([.. roots.Select(r => rows[r].Id).Order(StringComparer.Ordinal)]));
        }

        // 4. Children lists (compressed rows), siblings in ordinal id order.
        var byId = new int[indexById.Count];
        var keys = new string[byId.Length];
        var k = 0;
        for (var i = 0; i < n; i++)
        {
            if (kept[i])
            {
                byId[k] = i;
                keys[k] = rows[i].Id;
                k++;
            }
        }

        Array.Sort(keys, byId, StringComparer.Ordinal);
        var childStart = new int[n + 1];
        foreach (var i in byId)
        {
            if (parents[i] >= 0)
            {
                childStart[parents[i] + 1]++;
            }
        }

        for (var i = 0; i < n; i++)
        {
            childStart[i + 1] += childStart[i];
        }

        var children = new int[childStart[n]];
        var fill = (int[])childStart.Clone();
        foreach (var i in byId)
        {
            if (parents[i] >= 0)
            {
                children[fill[parents[i]]++] = i;
            }
        }

        // 5. Pre-order from every root (iterative, so deep trees cannot overflow the stack).
        var order = new int[byId.Length];
        var reached = new bool[n];
        var count = 0;
        var stack = new Stack<int>();
        foreach (var root in roots.OrderBy(r => rows[r].Id, StringComparer.Ordinal))
        {
            stack.Push(root);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                reached[node] = true;
                order[count++] = node;
                for (var c = childStart[node + 1] - 1; c >= childStart[node]; c--)
                {
                    stack.Push(children[c]);
                }
            }
        }

        // 6. Rows never reached sit on a cycle, below one, or below a missing parent: find the cycles.
        if (count < byId.Length)
        {
            FindCycles(rows, kept, reached, parents, found);
        }

        if (found.Count > 0)
        {
            return Fail(found, out tree, out problems);
        }

        tree = Assemble(rows, catalog, order, parents, kinds!, levels!);
        problems = [];
        return true;
    }

    /// <summary>Marks the rows whose parent chain comes back to them (each row has one parent, so its parent edge is then on the cycle).</summary>
    private static bool[] RowsOnCycles(bool[] kept, int[] parents)
    {
        var n = parents.Length;
        var onCycle = new bool[n];
        var walk = new int[n]; // 0 = not walked yet; otherwise the number of the walk that first met the row.
        var walkNumber = 0;
        for (var start = 0; start < n; start++)
        {
            if (!kept[start] || walk[start] != 0)
            {
                continue;
            }

            walkNumber++;
            var node = start;
            while (node >= 0 && walk[node] == 0)
            {
                walk[node] = walkNumber;
                node = parents[node];
            }

            if (node >= 0 && walk[node] == walkNumber)
            {
                var member = node;
                do
                {
                    onCycle[member] = true;
                    member = parents[member];
                }
                while (member != node);
            }
        }

        return onCycle;
    }

    private static void FindCycles(
        IReadOnlyList<OrganizationRow> rows, bool[] kept, bool[] reached, int[] parents, List<OrganizationTreeProblem> found)
    {
        var n = rows.Count;
        var walk = new int[n]; // 0 = not walked yet; otherwise the number of the walk that first met the row.
        var walkNumber = 0;
        for (var start = 0; start < n; start++)
        {
            if (!kept[start] || reached[start] || walk[start] != 0)
            {
                continue;
            }

            walkNumber++;
            var node = start;
            while (node >= 0 && !reached[node] && walk[node] == 0)
            {
                walk[node] = walkNumber;
                node = parents[node];
            }

            if (node >= 0 && walk[node] == walkNumber)
            {
                var cycle = new List<string>();
                var member = node;
                do
                {
                    cycle.Add(rows[member].Id);
                    member = parents[member];
                }
                while (member != node);

                var smallest = 0;
                for (var c = 1; c < cycle.Count; c++)
                {
                    if (string.CompareOrdinal(cycle[c], cycle[smallest]) < 0)
                    {
                        smallest = c;
                    }
                }

                found.Add(OrganizationTreeProblem.Cycle([.. cycle.Skip(smallest), .. cycle.Take(smallest)]));
            }
        }
    }

    private static OrganizationTree Assemble(
        IReadOnlyList<OrganizationRow> rows,
        OrganizationCatalog catalog,
        int[] order,
        int[] rowParents,
        OrganizationKind[] rowKinds,
        OrganizationLevel[] rowLevels)
    {
        var count = order.Length;
        var positionOfRow = new int[rows.Count];
        for (var position = 0; position < count; position++)
        {
            positionOfRow[order[position]] = position;
        }

        var ids = new string[count];
        var names = new string[count];
        var kinds = new OrganizationKind[count];
        var levels = new OrganizationLevel[count];
        var parents = new int[count];
        var depths = new int[count];
        var subtreeEnds = new int[count];
        var indexById = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var position = 0; position < count; position++)
        {
            var row = order[position];
            ids[position] = rows[row].Id;
            names[position] = rows[row].Name;
            kinds[position] = rowKinds[row];
            levels[position] = rowLevels[row];
            var parent = rowParents[row] >= 0 ? positionOfRow[rowParents[row]] : NoParent;
            parents[position] = parent;
            depths[position] = parent >= 0 ? depths[parent] + 1 : 0;
            subtreeEnds[position] = position + 1;
            indexById.Add(ids[position], position);
        }

        for (var position = count - 1; position > 0; position--)
        {
            var parent = parents[position];
            if (subtreeEnds[position] > subtreeEnds[parent])
            {
                subtreeEnds[parent] = subtreeEnds[position];
            }
        }

        return new OrganizationTree(ids, names, kinds, levels, parents, depths, subtreeEnds, indexById, catalog);
    }

    private static bool Fail(
        List<OrganizationTreeProblem> found, out OrganizationTree? tree, out IReadOnlyList<OrganizationTreeProblem> problems)
    {
        found.Sort(static (a, b) =>
        {
            var byKind = a.Kind.CompareTo(b.Kind);
            if (byKind != 0)
            {
                return byKind;
            }

            for (var i = 0; i < Math.Min(a.Ids.Count, b.Ids.Count); i++)
            {
                var byId = string.CompareOrdinal(a.Ids[i], b.Ids[i]);
                if (byId != 0)
                {
                    return byId;
                }
            }

            return a.Ids.Count.CompareTo(b.Ids.Count);
        });
        tree = null;
        problems = found;
        return false;
    }
}

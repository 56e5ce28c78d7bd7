using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PartyWork.Domain.Organizations;

namespace PartyWork.Domain.Tests.Generators;

/// <summary>Rows that make a valid organization tree (standard catalog), in creation order (parents first).</summary>
public sealed record ValidTreeRows(OrganizationRow[] Rows)
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Join("; ", Rows.Select(r => $"{r.Id}<-{r.ParentId ?? "root"}:{r.KindId}"));
}

/// <summary>An invalid row set and the problems deliberately put into it.</summary>
public sealed record InvalidTreeRows(OrganizationRow[] Rows, (OrganizationTreeProblemKind Kind, string[] Ids)[] Injected)
{
    /// <inheritdoc/>
    public override string ToString() =>
        string.Join("; ", Rows.Select(r => $"{r.Id}<-{r.ParentId ?? "root"}:{r.KindId}"))
        + " | injected: " + string.Join(", ", Injected.Select(p => $"{p.Kind}[{string.Join(",", p.Ids)}]"));
}

/// <summary>A random history of tenures over a few organizations, people and positions, with query days.</summary>
public sealed record TenureScenario(Tenure[] Tenures, LocalDate[] Days)
{
    /// <summary>The organizations the scenario uses.</summary>
    public static readonly string[] Organizations = ["O0", "O1", "O2"];

    /// <summary>The people the scenario uses.</summary>
    public static readonly string[] People = ["P0", "P1", "P2", "P3", "P4"];

    /// <summary>The positions the scenario uses.</summary>
    public static readonly string[] Positions =
        [PositionIds.Secretary, PositionIds.StandingDeputySecretary, PositionIds.DeputySecretary, PositionIds.PartyMember];

    /// <inheritdoc/>
    public override string ToString() => string.Join("; ", Tenures.Select(t => t.ToString()));
}

/// <summary>A random history of cell memberships with query days.</summary>
public sealed record MembershipScenario(CellMembership[] Memberships, LocalDate[] Days)
{
    /// <inheritdoc/>
    public override string ToString() => string.Join("; ", Memberships.Select(m => m.ToString()));
}

/// <summary>FsCheck generators for the Organizations area.</summary>
public static class OrganizationsGenerators
{
    /// <summary>The first day of the random histories.</summary>
    public static readonly LocalDate Epoch = new(2020, 1, 1);

    private const int MaxRank = 6;

    /// <summary>Valid trees of 1 to 80 nodes.</summary>
    public static Arbitrary<ValidTreeRows> ValidTrees() => Arb.From(ValidRowsGen(1, 80).Select(r => new ValidTreeRows(r)));

    /// <summary>Invalid row sets with one to five injected problems.</summary>
    public static Arbitrary<InvalidTreeRows> InvalidTrees() => Arb.From(InvalidRowsGen());

    /// <summary>Random tenure histories.</summary>
    public static Arbitrary<TenureScenario> TenureScenarios() => Arb.From(
        from tenures in TenureGen().ArrayOf().Select(a => a.Take(25).ToArray())
        from days in DayGen().ArrayOf(8)
        select new TenureScenario(tenures, days));

    /// <summary>Random membership histories.</summary>
    public static Arbitrary<MembershipScenario> MembershipScenarios() => Arb.From(
        from memberships in MembershipGen().ArrayOf().Select(a => a.Take(20).ToArray())
        from days in DayGen().ArrayOf(8)
        select new MembershipScenario(memberships, days));

    /// <summary>Rows of a valid tree of <paramref name="min"/> to <paramref name="max"/> nodes, parents before children.</summary>
    public static Gen<OrganizationRow[]> ValidRowsGen(int min, int max) =>
        from n in Gen.Sized(s => Gen.Choose(min, Math.Max(min, Math.Min(max, s + min))))
        from picks in Gen.Choose(0, 1 << 20).ArrayOf(2 * n)
        select BuildValidRows(n, picks);

    /// <summary>Builds the rows of a valid tree of <paramref name="n"/> nodes from random picks.</summary>
    public static OrganizationRow[] BuildValidRows(int n, int[] picks)
    {
        var catalog = OrganizationCatalog.Standard;
        var rows = new OrganizationRow[n];
        var ranks = new int[n];
        rows[0] = new OrganizationRow("N0", null, OrganizationKindIds.Central, "Trung ương");
        var canHaveChildren = new List<int> { 0 };
        for (var i = 1; i < n; i++)
        {
            var parent = canHaveChildren[picks[2 * i] % canHaveChildren.Count];
            var kinds = catalog.Kinds.Where(k => catalog.GetLevelOf(k).Rank > ranks[parent]).ToArray();
            var kind = kinds[picks[(2 * i) + 1] % kinds.Length];
            ranks[i] = catalog.GetLevelOf(kind).Rank;
            rows[i] = new OrganizationRow($"N{i}", $"N{parent}", kind.Id, $"Tổ chức số {i}");
            if (ranks[i] < MaxRank)
            {
                canHaveChildren.Add(i);
            }
        }

        return rows;
    }

    private static Gen<InvalidTreeRows> InvalidRowsGen() =>
        from rows in ValidRowsGen(8, 40)
        from mask in Gen.Choose(1, 31)
        from picks in Gen.Choose(0, 1 << 20).ArrayOf(8)
        select Inject(rows, mask, picks);

    private static InvalidTreeRows Inject(OrganizationRow[] valid, int mask, int[] picks)
    {
        var catalog = OrganizationCatalog.Standard;
        var rows = valid.ToList();
        var n = valid.Length;
        var parentOf = valid.Select(r => r.ParentId is null ? -1 : int.Parse(r.ParentId[1..], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        bool IsInSubtree(int node, int top)
        {
            for (var x = node; x >= 0; x = parentOf[x])
            {
                if (x == top)
                {
                    return true;
                }
            }

            return false;
        }

        var injected = new List<(OrganizationTreeProblemKind, string[])>();
        var used = new HashSet<int> { 0 };

        // Cycle: a non-root node c takes a node of its own subtree (possibly itself) as parent.
        var cycleTop = -1;
        if ((mask & 1) != 0)
        {
            cycleTop = 1 + (picks[0] % (n - 1));
            var subtree = Enumerable.Range(0, n).Where(x => IsInSubtree(x, cycleTop)).ToArray();
            var bottom = subtree[picks[1] % subtree.Length];
            var cycle = new List<string>();
            for (var x = bottom; x != cycleTop; x = parentOf[x])
            {
                cycle.Add($"N{x}");
            }

            cycle.Add($"N{cycleTop}");
            rows[cycleTop] = new OrganizationRow($"N{cycleTop}", $"N{bottom}", rows[cycleTop].KindId, rows[cycleTop].Name);
            injected.Add((OrganizationTreeProblemKind.Cycle, [.. cycle]));
            foreach (var x in subtree)
            {
                used.Add(x);
            }
        }

        // Unknown parent: a node outside the cycle's subtree names a missing parent.
        if ((mask & 2) != 0)
        {
            var candidates = Enumerable.Range(1, n - 1).Where(x => !used.Contains(x) && (cycleTop < 0 || !IsInSubtree(cycleTop, x))).ToArray();
            if (candidates.Length > 0)
            {
                var a = candidates[picks[2] % candidates.Length];
                used.Add(a);
                rows[a] = new OrganizationRow($"N{a}", $"missing-{a}", rows[a].KindId, rows[a].Name);
                injected.Add((OrganizationTreeProblemKind.UnknownParent, [$"N{a}", $"missing-{a}"]));
            }
        }

        // Level: a node keeps its parent but takes a kind not below the parent's level.
        if ((mask & 4) != 0)
        {
            var candidates = Enumerable.Range(1, n - 1).Where(x => !used.Contains(x)).ToArray();
            if (candidates.Length > 0)
            {
                var k = candidates[picks[3] % candidates.Length];
                used.Add(k);
                var parent = parentOf[k];
                var parentRank = catalog.GetLevelOf(catalog.GetKind(rows[parent].KindId)).Rank;
                var kinds = catalog.Kinds.Where(x => catalog.GetLevelOf(x).Rank <= parentRank).ToArray();
                var kind = kinds[picks[4] % kinds.Length];
                rows[k] = new OrganizationRow($"N{k}", rows[k].ParentId, kind.Id, rows[k].Name);
                injected.Add((OrganizationTreeProblemKind.LevelNotBelowParent, [$"N{k}", $"N{parent}"]));
            }
        }

        // Duplicate: a copy of an existing id with another name.
        if ((mask & 8) != 0)
        {
            var d = picks[5] % n;
            rows.Insert(picks[6] % (rows.Count + 1), new OrganizationRow($"N{d}", rows[d].ParentId, rows[d].KindId, "Bản sao"));
            injected.Add((OrganizationTreeProblemKind.DuplicateId, [$"N{d}"]));
        }

        // A second root.
        if ((mask & 16) != 0)
        {
            rows.Add(new OrganizationRow("X-root", null, OrganizationKindIds.Central, "Gốc thứ hai"));
            injected.Add((OrganizationTreeProblemKind.SeveralRoots, ["N0", "X-root"]));
        }

        return new InvalidTreeRows([.. rows], [.. injected]);
    }

    private static Gen<LocalDate> DayGen() => Gen.Choose(-10, 140).Select(d => Epoch.PlusDays(d));

    private static Gen<ValidityPeriod> PeriodGen() =>
        from start in Gen.Choose(0, 120)
        from length in Gen.Choose(0, 60)
        from open in Gen.Choose(0, 4)
        select open == 0
            ? new ValidityPeriod(Epoch.PlusDays(start))
            : new ValidityPeriod(Epoch.PlusDays(start), Epoch.PlusDays(start + length));

    private static Gen<Tenure> TenureGen() =>
        from person in Gen.Elements(TenureScenario.People)
        from position in Gen.Elements(TenureScenario.Positions)
        from organization in Gen.Elements(TenureScenario.Organizations)
        from period in PeriodGen()
        select new Tenure(person, position, organization, period);

    private static Gen<CellMembership> MembershipGen() =>
        from member in Gen.Elements("M0", "M1", "M2", "M3")
        from cell in Gen.Elements("C0", "C1", "C2", "C3")
        from period in PeriodGen()
        select new CellMembership(member, cell, period);
}

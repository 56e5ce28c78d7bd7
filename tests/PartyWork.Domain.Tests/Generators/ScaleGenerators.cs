using FsCheck;
using FsCheck.Fluent;
using PartyWork.Domain.Organizations;

namespace PartyWork.Domain.Tests.Generators;

/// <summary>A random tree and columnar members: a rating code (1..4) and a node index per member.</summary>
public sealed record RollupScenario(OrganizationRow[] Rows, byte[] Ratings, int[] Nodes)
{
    /// <summary>Builds the tree of the scenario.</summary>
    /// <returns>The tree.</returns>
    public OrganizationTree BuildTree() => OrganizationTree.Build(Rows);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Rows.Length} nodes; members: " + string.Join(", ", Ratings.Zip(Nodes, (r, n) => $"{r}@{n}"));
}

/// <summary>FsCheck generators for the Scale area.</summary>
public static class ScaleGenerators
{
    /// <summary>Random trees of 1 to 60 nodes with 0 to ~300 members placed at any node.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RollupScenario> RollupScenarios() => Arb.From(ScenarioGen());

    /// <summary>The scenario generator.</summary>
    /// <returns>The generator.</returns>
    public static Gen<RollupScenario> ScenarioGen() =>
        from rows in OrganizationsGenerators.ValidRowsGen(1, 60)
        from members in Gen.Sized(s => Gen.Choose(0, 3 * (s + 1)))
        from ratings in Gen.Choose(1, 4).Select(x => (byte)x).ArrayOf(members)
        from picks in Gen.Choose(0, 1 << 20).ArrayOf(members)
        select new RollupScenario(rows, ratings, [.. picks.Select(p => p % rows.Length)]);
}

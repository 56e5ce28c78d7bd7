using PartyWork.Domain.Organizations;
using PartyWork.Domain.Tests.Contracts;

namespace PartyWork.Domain.Tests.Organizations;

public sealed class OrganizationTreeTests
{
    // A city committee with one district, one ward committee and cells below it, given out of order on purpose.
    private static readonly OrganizationRow[] CityRows =
    [
        new("CB-3", "P-AD", OrganizationKindIds.Cell, "Chi bộ Khu dân cư số 3"),
        new("TU", null, OrganizationKindIds.ProvincialCommittee, "Đảng bộ thành phố"),
        new("Q-KA", "TU", OrganizationKindIds.DistrictCommittee, "Đảng bộ quận Kiến An"),
        new("P-AD", "Q-KA", OrganizationKindIds.GrassrootsCommittee, "Đảng bộ phường Bắc Sơn"),
        new("CB-1", "P-AD", OrganizationKindIds.Cell, "Chi bộ Khu dân cư số 1"),
        new("TD-1", "CB-1", OrganizationKindIds.PartyGroup, "Tổ đảng số 1"),
        new("CBCS-X", "Q-KA", OrganizationKindIds.GrassrootsCell, "Chi bộ cơ sở Trường THPT"),
    ];

    private static OrganizationTree City => OrganizationTree.Build(CityRows);

    [Fact]
    public void Build_CityRows_AssignsPreOrderWithSiblingsById()
    {
        var tree = City;
        Assert.Equal(["TU", "Q-KA", "CBCS-X", "P-AD", "CB-1", "TD-1", "CB-3"], tree.Ids.ToArray());
        Assert.Equal([-1, 0, 1, 1, 3, 4, 3], tree.ParentIndexes.ToArray());
        Assert.Equal([0, 1, 2, 2, 3, 4, 3], tree.Depths.ToArray());
        Assert.Equal([7, 7, 3, 7, 6, 6, 7], tree.SubtreeEnd.ToArray());
        Assert.Equal([0, 1, 2, 3, 4, 5, 6], tree.PreOrder.ToArray());
        Assert.Equal(7, tree.Count);
        Assert.Equal("TU", tree.Root.Id);
        Assert.True(tree.Root.IsRoot);
    }

    [Fact]
    public void Node_ById_CarriesKindLevelAndPlace()
    {
        var node = City["P-AD"];
        Assert.Equal(3, node.Index);
        Assert.Equal("Đảng bộ phường Bắc Sơn", node.Name);
        Assert.Equal(OrganizationKindIds.GrassrootsCommittee, node.Kind.Id);
        Assert.Equal(OrganizationLevelIds.Grassroots, node.Level.Id);
        Assert.Equal(1, node.ParentIndex);
        Assert.Equal(4, node.SubtreeSize);
        Assert.False(node.IsRoot);
        Assert.Equal(node, City[3]);
        ValueContract.AssertEqualityLaws(node, City[3]);
        ValueContract.AssertEqualityLaws(node, City[4]);
    }

    [Fact]
    public void Queries_AncestorsPathsChildrenDescendants()
    {
        var tree = City;
        Assert.True(tree.IsAncestorOf("TU", "TD-1"));
        Assert.True(tree.IsAncestorOf("P-AD", "CB-3"));
        Assert.False(tree.IsAncestorOf("CB-1", "CB-3"));
        Assert.False(tree.IsAncestorOf("CB-1", "CB-1"));
        Assert.False(tree.IsAncestorOf("TD-1", "TU"));
        Assert.Equal(["TD-1", "CB-1", "P-AD", "Q-KA", "TU"], tree.GetPathToRoot("TD-1"));
        Assert.Equal([2, 3], tree.GetChildren(1));
        Assert.Equal([4, 6], tree.GetChildren(tree.GetIndex("P-AD")));
        Assert.Empty(tree.GetChildren(5));
        Assert.Equal([4, 5, 6], tree.GetDescendants(3).ToArray());
        Assert.Equal(0, tree.GetDescendants(6).Length);
        Assert.Equal(1, tree.FindAncestorAtLevel(5, OrganizationLevelIds.District));
        Assert.Equal(0, tree.FindAncestorAtLevel(5, OrganizationLevelIds.Province));
        Assert.Equal(-1, tree.FindAncestorAtLevel(5, OrganizationLevelIds.Commune));
    }

    [Fact]
    public void RollUp_MembersPerCell_SumsEverySubtree()
    {
        var tree = City;
        // Members counted where they attend: party group 12, the two cells 31 and 27, the grassroots cell 18.
        long[] members = new long[tree.Count];
        members[tree.GetIndex("TD-1")] = 12;
        members[tree.GetIndex("CB-1")] = 31;
        members[tree.GetIndex("CB-3")] = 27;
        members[tree.GetIndex("CBCS-X")] = 18;
        var totals = new long[tree.Count];
        tree.RollUp<long>(members, totals);
        Assert.Equal(88, totals[0]);
        Assert.Equal(70, totals[tree.GetIndex("P-AD")]);
        Assert.Equal(43, totals[tree.GetIndex("CB-1")]);
        Assert.Equal(18, totals[tree.GetIndex("CBCS-X")]);

        var counts = tree.CountPerSubtree([5, 5, 6, 2]);
        Assert.Equal([4L, 4, 1, 3, 2, 2, 1], counts);

        var names = tree.Ids.ToArray().Select(id => new List<string> { id }).ToArray();
        tree.RollUpInPlace<List<string>>(names, (parent, child) => [.. parent, .. child]);
        Assert.Equal(7, names[0].Count);
        Assert.Equal(["P-AD", "CB-3", "CB-1", "TD-1"], names[3]);
    }

    [Fact]
    public void RollUp_Overflow_Throws()
    {
        var tree = City;
        var values = new long[tree.Count];
        values[5] = long.MaxValue;
        values[4] = 1;
        Assert.Throws<OverflowException>(() => tree.RollUpInPlace<long>(values));
    }

    [Fact]
    public void BadInput_EveryEntryPoint_ThrowsDocumentedException()
    {
        var tree = City;
        Assert.Throws<ArgumentNullException>(() => OrganizationTree.Build(null!));
        Assert.Throws<ArgumentNullException>(() => OrganizationTree.Build(CityRows, null!));
        Assert.Throws<ArgumentNullException>(() => OrganizationTree.Build([CityRows[1], null!]));
        Assert.Throws<ArgumentOutOfRangeException>(() => tree[7]);
        Assert.Throws<ArgumentOutOfRangeException>(() => tree[-1]);
        Assert.Throws<ArgumentNullException>(() => tree[(string)null!]);
        Assert.Throws<ArgumentException>(() => tree["nowhere"]);
        Assert.Throws<ArgumentOutOfRangeException>(() => tree.IsAncestorOf(0, 99));
        Assert.Throws<ArgumentException>(() => tree.IsAncestorOf("TU", "nowhere"));
        Assert.Throws<ArgumentOutOfRangeException>(() => tree.GetPathToRoot(-3));
        Assert.Throws<ArgumentOutOfRangeException>(() => tree.GetDescendants(7));
        Assert.Throws<ArgumentOutOfRangeException>(() => tree.GetChildren(7));
        Assert.Throws<ArgumentNullException>(() => tree.FindAncestorAtLevel(0, null!));
        Assert.Throws<ArgumentException>(() => tree.RollUpInPlace<long>(new long[3]));
        Assert.Throws<ArgumentException>(() => tree.RollUp<long>(new long[7], new long[6]));
        Assert.Throws<ArgumentNullException>(() => tree.RollUpInPlace<long>(new long[7], null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => tree.CountPerSubtree([0, 7]));
        Assert.False(tree.TryGetIndex(null, out var index));
        Assert.Equal(-1, index);
        Assert.False(tree.Contains(null));
        Assert.Throws<ArgumentException>(() => new OrganizationRow(" ", null, OrganizationKindIds.Cell, "x"));
        Assert.Throws<ArgumentException>(() => new OrganizationRow("a", "", OrganizationKindIds.Cell, "x"));
        Assert.Throws<ArgumentNullException>(() => new OrganizationRow("a", null, null!, "x"));
        Assert.Throws<ArgumentException>(() => new OrganizationRow("a", null, OrganizationKindIds.Cell, ""));
    }

    [Fact]
    public void TryBuild_EveryProblemAtOnce_NamesThemAll()
    {
        OrganizationRow[] rows =
        [
            new("TU", null, OrganizationKindIds.ProvincialCommittee, "Đảng bộ tỉnh"),
            new("TU2", null, OrganizationKindIds.ProvincialCommittee, "Đảng bộ tỉnh khác"),
            new("H1", "TU", OrganizationKindIds.DistrictCommittee, "Đảng bộ huyện"),
            new("H1", "TU", OrganizationKindIds.DistrictCommittee, "Đảng bộ huyện (bản trùng)"),
            new("X1", "GHOST", OrganizationKindIds.GrassrootsCell, "Chi bộ mồ côi"),
            new("A", "B", OrganizationKindIds.Cell, "Chi bộ A"),
            new("B", "A", OrganizationKindIds.Cell, "Chi bộ B"),
            new("K", "TU", "NoSuchKind", "Tổ chức lạ"),
            new("P", "H1", OrganizationKindIds.ProvincialCommittee, "Tỉnh dưới huyện"),
        ];
        Assert.False(OrganizationTree.TryBuild(rows, OrganizationCatalog.Standard, out var tree, out var problems));
        Assert.Null(tree);
        Assert.Equal(
            [
                (OrganizationTreeProblemKind.SeveralRoots, "TU,TU2"),
                (OrganizationTreeProblemKind.DuplicateId, "H1"),
                (OrganizationTreeProblemKind.UnknownParent, "X1,GHOST"),
                (OrganizationTreeProblemKind.Cycle, "A,B"),
                (OrganizationTreeProblemKind.UnknownKind, "K,NoSuchKind"),
                (OrganizationTreeProblemKind.LevelNotBelowParent, "P,H1"),
            ],
            problems.Select(p => (p.Kind, string.Join(",", p.Ids))).ToArray());
        Assert.All(problems, p =>
        {
            Assert.StartsWith("ORG-TREE-", p.RuleId, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(p.VietnameseMessage));
            Assert.Contains(p.Ids[0], p.EnglishMessage, StringComparison.Ordinal);
            Assert.Contains(p.Ids[0], p.VietnameseMessage, StringComparison.Ordinal);
        });
        Assert.Equal("Mã tổ chức 'H1' xuất hiện 2 lần.", problems[1].VietnameseMessage);

        var error = Assert.Throws<OrganizationTreeException>(() => OrganizationTree.Build(rows));
        Assert.Equal(problems, error.Problems);
        Assert.Contains("6 problem(s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryBuild_EmptyAndAllCycle_ReportNoRoot()
    {
        Assert.False(OrganizationTree.TryBuild([], OrganizationCatalog.Standard, out _, out var empty));
        Assert.Equal(OrganizationTreeProblemKind.NoRoot, Assert.Single(empty).Kind);

        OrganizationRow[] loop = [new("A", "A", OrganizationKindIds.Cell, "Chi bộ tự trỏ")];
        Assert.False(OrganizationTree.TryBuild(loop, OrganizationCatalog.Standard, out _, out var problems));
        Assert.Equal(
            [OrganizationTreeProblemKind.NoRoot, OrganizationTreeProblemKind.Cycle],
            problems.Select(p => p.Kind).ToArray());
        Assert.Equal(["A"], problems[1].Ids);
    }

    [Fact]
    public void TryBuild_LongCycle_ReportsTheCycleOnce_WithoutALevelProblemPerEdge()
    {
        const int size = 50_000;
        var rows = new OrganizationRow[size];
        for (var i = 0; i < size; i++)
        {
            rows[i] = new OrganizationRow("C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "C" + ((i + 1) % size).ToString(System.Globalization.CultureInfo.InvariantCulture), OrganizationKindIds.Cell, "Chi bộ");
        }

        Assert.False(OrganizationTree.TryBuild(rows, OrganizationCatalog.Standard, out _, out var problems));
        Assert.Equal(
            [OrganizationTreeProblemKind.NoRoot, OrganizationTreeProblemKind.Cycle],
            problems.Select(p => p.Kind).ToArray());
        Assert.Equal(size, problems[1].Ids.Count);
    }

    [Fact]
    public void TryBuild_EdgeHangingBelowACycle_StillHasItsLevelChecked()
    {
        OrganizationRow[] rows =
        [
            new("ROOT", null, OrganizationKindIds.Central, "Trung ương"),
            new("A", "B", OrganizationKindIds.Cell, "Chi bộ A"),
            new("B", "A", OrganizationKindIds.Cell, "Chi bộ B"),
            new("C", "A", OrganizationKindIds.Cell, "Chi bộ C"),
        ];
        Assert.False(OrganizationTree.TryBuild(rows, OrganizationCatalog.Standard, out _, out var problems));
        var level = Assert.Single(problems, p => p.Kind == OrganizationTreeProblemKind.LevelNotBelowParent);
        Assert.Contains("C", level.Ids);
        Assert.Single(problems, p => p.Kind == OrganizationTreeProblemKind.Cycle);
    }

    [Fact]
    public void Problem_EqualityAndHash_FollowContent()
    {
        OrganizationRow[] rows = [new("A", "Z", OrganizationKindIds.Cell, "x")];
        OrganizationTree.TryBuild(rows, OrganizationCatalog.Standard, out _, out var first);
        OrganizationTree.TryBuild([.. rows], OrganizationCatalog.Standard, out _, out var second);
        Assert.Equal(first.Count, second.Count);
        for (var i = 0; i < first.Count; i++)
        {
            ValueContract.AssertEqualityLaws(first[i], second[i]);
            Assert.Equal(first[i], second[i]);
            Assert.Equal(first[i].GetHashCode(), second[i].GetHashCode());
        }

        ValueContract.AssertEqualityLaws(first[0], first[1]);
        Assert.Empty(new OrganizationTreeException().Problems);
        Assert.Empty(new OrganizationTreeException("m").Problems);
        Assert.Empty(new OrganizationTreeException("m", new InvalidOperationException()).Problems);
    }

    [Fact]
    public void Equality_SameRowsOtherOrder_AreEqualTrees()
    {
        var tree = City;
        var again = OrganizationTree.Build(CityRows.Reverse());
        Assert.True(tree == again);
        Assert.False(tree != again);
        Assert.Equal(tree.GetHashCode(), again.GetHashCode());
        var renamed = OrganizationTree.Build(CityRows.Select(r => r.Id == "CB-1" ? new OrganizationRow(r.Id, r.ParentId, r.KindId, "Tên khác") : r));
        Assert.NotEqual(tree, renamed);
        Assert.False(tree.Equals((object?)null));
        Assert.Contains("7 organizations", tree.ToString(), StringComparison.Ordinal);
    }
}

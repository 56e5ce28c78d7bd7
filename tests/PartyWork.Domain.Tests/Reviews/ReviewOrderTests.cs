using System.ComponentModel;
using PartyWork.Domain.Reviews;
using PartyWork.Domain.Tests.Contracts;
using PartyWork.Domain.Text;

namespace PartyWork.Domain.Tests.Reviews;

public class ReviewOrderTests
{
    private static readonly ReviewSubject[] Subjects =
    [
        ReviewSubject.Head("Q-BT", "le-hoang-nam"),
        ReviewSubject.Member("Q-BT", "tran-van-b"),
        ReviewSubject.Collective("P-BT"),
        ReviewSubject.Collective("Q-BT"),
        ReviewSubject.Body("Q-BT", "UBND"),
        ReviewSubject.Collective("P-AT"),
        ReviewSubject.Member("P-AT", "nguyen-hong-ha"),
        ReviewSubject.Collective("CB-KV1"),
    ];

    [Fact]
    public void Plan_Default_PutsLowerLevelsFirstThenBodyCollectiveMembersHead()
    {
        var plan = ReviewOrder.Plan(ReviewTestData.District, "Q-BT", Subjects, ReviewOrderPolicy.Default);

        Assert.Equal(
            [
                "collective CB-KV1", "collective P-AT", "member nguyen-hong-ha@P-AT", "collective P-BT",
                "body UBND@Q-BT", "collective Q-BT", "member tran-van-b@Q-BT", "head le-hoang-nam@Q-BT",
            ],
            plan.Select(s => s.ToString()));
        Assert.Empty(ReviewOrder.Validate(ReviewTestData.District, "Q-BT", plan, ReviewOrderPolicy.Default));
    }

    [Fact]
    public void Plan_TopDown_PutsTheDistrictFirst()
    {
        var plan = ReviewOrder.Plan(ReviewTestData.District, "Q-BT", Subjects, ReviewOrderPolicy.TopDown);

        Assert.Equal(
            [
                "body UBND@Q-BT", "collective Q-BT", "member tran-van-b@Q-BT", "head le-hoang-nam@Q-BT",
                "collective P-AT", "member nguyen-hong-ha@P-AT", "collective CB-KV1", "collective P-BT",
            ],
            plan.Select(s => s.ToString()));
    }

    [Fact]
    public void Validate_MemberBeforeItsCollective_ReportsR21Method()
    {
        ReviewSubject[] plan = [ReviewSubject.Member("P-AT", "a"), ReviewSubject.Collective("P-AT")];

        var violation = Assert.Single(ReviewOrder.Validate(ReviewTestData.District, "Q-BT", plan, ReviewOrderPolicy.Default));

        Assert.Equal("R21-METHOD", violation.RuleId);
        Assert.Equal(ReviewSubject.Collective("P-AT"), violation.Subject);
        Assert.Equal(ReviewSubject.Member("P-AT", "a"), violation.Other);
        Assert.Equal(1, violation.Position);
        Assert.Contains("phải được kiểm điểm trước", violation.Vietnamese, StringComparison.Ordinal);
        Assert.Equal(VietnameseText.Normalize(violation.Vietnamese), violation.Vietnamese);
        Assert.StartsWith("R21-METHOD: ", violation.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HeadBeforeTheUnit_ReportsCapHeadAndMethod()
    {
        ReviewSubject[] plan = [ReviewSubject.Head("Q-BT", "h"), ReviewSubject.Collective("Q-BT")];

        var rules = ReviewOrder.Validate(ReviewTestData.District, "Q-BT", plan, ReviewOrderPolicy.Default).Select(v => v.RuleId);

        Assert.Equal(["R21-METHOD", "R21-CAP-HEAD"], rules);
    }

    [Fact]
    public void Validate_HigherCollectiveFirst_ReportsR124OrderUnderTheDefault_AndNothingTopDown()
    {
        ReviewSubject[] plan = [ReviewSubject.Collective("Q-BT"), ReviewSubject.Collective("P-AT"), ReviewSubject.Collective("CB-KV1")];

        var violations = ReviewOrder.Validate(ReviewTestData.District, "Q-BT", plan, ReviewOrderPolicy.Default);

        Assert.Equal(3, violations.Count);
        Assert.All(violations, v => Assert.Equal("R124-ORDER", v.RuleId));
        Assert.Empty(ReviewOrder.Validate(ReviewTestData.District, "Q-BT", plan, ReviewOrderPolicy.TopDown));
        Assert.Empty(ReviewOrder.Validate(ReviewTestData.District, "Q-BT", plan, ReviewOrderPolicy.Default with { Levels = LevelOrder.None }));
    }

    [Fact]
    public void Validate_BodyAfterTheCollective_ReportsR124Order_UnlessSwitchedOff()
    {
        ReviewSubject[] plan = [ReviewSubject.Collective("Q-BT"), ReviewSubject.Body("Q-BT", "UBND")];

        Assert.Equal("R124-ORDER", Assert.Single(ReviewOrder.Validate(ReviewTestData.District, "Q-BT", plan, ReviewOrderPolicy.Default)).RuleId);
        Assert.Empty(ReviewOrder.Validate(ReviewTestData.District, "Q-BT", plan, ReviewOrderPolicy.Default with { BodiesBeforePartyOrganization = false }));
    }

    [Fact]
    public void Validate_DuplicateAndOutOfScope_AreViolationsNotExceptions()
    {
        ReviewSubject[] plan =
        [
            ReviewSubject.Collective("P-AT"), ReviewSubject.Collective("TP-CT"), ReviewSubject.Collective("P-AT"),
            ReviewSubject.Collective("nowhere"),
        ];

        var violations = ReviewOrder.Validate(ReviewTestData.District, "Q-BT", plan, ReviewOrderPolicy.Default);

        Assert.Equal(
            [(ReviewRuleIds.PlanScope, 1), (ReviewRuleIds.PlanDuplicate, 2), (ReviewRuleIds.PlanScope, 3)],
            violations.Select(v => (v.RuleId, v.Position)));
        Assert.All(violations, v => Assert.Null(v.Other));
    }

    [Fact]
    public void Plan_BadInput_Throws()
    {
        var tree = ReviewTestData.District;
        var policy = ReviewOrderPolicy.Default;
        Assert.Throws<ArgumentNullException>(() => ReviewOrder.Plan(null!, "Q-BT", Subjects, policy));
        Assert.Throws<ArgumentNullException>(() => ReviewOrder.Plan(tree, null!, Subjects, policy));
        Assert.Throws<ArgumentNullException>(() => ReviewOrder.Plan(tree, "Q-BT", null!, policy));
        Assert.Throws<ArgumentNullException>(() => ReviewOrder.Plan(tree, "Q-BT", Subjects, null!));
        Assert.Throws<ArgumentException>(() => ReviewOrder.Plan(tree, "nowhere", Subjects, policy));
        Assert.Throws<ArgumentException>(() => ReviewOrder.Plan(tree, "Q-BT", [default], policy));
        Assert.Throws<ArgumentException>(() => ReviewOrder.Plan(tree, "Q-BT", [ReviewSubject.Collective("Q-BT"), ReviewSubject.Collective("Q-BT")], policy));
        Assert.Throws<ArgumentException>(() => ReviewOrder.Plan(tree, "P-AT", [ReviewSubject.Collective("Q-BT")], policy));
        Assert.Throws<ArgumentNullException>(() => ReviewOrder.Validate(null!, "Q-BT", Subjects, policy));
        Assert.Throws<ArgumentNullException>(() => ReviewOrder.Validate(tree, "Q-BT", null!, policy));
        Assert.Throws<ArgumentNullException>(() => ReviewOrder.Validate(tree, "Q-BT", Subjects, null!));
        Assert.Throws<ArgumentException>(() => ReviewOrder.Validate(tree, "Q-BT", [default], policy));
        Assert.Throws<ArgumentException>(() => ReviewOrder.Validate(tree, "", Subjects, policy));
        Assert.Throws<InvalidEnumArgumentException>(() => policy with { Levels = 0 });
    }

    [Fact]
    public void EmptyPlan_IsValid()
    {
        Assert.Empty(ReviewOrder.Plan(ReviewTestData.District, "Q-BT", [], ReviewOrderPolicy.Default));
        Assert.Empty(ReviewOrder.Validate(ReviewTestData.District, "Q-BT", [], ReviewOrderPolicy.Default));
    }

    [Fact]
    public void ReviewSubject_ValueLaws_AndFactoriesRejectBadIds()
    {
        ValueContract.AssertEqualityLaws(ReviewSubject.Member("D", "a"), ReviewSubject.Member("D", "a"));
        ValueContract.AssertComparisonLaws(ReviewSubject.Body("D", "x"), ReviewSubject.Collective("D"), ReviewSubject.Head("D", "a"));
        Assert.NotEqual(ReviewSubject.Member("D", "a"), ReviewSubject.Head("D", "a"));
        Assert.True(default(ReviewSubject).IsDefault);
        Assert.Equal("(no subject)", default(ReviewSubject).ToString());
        Assert.Throws<InvalidOperationException>(() => default(ReviewSubject).RatingKind);
        Assert.Throws<ArgumentNullException>(() => ReviewSubject.Collective(null!));
        Assert.Throws<ArgumentException>(() => ReviewSubject.Collective(" "));
        Assert.Throws<ArgumentException>(() => ReviewSubject.Body("D", ""));
        Assert.Throws<ArgumentNullException>(() => ReviewSubject.Member("D", null!));
        Assert.Throws<ArgumentException>(() => ReviewSubject.Head("", "a"));
        Assert.Throws<ArgumentException>(() => ((IComparable)ReviewSubject.Collective("D")).CompareTo("D"));
        Assert.Equal(1, ((IComparable)ReviewSubject.Collective("D")).CompareTo(null));
    }
}

using NodaTime;
using PartyWork.Domain.Reviews;
using PartyWork.Domain.Tests.Contracts;

namespace PartyWork.Domain.Tests.Reviews;

public class ReviewValuesTests
{
    private static readonly LocalDate Day = new(2025, 3, 31);

    [Fact]
    public void Items_CompareByValue()
    {
        ValueContract.AssertEqualityLaws(
            new FeedbackItem("VB-01", FeedbackSource.CellOfResidence, Day, "Góp ý về tác phong"),
            new FeedbackItem("VB-01", FeedbackSource.CellOfResidence, Day, "Góp ý về tác phong"));
        ValueContract.AssertEqualityLaws(
            new RemediationItem("KP-1", "Chậm", "Đẩy nhanh", "UBND", Day),
            new RemediationItem("KP-1", "Chậm", "Đẩy nhanh", "UBND", Day));
        Assert.NotEqual(
            new RemediationItem("KP-1", "Chậm", "Đẩy nhanh", "UBND", Day),
            new RemediationItem("KP-1", "Chậm", "Đẩy nhanh", "UBND", Day).WithStatus(RemediationStatus.Done));
    }

    [Fact]
    public void RemediationItem_IsOverdue_OnlyAfterItsDayAndWhileNotDone()
    {
        var item = new RemediationItem("KP-1", "Chậm", "Đẩy nhanh", "UBND", Day, RemediationStatus.InProgress);

        Assert.False(item.IsOverdueOn(Day));
        Assert.True(item.IsOverdueOn(Day.PlusDays(1)));
        Assert.False(item.WithStatus(RemediationStatus.Done).IsOverdueOn(Day.PlusDays(1)));
    }

    [Fact]
    public void TransitionException_CarriesTheRefusal()
    {
        var refusal = new ReviewRefusal(ReviewRuleIds.Steps, "Thiếu bước hội nghị kiểm điểm", "Missing the review conference", []);

        var ex = new ReviewTransitionException(refusal);

        Assert.Same(refusal, ex.Refusal);
        Assert.Equal("R124-STEPS: Missing the review conference / Thiếu bước hội nghị kiểm điểm", ex.Message);
        Assert.Equal("R124-STEPS: Missing the review conference", refusal.ToString());
        Assert.Equal("x", new ReviewTransitionException("x").Refusal.English);
        Assert.IsType<ArgumentException>(new ReviewTransitionException("x", new ArgumentException("y")).InnerException);
        Assert.False(string.IsNullOrEmpty(new ReviewTransitionException().Message));
        Assert.Throws<ArgumentNullException>(() => new ReviewTransitionException((ReviewRefusal)null!));
    }

    [Fact]
    public void OrderPolicy_Defaults_AreTheR124Rules()
    {
        var policy = ReviewOrderPolicy.Default;

        Assert.Equal(LevelOrder.LowerFirst, policy.Levels);
        Assert.True(policy.BodiesBeforePartyOrganization && policy.CollectiveBeforeMembers && policy.HeadAfterUnit);
        Assert.Equal(policy with { Levels = LevelOrder.HigherFirst }, ReviewOrderPolicy.TopDown);
    }
}

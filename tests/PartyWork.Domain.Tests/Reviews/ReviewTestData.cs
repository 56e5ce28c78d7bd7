using NodaTime;
using NodaTime.Testing;
using PartyWork.Domain.Organizations;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Reviews;
using PartyWork.Domain.Terms;

namespace PartyWork.Domain.Tests.Reviews;

/// <summary>A small district party organization and helpers shared by the Reviews tests.</summary>
internal static class ReviewTestData
{
    public static readonly Instant Start = Instant.FromUtc(2024, 12, 2, 1, 0);

    public static OrganizationTree District { get; } = OrganizationTree.Build(
    [
        new OrganizationRow("TP-CT", null, OrganizationKindIds.ProvincialCommittee, "Đảng bộ thành phố Cần Thơ"),
        new OrganizationRow("Q-BT", "TP-CT", OrganizationKindIds.DistrictCommittee, "Đảng bộ quận Bình Thủy"),
        new OrganizationRow("P-AT", "Q-BT", OrganizationKindIds.GrassrootsCommittee, "Đảng bộ phường An Thới"),
        new OrganizationRow("P-BT", "Q-BT", OrganizationKindIds.GrassrootsCommittee, "Đảng bộ phường Bình Thủy"),
        new OrganizationRow("CB-KV1", "P-AT", OrganizationKindIds.Cell, "Chi bộ khu vực 1"),
    ]);

    public static ReviewCycle Annual(int year = 2024, ReviewOrderPolicy? order = null) =>
        new($"{year}-annual-Q-BT", ReviewCycleKind.Annual, ReviewPeriod.Year(year), District, "Q-BT", order: order);

    public static FakeClock Clock() => new(Start, Duration.FromHours(1));

    /// <summary>Moves a review from planned to the verification and proposal stage with the given levels.</summary>
    public static Review ToProposal(ReviewRecorder recorder, Review review, RatingLevel level, RatingFacts? facts = null)
    {
        review = recorder.OpenFeedback(review);
        review = recorder.SubmitSelfAssessment(review, level);
        review = recorder.HoldConference(review);
        return recorder.Propose(review, level, facts);
    }
}

using System.ComponentModel;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Tests.Contracts;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Ratings;

public class PolicyPartsTests
{
    [Fact]
    public void RuleIds_AreRequired_WhenReplaced()
    {
        Assert.Throws<ArgumentException>(() => new DisciplineRule { RuleId = " " });
        Assert.Throws<ArgumentNullException>(() => new CapRules { HeadRuleId = null! });
        Assert.Throws<ArgumentException>(() => new ExemptionRule { RuleId = "" });
        Assert.Throws<ArgumentException>(() => new SubUnitCondition { RuleId = "" });
        Assert.Throws<ArgumentException>(() => new CivilServiceLink { RuleId = "" });
        Assert.Throws<ArgumentException>(() => RatingPolicies.Qd124Hd25.NotCompleted with { LeaderRuleId = "" });
        Assert.Throws<ArgumentException>(() => new GradeCondition("", RatingSubjects.All, CriterionGrade.Good, CriterionGrade.Good));
        Assert.Throws<InvalidEnumArgumentException>(() => new GradeCondition("R124-T", RatingSubjects.All, 0, CriterionGrade.Good));
        Assert.Throws<InvalidEnumArgumentException>(() => RatingPolicies.Qd124Hd25.GoodGrades! with { MinOther = (CriterionGrade)8 });
        Assert.Throws<ArgumentException>(() => new CleanRecordCondition(" ", RatingSubjects.All));
    }

    [Fact]
    public void Conditions_AppliesTo_FollowsTheirSubjects()
    {
        var xs = RatingPolicies.Qd124Hd25.ExcellentTargets!;
        var clean = RatingPolicies.Qd366Hd43.ExcellentCleanRecord!;
        var grades = RatingPolicies.Qd124Hd25.GoodGrades!;

        Assert.True(xs.AppliesTo(RatingSubjectKind.Leader));
        Assert.False(xs.AppliesTo(RatingSubjectKind.PartyOrganization));
        Assert.True(clean.AppliesTo(RatingSubjectKind.LeadershipCollective));
        Assert.False(clean.AppliesTo(RatingSubjectKind.Individual));
        Assert.True(grades.AppliesTo(RatingSubjectKind.PartyOrganization));
        Assert.Throws<InvalidEnumArgumentException>(() => xs.AppliesTo(0));
        Assert.Throws<InvalidEnumArgumentException>(() => clean.AppliesTo((RatingSubjectKind)5));
        Assert.Throws<InvalidEnumArgumentException>(() => grades.AppliesTo(0));
        Assert.False(RatingSubjects.All.Includes((RatingSubjectKind)9));
    }

    [Fact]
    public void NotCompletedTriggers_CiteTheRuleOfEachKindOfSubject()
    {
        var triggers = RatingPolicies.Qd132Hd21.NotCompleted;

        Assert.Equal("R21-MEMBER-K", triggers.RuleIdFor(RatingSubjectKind.Individual));
        Assert.Equal("R21-LEADCOLL-K", triggers.RuleIdFor(RatingSubjectKind.LeadershipCollective));
        Assert.Equal("R132-K-ORG", triggers.RuleIdFor(RatingSubjectKind.PartyOrganization));
        Assert.Equal("R366-K-LEADER", RatingPolicies.Qd366Hd43.NotCompleted.RuleIdFor(RatingSubjectKind.Leader));
    }

    [Fact]
    [Trait("Rule", "R366-PERIODS")]
    public void ForPeriod_QuarterAndYearReviews_Under366()
    {
        var quarter = new DateInterval(new LocalDate(2025, 10, 1), new LocalDate(2025, 12, 31));

        Assert.Same(RatingPolicies.Qd366Hd43, RatingPolicies.ForPeriod(quarter));
    }

    [Fact]
    public void DisciplineLabels()
    {
        Assert.Equal("khiển trách", Discipline.Reprimand.ToVietnamese());
        Assert.Equal("cảnh cáo", Discipline.Warning.ToVietnamese());
        Assert.Equal("cách chức", Discipline.Dismissal.ToVietnamese());
        Assert.Equal("khai trừ", Discipline.Expulsion.ToVietnamese());
        Assert.Equal("expulsion", Discipline.Expulsion.ToEnglish());
        Assert.Throws<InvalidEnumArgumentException>(() => ((Discipline)7).ToVietnamese());
        Assert.Throws<InvalidEnumArgumentException>(() => ((Discipline)(-1)).ToEnglish());
        Assert.Equal(default, DisciplineRecord.None);
    }

    [Fact]
    public void ValueTypes_ObeyTheEqualityContract()
    {
        ValueContract.AssertEqualityLaws(new TargetFigures(10, 9, 8, 2), new TargetFigures(10, 9, 8, 2));
        ValueContract.AssertEqualityLaws(new TargetFigures(10, 9, 8, 2), new TargetFigures(10, 9, 8, 3));
        ValueContract.AssertEqualityLaws(ScoreBands.Regulation366, new ScoreBands(90m, 70m, 50m));
        ValueContract.AssertEqualityLaws(ScoreBands.Regulation366, new ScoreBands(90m, 75m, 50m));
        ValueContract.AssertEqualityLaws(new QuotaRule("R124-QUOTA"), new QuotaRule("R124-QUOTA"));
        ValueContract.AssertEqualityLaws(RatingPolicies.Qd366Hd43, RatingPolicies.Qd366Hd43 with { });
        ValueContract.AssertEqualityLaws(CriteriaSets.Regulation366, CriteriaSets.Regulation366 with { });
        ValueContract.AssertEqualityLaws(new DisciplineRecord(Discipline.Warning), new DisciplineRecord(Discipline.Warning, SelfDetectedAndRemedied: true));
    }

    [Property]
    public Property TargetCondition_IsExactOnTheShares() =>
        Prop.ForAll(Arb.From(RatingsGenerators.Targets()), Arb.From(Gen.Choose(0, 100)), (figures, percent) =>
        {
            var condition = new TargetCondition("R366-XS-COND", RatingSubjects.All) { MinDonePercent = 0m, MinExceededPercent = percent };
            var expected = figures.Total == 0 || figures.Exceeded * 100 >= percent * figures.Total;
            return condition.IsMetBy(figures) == expected;
        });
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Tests.Contracts;
using PartyWork.Domain.Tests.Generators;

namespace PartyWork.Domain.Tests.Ratings;

[Trait("Rule", "R366-SCALE")]
public class ScoreSheetTests
{
    // An agency's own monthly set for its cells: 40 + 60 with the second split 35 + 25.
    private static readonly CriteriaSet CellMonthly = new(
        "Bộ tiêu chí chấm điểm chi bộ hằng tháng",
        [
            new Criterion("A", "Xây dựng Đảng về chính trị, tư tưởng, đạo đức", 40m),
            new Criterion("B", "Lãnh đạo thực hiện nhiệm vụ", 60m,
            [
                new Criterion("B1", "Nhiệm vụ chính trị của đơn vị", 35m),
                new Criterion("B2", "Công tác dân vận", 25m),
            ]),
        ],
        "AGENCY-CELL-MONTHLY");

    [Fact]
    public void Regulation366_IsCommonThirtyPlusTaskResultsSeventy()
    {
        var set = CriteriaSets.Regulation366;

        Assert.Equal(100m, set.MaxTotal);
        Assert.Equal(0.3m, set.WeightOf(CriteriaSets.CommonCode));
        Assert.Equal(0.7m, set.WeightOf(CriteriaSets.TaskResultsCode));
        Assert.Equal("R366-SCALE", set.RuleId);
    }

    [Fact]
    public void Total_IsExact_WithDeductions()
    {
        var sheet = ScoreSheet.For(CriteriaSets.Regulation366)
            .WithPoints("1", 27.5m)
            .WithPoints("2", 64.25m)
            .WithDeduction("2", 1.75m, "một sản phẩm chậm tiến độ");

        Assert.Empty(sheet.Validate());
        Assert.Equal(90.00m, sheet.Total);
        Assert.Equal(62.5m, sheet.PointsOf("2"));
        Assert.Equal(
            RatingLevel.Excellent,
            RatingPolicies.Qd366Hd43.Decide(new RatingFacts(RatingSubjectKind.Individual) { Score = sheet.Total }).HighestAllowed);
    }

    [Fact]
    public void Validate_CriterionAboveItsMaximum_IsAViolation_CitingTheSetsRule()
    {
        var sheet = ScoreSheet.For(CriteriaSets.Regulation366).WithPoints("1", 31m).WithPoints("2", 60m);

        var violation = Assert.Single(sheet.Validate());

        Assert.Equal("R366-SCALE", violation.RuleId);
        Assert.Contains("vượt mức tối đa 30 điểm", violation.Vietnamese, StringComparison.Ordinal);
        Assert.Contains(new RatingFigure("maxPoints", 30m), violation.Figures);
    }

    [Fact]
    public void Validate_SubCriteria_AddUpToTheParentsMaximum()
    {
        var sheet = ScoreSheet.For(CellMonthly).WithPoints("A", 38m).WithPoints("B1", 30m).WithPoints("B2", 26m);

        var violations = sheet.Validate();

        Assert.Equal(["AGENCY-CELL-MONTHLY"], violations.Select(v => v.RuleId));
        Assert.Contains("B2", violations[0].Vietnamese, StringComparison.Ordinal);
        Assert.Equal(56m, sheet.PointsOf("B"));
        Assert.Equal(94m, sheet.Total);
    }

    [Fact]
    public void Validate_UnknownParentNegativeAndOverDeducted_AreEachReported()
    {
        var sheet = ScoreSheet.For(CellMonthly)
            .WithPoints("C", 5m)
            .WithPoints("B", 50m)
            .WithPoints("A", -1m)
            .WithPoints("B1", 2m)
            .WithDeduction("B1", 3m, "vi phạm")
            .WithDeduction("Z", 1m, "không rõ")
            .WithDeduction("B2", -2m, "âm");

        var violations = sheet.Validate();

        Assert.Equal(6, violations.Count);
        Assert.All(violations, v => Assert.Equal("AGENCY-CELL-MONTHLY", v.RuleId));
    }

    [Fact]
    public void Decide_WithAScoreSheet_UsesItsTotal_OrReportsWhyItCannot()
    {
        var policy = RatingPolicies.Qd366Hd43;
        var valid = ScoreSheet.For(CriteriaSets.Regulation366).WithPoints("1", 25m).WithPoints("2", 60m);
        var invalid = valid.WithPoints("1", 35m);
        var facts = new RatingFacts(RatingSubjectKind.Individual) { ScoreSheet = valid, Proposed = RatingLevel.Excellent };

        var fromSheet = policy.Decide(facts);
        var broken = policy.Decide(facts with { ScoreSheet = invalid, Proposed = RatingLevel.Good });
        var scoreWins = policy.Decide(facts with { Score = 91m });

        Assert.Equal(85m, facts.EffectiveScore);
        Assert.Equal(RatingLevel.Good, fromSheet.HighestAllowed);
        Assert.Equal("R366-BANDS", Assert.Single(fromSheet.Violations).RuleId);
        Assert.Null((facts with { ScoreSheet = invalid }).EffectiveScore);
        Assert.Equal("R366-SCALE", Assert.Single(broken.Violations).RuleId);
        Assert.Equal(RatingLevel.Excellent, scoreWins.HighestAllowed);
        Assert.Empty(facts.ScoreSheetViolations);
    }

    [Fact]
    public void BadInput_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ScoreSheet.For(null!));
        Assert.Throws<ArgumentNullException>(() => ScoreSheet.For(CellMonthly).WithPoints(null!, 1m));
        Assert.Throws<ArgumentNullException>(() => ScoreSheet.For(CellMonthly).WithDeduction("A", 1m, null!));
        Assert.Throws<KeyNotFoundException>(() => ScoreSheet.For(CellMonthly).PointsOf("Q"));
        Assert.Throws<KeyNotFoundException>(() => CellMonthly.WeightOf("Q"));
        Assert.Throws<ArgumentException>(() => new Criterion("X", "x", 0m));
        Assert.Throws<ArgumentException>(() => new Criterion("", "x", 1m));
        Assert.Throws<ArgumentException>(() => new Criterion("X", "x", 10m, [new Criterion("X1", "a", 4m), new Criterion("X2", "b", 5m)]));
        Assert.Throws<ArgumentException>(() => new CriteriaSet("s", []));
        Assert.Throws<ArgumentException>(() => new CriteriaSet("s", [new Criterion("A", "a", 1m), new Criterion("A", "b", 2m)]));
        Assert.Throws<ArgumentNullException>(() => new CriteriaSet("s", null!));
    }

    [Property]
    public Property Validate_PointsWithinMaxima_AreValid_AndTotalIsTheirExactSum() =>
        Prop.ForAll(
            Arb.From(Gen.Choose(0, 3000)),
            Arb.From(Gen.Choose(0, 7000)),
            Arb.From(Gen.Choose(0, 500)),
            (common, task, deduction) =>
            {
                var c = common / 100m;
                var t = task / 100m;
                var d = Math.Min(deduction / 100m, t);
                var sheet = ScoreSheet.For(CriteriaSets.Regulation366).WithPoints("1", c).WithPoints("2", t).WithDeduction("2", d, "trừ");
                return sheet.Validate().Count == 0 && sheet.Total == c + t - d && sheet.Total <= 100m;
            });

    [Property]
    public Property Validate_AnyCriterionAboveItsMaximum_IsReported() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 10_000)), over =>
        {
            var sheet = ScoreSheet.For(CriteriaSets.Regulation366).WithPoints("2", 70m + (over / 100m));
            return sheet.Validate().Count == 1;
        });

    [Fact]
    public void Sheet_ComparesByValue_WhateverTheOrderPointsWereEntered()
    {
        var a = ScoreSheet.For(CellMonthly).WithPoints("A", 35m).WithPoints("B1", 30m).WithDeduction("B", 2m, "Chậm báo cáo");
        var b = ScoreSheet.For(CellMonthly).WithPoints("B1", 30.0m).WithPoints("A", 35m).WithDeduction("B", 2m, "Chậm báo cáo");
        ValueContract.AssertEqualityLaws(a, b);
        Assert.True(a == b);
        ValueContract.AssertEqualityLaws(a, b.WithPoints("B2", 0m));
        ValueContract.AssertEqualityLaws(a, b.WithDeduction("A", 1m, "Thiếu biên bản"));
        ValueContract.AssertEqualityLaws(a, ScoreSheet.For(CriteriaSets.Regulation366).WithPoints("A", 35m).WithPoints("B1", 30m));
        Assert.False(a == null);
        Assert.True((ScoreSheet?)null == null);
    }

    [Fact]
    public void Criterion_ComparesItsSubCriteriaByValue()
    {
        Criterion Build() => new("B", "Lãnh đạo thực hiện nhiệm vụ", 60m, [new Criterion("B1", "Chính trị", 35m), new Criterion("B2", "Dân vận", 25m)]);
        var first = Build();
        var second = Build();
        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(Build(), new Criterion("B", "Lãnh đạo thực hiện nhiệm vụ", 60m, [new Criterion("B1", "Chính trị", 25m), new Criterion("B2", "Dân vận", 35m)]));
        Assert.NotEqual(Build(), new Criterion("B", "Lãnh đạo thực hiện nhiệm vụ", 60m));
        ValueContract.AssertEqualityLaws(new CriteriaSet("S", [Build()]), new CriteriaSet("S", [Build()]));
    }

    [Fact]
    public void Facts_WithEqualSheets_AreEqual_AndKeepTheSheetsCheck()
    {
        var sheet = ScoreSheet.For(CellMonthly).WithPoints("A", 45m);
        var a = new RatingFacts(RatingSubjectKind.PartyOrganization) { ScoreSheet = sheet };
        var b = new RatingFacts(RatingSubjectKind.PartyOrganization) { ScoreSheet = ScoreSheet.For(CellMonthly).WithPoints("A", 45m) };
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Single(b.ScoreSheetViolations);
        Assert.Null(b.EffectiveScore);
        Assert.NotEqual(a, b with { ScoreSheet = ScoreSheet.For(CellMonthly).WithPoints("A", 40m) });
        Assert.NotEqual(a, b with { ScoreSheet = null });
        Assert.Equal(a with { ScoreSheet = null }, new RatingFacts(RatingSubjectKind.PartyOrganization));
        Assert.Empty((a with { ScoreSheet = null }).ScoreSheetViolations);
    }

    [Property]
    public Property Sheet_RebuiltFromItsOwnParts_IsEqual() =>
        Prop.ForAll(SerializationGenerators.Sheets(), sheet =>
        {
            var rebuilt = ScoreSheet.For(new CriteriaSet(sheet.Set.Name, sheet.Set.Criteria.Select(Copy).ToArray(), sheet.Set.RuleId));
            foreach (var (code, points) in sheet.Points.Reverse())
            {
                rebuilt = rebuilt.WithPoints(code, points);
            }

            foreach (var deduction in sheet.Deductions)
            {
                rebuilt = rebuilt.WithDeduction(deduction.Code, deduction.Points, deduction.Reason);
            }

            ValueContract.AssertEqualityLaws(sheet, rebuilt);
            Assert.Equal(sheet, rebuilt);
        });

    private static Criterion Copy(Criterion criterion) =>
        new(criterion.Code, criterion.Name, criterion.MaxPoints, criterion.SubCriteria.Select(Copy).ToArray());
}

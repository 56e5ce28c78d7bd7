using System.ComponentModel;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Tests.Ratings;

public class CriterionGradesTests
{
    [Theory]
    [InlineData("Xuất sắc", CriterionGrade.Excellent)]
    [InlineData("xuat sac", CriterionGrade.Excellent)]
    [InlineData("TỐT", CriterionGrade.Good)]
    [InlineData("Trung bình", CriterionGrade.Average)]
    [InlineData("kém", CriterionGrade.Poor)]
    [InlineData("Kem", CriterionGrade.Poor)]
    [InlineData("average", CriterionGrade.Average)]
    public void Parse_GradesAsFormsWriteThem(string text, CriterionGrade expected) =>
        Assert.Equal(expected, CriterionGrades.Parse(text));

    [Fact]
    public void Grades_AscendAndRoundTrip()
    {
        Assert.True(CriterionGrade.Excellent > CriterionGrade.Good);
        Assert.True(CriterionGrade.Average > CriterionGrade.Poor);
        foreach (var grade in Enum.GetValues<CriterionGrade>())
        {
            Assert.Equal(grade, CriterionGrades.Parse(grade.ToVietnamese()));
            Assert.Equal(grade, CriterionGrades.Parse(grade.ToEnglish()));
        }
    }

    [Fact]
    public void Parse_BadInput_Throws_OrReturnsFalse()
    {
        Assert.Throws<ArgumentNullException>(() => CriterionGrades.Parse(null!));
        Assert.Throws<FormatException>(() => CriterionGrades.Parse("khá"));
        Assert.False(CriterionGrades.TryParse((string?)null, out _));
        Assert.False(CriterionGrades.TryParse("", out _));
        Assert.Throws<InvalidEnumArgumentException>(() => ((CriterionGrade)0).ToVietnamese());
        Assert.Throws<InvalidEnumArgumentException>(() => ((CriterionGrade)9).ToEnglish());
    }
}

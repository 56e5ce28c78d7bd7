using System.ComponentModel;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Tests.Ratings;

[Trait("Rule", "R-LEGACY-LEVELS")]
public class LegacyRatingsTests
{
    [Theory]
    [InlineData("Trong sạch, vững mạnh", LegacyRatingLevel.CleanStrong)]
    [InlineData("trong sach vung manh", LegacyRatingLevel.CleanStrong)]
    [InlineData("Trong sạch vững mạnh tiêu biểu", LegacyRatingLevel.Exemplary)]
    [InlineData("Yếu kém", LegacyRatingLevel.Weak)]
    [InlineData("Đủ tư cách, hoàn thành xuất sắc nhiệm vụ", LegacyRatingLevel.MemberExcellent)]
    [InlineData("đủ tư cách hoàn thành tốt nhiệm vụ", LegacyRatingLevel.MemberGood)]
    [InlineData("DU TU CACH HOAN THANH NHIEM VU", LegacyRatingLevel.MemberCompleted)]
    [InlineData("Vi phạm tư cách hoặc không hoàn thành nhiệm vụ", LegacyRatingLevel.StandingViolated)]
    [InlineData("vi phạm tư cách", LegacyRatingLevel.StandingViolated)]
    public void Parse_LabelsThatNameTheirScale_IgnoreTheScaleArgument(string text, LegacyRatingLevel expected)
    {
        Assert.Equal(expected, LegacyRatings.Parse(text, LegacyScale.Organization));
        Assert.Equal(expected, LegacyRatings.Parse(text, LegacyScale.Member));
    }

    [Theory]
    [InlineData("Hoàn thành tốt nhiệm vụ", LegacyScale.Organization, LegacyRatingLevel.OrganizationGood)]
    [InlineData("Hoàn thành tốt nhiệm vụ", LegacyScale.Member, LegacyRatingLevel.MemberGood)]
    [InlineData("hoàn thành nhiệm vụ", LegacyScale.Organization, LegacyRatingLevel.OrganizationCompleted)]
    [InlineData("hoàn thành xuất sắc nhiệm vụ", LegacyScale.Member, LegacyRatingLevel.MemberExcellent)]
    [InlineData("không hoàn thành nhiệm vụ", LegacyScale.Member, LegacyRatingLevel.StandingViolated)]
    public void Parse_BareLabel_IsReadOnTheGivenScale(string text, LegacyScale scale, LegacyRatingLevel expected) =>
        Assert.Equal(expected, LegacyRatings.Parse(text, scale));

    [Theory]
    [InlineData("hoàn thành xuất sắc nhiệm vụ")]
    [InlineData("không hoàn thành nhiệm vụ")]
    [InlineData("tốt")]
    [InlineData("")]
    public void TryParse_NotALabelOfTheOrganizationScale_ReturnsFalse(string text)
    {
        Assert.False(LegacyRatings.TryParse(text, LegacyScale.Organization, out var level));
        Assert.Equal(default, level);
        Assert.Throws<FormatException>(() => LegacyRatings.Parse(text, LegacyScale.Organization));
    }

    [Fact]
    public void Parse_BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => LegacyRatings.Parse(null!, LegacyScale.Member));
        Assert.Throws<InvalidEnumArgumentException>(() => LegacyRatings.Parse("yếu kém", (LegacyScale)0));
        Assert.Throws<InvalidEnumArgumentException>(() => ((LegacyRatingLevel)0).ToCurrent());
        Assert.Throws<InvalidEnumArgumentException>(() => ((LegacyRatingLevel)10).ToVietnamese());
    }

    [Theory]
    [InlineData(LegacyRatingLevel.MemberExcellent, RatingLevel.Excellent)]
    [InlineData(LegacyRatingLevel.MemberGood, RatingLevel.Good)]
    [InlineData(LegacyRatingLevel.MemberCompleted, RatingLevel.Completed)]
    [InlineData(LegacyRatingLevel.StandingViolated, RatingLevel.NotCompleted)]
    public void ToCurrent_MemberScale_Maps(LegacyRatingLevel legacy, RatingLevel expected)
    {
        var mapping = legacy.ToCurrent();

        Assert.True(mapping.IsMapped);
        Assert.Equal(expected, mapping.Level);
        Assert.Equal(legacy, mapping.Legacy);
        Assert.Contains("R-LEGACY-LEVELS", mapping.English, StringComparison.Ordinal);
        Assert.Equal(LegacyScale.Member, legacy.ScaleOf());
    }

    [Theory]
    [InlineData(LegacyRatingLevel.Exemplary)]
    [InlineData(LegacyRatingLevel.CleanStrong)]
    [InlineData(LegacyRatingLevel.OrganizationGood)]
    [InlineData(LegacyRatingLevel.OrganizationCompleted)]
    [InlineData(LegacyRatingLevel.Weak)]
    public void ToCurrent_OrganizationScale_IsNotMapped_AndSaysWhy(LegacyRatingLevel legacy)
    {
        var mapping = legacy.ToCurrent();

        Assert.False(mapping.IsMapped);
        Assert.Equal(default, mapping.Level);
        Assert.Contains("trong sạch, vững mạnh", mapping.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("not the 2018+ four-level scale", mapping.English, StringComparison.Ordinal);
        Assert.Equal(LegacyScale.Organization, legacy.ScaleOf());
    }

    [Fact]
    public void ToVietnamese_RoundTripsThroughParse_ForEveryLabel()
    {
        foreach (var legacy in Enum.GetValues<LegacyRatingLevel>())
        {
            Assert.Equal(legacy, LegacyRatings.Parse(legacy.ToVietnamese(), legacy.ScaleOf()));
        }
    }
}

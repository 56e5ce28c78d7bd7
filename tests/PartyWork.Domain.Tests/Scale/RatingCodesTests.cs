using System.ComponentModel;
using FsCheck.Xunit;
using PartyWork.Domain.Ratings;
using PartyWork.Domain.Scale;

namespace PartyWork.Domain.Tests.Scale;

public sealed class RatingCodesTests
{
    [Theory]
    [InlineData(RatingLevel.NotCompleted, 1)]
    [InlineData(RatingLevel.Completed, 2)]
    [InlineData(RatingLevel.Good, 3)]
    [InlineData(RatingLevel.Excellent, 4)]
    public void Encode_Level_IsItsNumber(RatingLevel level, byte code)
    {
        Assert.Equal(code, RatingCodes.Encode(level));
        Assert.Equal(level, RatingCodes.Decode(code));
    }

    [Property]
    public void Decode_AnyByte_RoundTripsOrThrows(byte code)
    {
        if (code is >= 1 and <= 4)
        {
            Assert.True(RatingCodes.IsValid(code));
            Assert.Equal(code, RatingCodes.Encode(RatingCodes.Decode(code)));
        }
        else
        {
            Assert.False(RatingCodes.IsValid(code));
            Assert.Throws<ArgumentOutOfRangeException>("code", () => RatingCodes.Decode(code));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(255)]
    public void Encode_UndefinedLevel_Throws(byte level) =>
        Assert.Throws<InvalidEnumArgumentException>("level", () => RatingCodes.Encode((RatingLevel)level));

    [Fact]
    public void EncodeAll_Levels_GivesCodes() =>
        Assert.Equal([4, 3, 1], RatingCodes.EncodeAll([RatingLevel.Excellent, RatingLevel.Good, RatingLevel.NotCompleted]));

    [Fact]
    public void EncodeAll_EqualsTheEnumsUnderlyingBytes()
    {
        RatingLevel[] levels = [RatingLevel.Completed, RatingLevel.Excellent, RatingLevel.NotCompleted, RatingLevel.Good];
        Assert.Equal(RatingCodes.EncodeAll(levels), System.Runtime.InteropServices.MemoryMarshal.AsBytes(levels.AsSpan()).ToArray());
    }
}

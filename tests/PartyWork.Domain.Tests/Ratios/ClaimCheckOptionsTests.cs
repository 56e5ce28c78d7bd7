using PartyWork.Domain.Ratios;

namespace PartyWork.Domain.Tests.Ratios;

public class ClaimCheckOptionsTests
{
    [Fact]
    public void Default_AcceptsHalfUpAndHalfEven_NotTruncation()
    {
        var options = ClaimCheckOptions.Default;

        Assert.Equal([MidpointRounding.AwayFromZero, MidpointRounding.ToEven], options.AcceptedRoundings);
        Assert.False(options.AcceptTruncation);
    }

    [Fact]
    public void Equality_ComparesTheRoundingsAsASequence()
    {
        var a = new ClaimCheckOptions { AcceptedRoundings = [MidpointRounding.AwayFromZero, MidpointRounding.ToEven] };
        var b = new ClaimCheckOptions { AcceptedRoundings = new List<MidpointRounding> { MidpointRounding.AwayFromZero, MidpointRounding.ToEven } };
        var c = a with { AcceptTruncation = true };

        Assert.Equal(ClaimCheckOptions.Default, a);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.True(a == b);
        Assert.True(a != c);
    }

    [Fact]
    public void AcceptedRoundings_IsACopy()
    {
        var list = new List<MidpointRounding> { MidpointRounding.AwayFromZero };
        var options = new ClaimCheckOptions { AcceptedRoundings = list };

        list.Add(MidpointRounding.ToZero);

        Assert.Single(options.AcceptedRoundings);
        Assert.False(options.AcceptedRoundings is List<MidpointRounding>);
    }

    [Fact]
    public void AcceptedRoundings_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new ClaimCheckOptions { AcceptedRoundings = null! });
    }

    [Fact]
    public void AcceptedRoundings_UndefinedMode_Throws()
    {
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(
            () => new ClaimCheckOptions { AcceptedRoundings = [MidpointRounding.AwayFromZero, (MidpointRounding)42] });
    }
}

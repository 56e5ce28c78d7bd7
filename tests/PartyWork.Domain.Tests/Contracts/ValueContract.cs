namespace PartyWork.Domain.Tests.Contracts;

/// <summary>
/// Shared checks of the equality, comparison and hash laws every value type of the library must obey.
/// Call it from a type's tests (or from an FsCheck property) with values of that type.
/// </summary>
public static class ValueContract
{
    /// <summary>Checks reflexivity, symmetry, hash agreement and the operators for two values.</summary>
    public static void AssertEqualityLaws<T>(T a, T b)
        where T : IEquatable<T>
    {
        Assert.True(a.Equals(a), "Equals must be reflexive");
        Assert.Equal(a.Equals(b), b.Equals(a));
        Assert.Equal(a.Equals(b), Equals(a, b));
        Assert.False(a.Equals((object?)null), "Equals(null) must be false");
        if (a.Equals(b))
        {
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }

        var equality = typeof(T).GetMethod("op_Equality", [typeof(T), typeof(T)]);
        var inequality = typeof(T).GetMethod("op_Inequality", [typeof(T), typeof(T)]);
        Assert.True(equality is not null, $"{typeof(T).Name} must declare ==");
        Assert.True(inequality is not null, $"{typeof(T).Name} must declare !=");
        Assert.Equal(a.Equals(b), (bool)equality!.Invoke(null, [a, b])!);
        Assert.Equal(!a.Equals(b), (bool)inequality!.Invoke(null, [a, b])!);
    }

    /// <summary>Checks that comparison agrees with equality, is antisymmetric and transitive for three values.</summary>
    public static void AssertComparisonLaws<T>(T a, T b, T c)
        where T : IComparable<T>, IEquatable<T>
    {
        Assert.Equal(0, a.CompareTo(a));
        Assert.Equal(Math.Sign(a.CompareTo(b)), -Math.Sign(b.CompareTo(a)));
        Assert.Equal(a.Equals(b), a.CompareTo(b) == 0);
        if (a.CompareTo(b) <= 0 && b.CompareTo(c) <= 0)
        {
            Assert.True(a.CompareTo(c) <= 0, "CompareTo must be transitive");
        }

        if (a is IComparable nonGeneric)
        {
            Assert.Equal(Math.Sign(a.CompareTo(b)), Math.Sign(nonGeneric.CompareTo(b)));
            Assert.True(nonGeneric.CompareTo(null) > 0, "every value sorts after null");
            Assert.Throws<ArgumentException>(() => nonGeneric.CompareTo(new object()));
        }
    }
}

namespace PartyWork.Domain.Ratios;

/// <content>Equality and ordering.</content>
public readonly partial struct Ratio : IEquatable<Ratio>, IComparable<Ratio>, IComparable
{
    /// <summary>Tells whether two ratios have the same part and the same whole.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><see langword="true"/> when the counts are the same.</returns>
    public static bool operator ==(Ratio left, Ratio right) => left.Equals(right);

    /// <summary>Tells whether two ratios differ in part or whole.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><see langword="true"/> when the counts differ.</returns>
    public static bool operator !=(Ratio left, Ratio right) => !left.Equals(right);

    /// <summary>Tells whether the first ratio sorts before the second (see <see cref="CompareTo(Ratio)"/>).</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(Ratio left, Ratio right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether the first ratio sorts after the second (see <see cref="CompareTo(Ratio)"/>).</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(Ratio left, Ratio right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether the first ratio sorts before or equals the second.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(Ratio left, Ratio right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether the first ratio sorts after or equals the second.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(Ratio left, Ratio right) => left.CompareTo(right) >= 0;

    /// <summary>Tells whether this ratio has the same part and whole as another.</summary>
    /// <param name="other">The other ratio.</param>
    /// <returns><see langword="true"/> when the counts are the same (1/2 is not equal to 2/4).</returns>
    public bool Equals(Ratio other) => this.part == other.part && this.wholeMinusOne == other.wholeMinusOne;

    /// <summary>Tells whether an object is a ratio with the same part and whole.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal <see cref="Ratio"/>.</returns>
    public override bool Equals(object? obj) => obj is Ratio other && this.Equals(other);

    /// <summary>Gets a hash code consistent with <see cref="Equals(Ratio)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(this.part, this.wholeMinusOne);

    /// <summary>
    /// Compares by value, exactly (cross-multiplication in 128-bit integers, never a division), then by whole so that
    /// ratios of the same value but different counts have a fixed order (1/2 before 2/4).
    /// </summary>
    /// <param name="other">The other ratio.</param>
    /// <returns>Less than zero when this ratio sorts first, zero when equal, greater than zero when it sorts last.</returns>
    public int CompareTo(Ratio other)
    {
        var byValue = this.CompareValue(other);
        return byValue != 0 ? byValue : this.wholeMinusOne.CompareTo(other.wholeMinusOne);
    }

    /// <summary>Compares with an object, which must be a <see cref="Ratio"/> or <see langword="null"/>.</summary>
    /// <param name="obj">The object.</param>
    /// <returns>As <see cref="CompareTo(Ratio)"/>; every ratio sorts after <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Ratio"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Ratio other => this.CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(Ratio)}, got {obj.GetType().Name}.", nameof(obj)),
    };

    private int CompareValue(Ratio other) =>
        ((Int128)this.part * other.Whole).CompareTo((Int128)other.part * this.Whole);
}

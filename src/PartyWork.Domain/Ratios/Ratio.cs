using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratios;

/// <summary>
/// An exact share: a part of a whole counted in whole numbers, such as 493 of 502 members ("493/502 (98,2%)").
/// </summary>
/// <remarks>
/// <para>
/// A ratio is a share: <c>0 ≤ Part ≤ Whole</c> and <c>Whole &gt; 0</c>. Figures that may exceed 100% (achievement against
/// a plan) are not ratios; compute them with <see cref="Percent.Of"/> and check them with <see cref="ClaimVerifier"/>
/// (docs/decisions/ratios-over-100.md).
/// </para>
/// <para>
/// <c>default(Ratio)</c> is 0/1 — zero of one, 0% — a valid value; it is equal to <c>new Ratio(0, 1)</c>.
/// </para>
/// <para>
/// Equality keeps the counts: 1/2 and 2/4 are different ratios (a report of two members is not a report of four), though
/// they have the same value (<see cref="HasSameValueAs"/>). Ordering is by value, compared exactly by cross-multiplication,
/// and ratios of the same value are ordered by whole, so <see cref="CompareTo(Ratio)"/> is zero exactly when
/// <see cref="Equals(Ratio)"/> is true. Values are immutable and safe to share between threads.
/// </para>
/// </remarks>
public readonly partial struct Ratio : IEquatable<Ratio>, IComparable<Ratio>, IComparable
{
    private readonly long part;

    // The whole is stored minus one so that default(Ratio) is the valid 0/1.
    private readonly long wholeMinusOne;

    /// <summary>Initializes a new instance of the <see cref="Ratio"/> struct.</summary>
    /// <param name="part">The part, from 0 to <paramref name="whole"/>.</param>
    /// <param name="whole">The whole, greater than zero.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="whole"/> is zero or negative, or <paramref name="part"/> is negative or greater than <paramref name="whole"/>.
    /// </exception>
    public Ratio(long part, long whole)
    {
        Guard.Against.NonPositiveWhole(whole);
        Guard.Against.NegativeCount(part);
        if (part > whole)
        {
            throw new ArgumentOutOfRangeException(
                nameof(part),
                part,
                $"A ratio is a share: the part cannot exceed the whole; part was {part}, whole {whole}. Use Percent.Of for figures over 100%.");
        }

        this.part = part;
        this.wholeMinusOne = whole - 1;
    }

    /// <summary>Gets the ratio 0/1, the same as <c>default(Ratio)</c>.</summary>
    /// <value>Zero of one.</value>
    public static Ratio Zero => default;

    /// <summary>Gets the part.</summary>
    /// <value>The count of the part, from 0 to <see cref="Whole"/>.</value>
    public long Part => this.part;

    /// <summary>Gets the whole.</summary>
    /// <value>The count of the whole, greater than zero.</value>
    public long Whole => this.wholeMinusOne + 1;

    /// <summary>Gets the rest of the whole: <c>(Whole − Part) / Whole</c>.</summary>
    /// <value>For 493/502, 9/502.</value>
    public Ratio Complement => new(this.Whole - this.part, this.Whole);

    /// <summary>Computes the percentage this share is, rounded to a number of decimals.</summary>
    /// <param name="decimals">The number of decimals, 0 to <see cref="Percent.MaxDecimals"/>.</param>
    /// <param name="rounding">The rounding; half away from zero by default; <see cref="MidpointRounding.ToZero"/> truncates.</param>
    /// <returns>The percentage with a <see cref="decimal.Scale"/> of exactly <paramref name="decimals"/>: 98.2m for 493/502 at one decimal.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to <see cref="Percent.MaxDecimals"/>.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="rounding"/> is not a defined value.</exception>
    public decimal ToPercent(int decimals, MidpointRounding rounding = MidpointRounding.AwayFromZero) =>
        Percent.Of(this.part, this.Whole, decimals, rounding);

    /// <summary>Computes the percentage this share is to the full precision of a <see cref="decimal"/>.</summary>
    /// <returns>For 1/8, 12.5m; for 281/1.004, 27.988047808764940239043824701m.</returns>
    public decimal ToExactPercent() => PercentMath.Exact(this.part, this.Whole);

    /// <summary>Tells whether two ratios have the same value, whatever their counts (1/2 and 2/4 do).</summary>
    /// <param name="other">The other ratio.</param>
    /// <returns><see langword="true"/> when <c>Part × other.Whole = other.Part × Whole</c>.</returns>
    public bool HasSameValueAs(Ratio other) => this.CompareValue(other) == 0;
}

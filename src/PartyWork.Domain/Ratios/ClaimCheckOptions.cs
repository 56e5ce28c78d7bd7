using System.Collections.ObjectModel;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratios;

/// <summary>Options for checking a printed percentage against its counts (see <see cref="ClaimVerifier.CheckPercent(long, long, decimal, ClaimCheckOptions?)"/>).</summary>
/// <remarks>
/// <para>
/// A printed figure is consistent when it equals the exact percentage rounded, with one of the
/// <see cref="AcceptedRoundings"/>, to the number of decimals written. By default half away from zero (what Vietnamese
/// reports use) and half to even (what many spreadsheets and programs use) are both accepted; truncation
/// (<see cref="MidpointRounding.ToZero"/>: "27,98%" for 281/1.004 = 27,988…%) is not, unless
/// <see cref="AcceptTruncation"/> is turned on.
/// </para>
/// <para>
/// Instances are immutable; equality compares the accepted roundings as a sequence and the truncation flag.
/// </para>
/// </remarks>
public sealed record ClaimCheckOptions
{
    private static readonly ReadOnlyCollection<MidpointRounding> DefaultRoundings =
        Array.AsReadOnly([MidpointRounding.AwayFromZero, MidpointRounding.ToEven]);

    private readonly ReadOnlyCollection<MidpointRounding> acceptedRoundings = DefaultRoundings;

    /// <summary>Gets the default options: half away from zero and half to even accepted, truncation not.</summary>
    /// <value>The shared default instance.</value>
    public static ClaimCheckOptions Default { get; } = new();

    /// <summary>Gets the rounding modes under which a printed figure counts as right.</summary>
    /// <value>By default <see cref="MidpointRounding.AwayFromZero"/> and <see cref="MidpointRounding.ToEven"/>; the list is a copy the caller cannot change.</value>
    /// <exception cref="ArgumentNullException">The value set is <see langword="null"/>.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException">The value set contains an undefined rounding mode.</exception>
    public IReadOnlyList<MidpointRounding> AcceptedRoundings
    {
        get => this.acceptedRoundings;
        init
        {
            Guard.Against.Null(value);
            var copy = value.ToArray();
            foreach (var rounding in copy)
            {
                Guard.Against.EnumOutOfRange(rounding, nameof(this.AcceptedRoundings));
            }

            this.acceptedRoundings = Array.AsReadOnly(copy);
        }
    }

    /// <summary>Gets a value indicating whether a figure that matches only truncation (<see cref="MidpointRounding.ToZero"/>) counts as right.</summary>
    /// <value><see langword="false"/> by default: a truncated figure is inconsistent and the result says it was truncated.</value>
    public bool AcceptTruncation { get; init; }

    /// <summary>
    /// Gets a value indicating whether, in a printed distribution (the shares of one whole, as
    /// <see cref="ClaimVerifier.CheckDistribution"/> and the report scanner's "trong đó" lists check them), a share that
    /// equals its largest-remainder apportionment counts as right even where rounding it alone gives another figure.
    /// </summary>
    /// <value>
    /// <see langword="true"/> by default: the library itself prints distributions that sum to exactly 100
    /// (<see cref="Apportionment.Percentages"/>: 281/705/12/6 of 1.004 print 27,99 / 70,22 / 1,19 / 0,60), and its own
    /// output must not be called wrong.
    /// </value>
    public bool AcceptLargestRemainder { get; init; } = true;

    /// <summary>Compares two options by their accepted roundings (in order) and truncation flag.</summary>
    /// <param name="other">The other options.</param>
    /// <returns><see langword="true"/> when both accept the same roundings in the same order and agree on truncation.</returns>
    public bool Equals(ClaimCheckOptions? other) =>
        other is not null
        && this.AcceptTruncation == other.AcceptTruncation
        && this.AcceptLargestRemainder == other.AcceptLargestRemainder
        && this.acceptedRoundings.SequenceEqual(other.acceptedRoundings);

    /// <summary>Gets a hash code consistent with <see cref="Equals(ClaimCheckOptions?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(this.AcceptTruncation);
        hash.Add(this.AcceptLargestRemainder);
        foreach (var rounding in this.acceptedRoundings)
        {
            hash.Add(rounding);
        }

        return hash.ToHashCode();
    }
}

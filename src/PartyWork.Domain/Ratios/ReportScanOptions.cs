using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratios;

/// <summary>How <see cref="ReportScanner"/> judges the claims it finds.</summary>
/// <remarks>Instances are immutable; <see cref="Default"/> is what <see cref="ReportScanner.Scan(string, ReportScanOptions?)"/> uses when given none.</remarks>
public sealed record ReportScanOptions
{
    private readonly ClaimCheckOptions check = ClaimCheckOptions.Default;

    /// <summary>Gets the default options: <see cref="ClaimCheckOptions.Default"/> and enumerations not assumed complete.</summary>
    /// <value>The shared default instance.</value>
    public static ReportScanOptions Default { get; } = new();

    /// <summary>Gets the roundings accepted when a printed percentage is checked.</summary>
    /// <value><see cref="ClaimCheckOptions.Default"/> unless set (half away from zero and half to even; truncation not accepted).</value>
    /// <exception cref="ArgumentNullException">The value set is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The value set accepts no rounding at all.</exception>
    public ClaimCheckOptions Check
    {
        get => this.check;
        init
        {
            Guard.Against.Null(value, nameof(this.Check));
            if (value.AcceptedRoundings.Count == 0 && !value.AcceptTruncation)
            {
                throw new ArgumentException("The check options accept no rounding at all, so no figure could ever be consistent.", nameof(this.Check));
            }

            this.check = value;
        }
    }

    /// <summary>
    /// Gets a value indicating whether an enumeration "W …, trong đó A: a; B: b …" is taken to list every part of W, so
    /// that parts that do not add up to W make it <see cref="ClaimVerdict.Inconsistent"/>.
    /// </summary>
    /// <value>
    /// <see langword="false"/> by default: parts that add up to W are consistent; parts that do not are unverifiable,
    /// because "trong đó" also introduces lists that leave parts out or overlap ("trong đó nữ: 300; đảng viên trẻ: 120").
    /// See docs/decisions/scanner-enumerations.md.
    /// </value>
    public bool AssumeEnumerationsComplete { get; init; }
}

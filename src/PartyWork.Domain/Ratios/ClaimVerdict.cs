namespace PartyWork.Domain.Ratios;

/// <summary>The verdict on a figure printed in a report, checked against the counts it is computed from.</summary>
public enum ClaimVerdict
{
    /// <summary>The printed figure is what the counts give, under a rounding the check accepts.</summary>
    Consistent,

    /// <summary>The printed figure is not what the counts give; the check result carries the right figure.</summary>
    Inconsistent,

    /// <summary>The figure cannot be checked (it cannot be read, or it is beyond what can be computed exactly).</summary>
    Unverifiable,
}

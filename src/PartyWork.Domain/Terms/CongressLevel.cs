namespace PartyWork.Domain.Terms;

/// <summary>Which term-length rule applies to a congress (<see cref="TermLengthPolicy"/>).</summary>
public enum CongressLevel
{
    /// <summary>The national congress (R-CH-NATIONAL).</summary>
    National = 0,

    /// <summary>Congresses of party committees below the Centre: province, district (until 2025), commune, grassroots đảng bộ (R-CH-LOCAL).</summary>
    Local = 1,

    /// <summary>Chi bộ congresses (R-CH-CHIBO, then R294-CHIBO from 01/07/2025).</summary>
    Cell = 2,
}

namespace PartyWork.Domain.Terms;

/// <summary>How strictly <see cref="RomanNumeral"/> reads its input.</summary>
public enum RomanNumeralStyle
{
    /// <summary>Only the canonical upper-case form with no spaces (<c>"XII"</c>); <c>"IIII"</c>, <c>"xii"</c> and <c>"X II"</c> are rejected.</summary>
    Strict = 0,

    /// <summary>
    /// What people type: any letter case, surrounding and inner spaces (<c>" x ii "</c>). The numeral itself must still be
    /// canonical, so <c>"IIII"</c> and <c>"VX"</c> are rejected in this style too.
    /// </summary>
    Lenient = 1,
}

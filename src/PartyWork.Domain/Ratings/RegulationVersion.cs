namespace PartyWork.Domain.Ratings;

/// <summary>The regulation (and its guidance) a rating policy implements (DOC-132 … DOC-HD43 in REGULATIONS.md).</summary>
/// <remarks><c>default(RegulationVersion)</c> (0) is not a version.</remarks>
public enum RegulationVersion
{
    /// <summary>Before 2018: the legacy labels (R-LEGACY-LEVELS).</summary>
    Legacy = 1,

    /// <summary>Quy định 132-QĐ/TW with Hướng dẫn 16-HD/BTCTW (review year 2018).</summary>
    Qd132Hd16 = 2,

    /// <summary>Quy định 132-QĐ/TW with Hướng dẫn 21-HD/BTCTW (review years 2019–2022).</summary>
    Qd132Hd21 = 3,

    /// <summary>Quy định 124-QĐ/TW with Hướng dẫn 25-HD/BTCTW (review years 2023–2024).</summary>
    Qd124Hd25 = 4,

    /// <summary>Quy định 366-QĐ/TW with Hướng dẫn 43-HD/BTCTW (review years from 2025).</summary>
    Qd366Hd43 = 5,
}

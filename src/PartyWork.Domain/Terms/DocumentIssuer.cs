using Ardalis.GuardClauses;

namespace PartyWork.Domain.Terms;

/// <summary>A body that issues Party documents and the code its symbols use (<c>"TW"</c> in <c>"05-CT/TW"</c>), R36-ISSUERS.</summary>
/// <remarks>Codes match case-insensitively and with <c>Đ</c> folded to <c>D</c> (<c>"DU"</c> finds <c>"ĐU"</c>). Immutable.</remarks>
public sealed record DocumentIssuer
{
    /// <summary>Creates an issuer.</summary>
    /// <param name="code">The code as the symbol writes it, letters only (<c>"BTCTW"</c>).</param>
    /// <param name="vietnameseName">The Vietnamese name, with diacritics.</param>
    /// <param name="englishName">The English name.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An argument is empty, or <paramref name="code"/> is not 1 to 12 letters (A–Z, Đ).</exception>
    public DocumentIssuer(string code, string vietnameseName, string englishName)
    {
        Code = DocumentSymbol.CheckCode(code, nameof(code));
        VietnameseName = Guard.Against.NullOrWhiteSpace(vietnameseName);
        EnglishName = Guard.Against.NullOrWhiteSpace(englishName);
    }

    /// <summary>Gets the code.</summary>
    /// <value>For example <c>"ĐU"</c>.</value>
    public string Code { get; }

    /// <summary>Gets the Vietnamese name.</summary>
    /// <value>For example <c>"Đảng ủy"</c>.</value>
    public string VietnameseName { get; }

    /// <summary>Gets the English name.</summary>
    /// <value>For example <c>"Party committee"</c>.</value>
    public string EnglishName { get; }
}

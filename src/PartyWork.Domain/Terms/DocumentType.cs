using Ardalis.GuardClauses;

namespace PartyWork.Domain.Terms;

/// <summary>A kind of Party document and the code its symbol uses (<c>"CT"</c> in <c>"05-CT/TW"</c>), R36-TYPES.</summary>
/// <remarks>Codes match case-insensitively and with <c>Đ</c> folded to <c>D</c> (<c>"QD"</c> finds <c>"QĐ"</c>). Immutable.</remarks>
public sealed record DocumentType
{
    /// <summary>Creates a document type.</summary>
    /// <param name="code">The code as the symbol writes it, letters only (<c>"CTr"</c>).</param>
    /// <param name="vietnameseName">The Vietnamese name, with diacritics (<c>"chương trình"</c>).</param>
    /// <param name="englishName">The English name (<c>"programme"</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An argument is empty, or <paramref name="code"/> is not 1 to 12 letters (A–Z, Đ).</exception>
    public DocumentType(string code, string vietnameseName, string englishName)
    {
        Code = DocumentSymbol.CheckCode(code, nameof(code));
        VietnameseName = Guard.Against.NullOrWhiteSpace(vietnameseName);
        EnglishName = Guard.Against.NullOrWhiteSpace(englishName);
    }

    /// <summary>Gets the code.</summary>
    /// <value>For example <c>"QĐ"</c>.</value>
    public string Code { get; }

    /// <summary>Gets the Vietnamese name.</summary>
    /// <value>For example <c>"quy định / quyết định"</c>.</value>
    public string VietnameseName { get; }

    /// <summary>Gets the English name.</summary>
    /// <value>For example <c>"regulation / decision"</c>.</value>
    public string EnglishName { get; }
}

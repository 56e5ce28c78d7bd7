using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Terms;

/// <summary>
/// The document types and issuers a caller knows, used to recognise and canonicalise the codes of document symbols.
/// </summary>
/// <remarks>
/// <see cref="Default"/> holds the attested codes of REGULATIONS.md §5: types (R36-TYPES) NQ, QĐ (both <i>quy định</i>
/// and <i>quyết định</i>), CT, KL, HD, KH, CTr, CV, BC, TT, BS; issuers (R36-ISSUERS) TW, BTCTW, VPTW, UBKTTW, TU, HU,
/// QU, ĐU, UBKTTU. Codes marked [U] there (QC, TB, TTr, ĐA, TC; ĐUK, thị ủy, chi bộ codes) are deliberately absent: add
/// them with <see cref="WithType(DocumentType)"/> / <see cref="WithIssuer(DocumentIssuer)"/> when you know them. Lookup
/// ignores case; a code written without Đ also finds a catalog code with Đ (<c>"QD"</c> → <c>"QĐ"</c>, <c>"DU"</c> →
/// <c>"ĐU"</c>) when no catalog code is spelled exactly so, but a code written with Đ never finds a code with D
/// (<c>"HĐ"</c> is not <c>"HD"</c>). Catalogs are immutable and thread-safe.
/// </remarks>
public sealed class DocumentSymbolCatalog
{
    private readonly Dictionary<string, DocumentType> _types;
    private readonly Dictionary<string, DocumentIssuer> _issuers;
    private readonly Dictionary<string, DocumentType> _typesFolded;
    private readonly Dictionary<string, DocumentIssuer> _issuersFolded;

    /// <summary>Creates a catalog.</summary>
    /// <param name="types">The document types.</param>
    /// <param name="issuers">The issuers.</param>
    /// <exception cref="ArgumentNullException">An argument or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two types or two issuers have the same code (ignoring case).</exception>
    public DocumentSymbolCatalog(IEnumerable<DocumentType> types, IEnumerable<DocumentIssuer> issuers)
    {
        Guard.Against.Null(types);
        Guard.Against.Null(issuers);
        _types = new Dictionary<string, DocumentType>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            Guard.Against.Null(type, nameof(types));
            if (!_types.TryAdd(DocumentSymbol.CodeKey(type.Code), type))
            {
                throw new ArgumentException($"The document type code '{type.Code}' appears twice.", nameof(types));
            }
        }

        _issuers = new Dictionary<string, DocumentIssuer>(StringComparer.Ordinal);
        foreach (var issuer in issuers)
        {
            Guard.Against.Null(issuer, nameof(issuers));
            if (!_issuers.TryAdd(DocumentSymbol.CodeKey(issuer.Code), issuer))
            {
                throw new ArgumentException($"The issuer code '{issuer.Code}' appears twice.", nameof(issuers));
            }
        }

        _typesFolded = Folded(_types.Values, t => t.Code);
        _issuersFolded = Folded(_issuers.Values, i => i.Code);
        Types = new ReadOnlyCollection<DocumentType>([.. _types.Values]);
        Issuers = new ReadOnlyCollection<DocumentIssuer>([.. _issuers.Values]);
    }

    /// <summary>Gets the catalog of REGULATIONS.md §5 (R36-TYPES, R36-ISSUERS).</summary>
    /// <value>11 types and 9 issuers.</value>
    public static DocumentSymbolCatalog Default { get; } = new(
        [
            new("NQ", "nghị quyết", "resolution"),
            new("QĐ", "quy định / quyết định", "regulation / decision"),
            new("CT", "chỉ thị", "directive"),
            new("KL", "kết luận", "conclusion"),
            new("HD", "hướng dẫn", "guidance"),
            new("KH", "kế hoạch", "plan"),
            new("CTr", "chương trình", "programme"),
            new("CV", "công văn", "official letter"),
            new("BC", "báo cáo", "report"),
            new("TT", "thông tri", "circular"),
            new("BS", "bản sao", "copy"),
        ],
        [
            new("TW", "Trung ương (Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư)", "Central Committee, Politburo or Secretariat"),
            new("BTCTW", "Ban Tổ chức Trung ương", "Central Organization Commission"),
            new("VPTW", "Văn phòng Trung ương Đảng", "Party Central Office"),
            new("UBKTTW", "Ủy ban Kiểm tra Trung ương", "Central Inspection Commission"),
            new("TU", "Tỉnh ủy / Thành ủy", "provincial or city Party committee"),
            new("HU", "Huyện ủy", "district Party committee"),
            new("QU", "Quận ủy", "urban district Party committee"),
            new("ĐU", "Đảng ủy", "Party committee"),
            new("UBKTTU", "Ủy ban Kiểm tra Tỉnh ủy / Thành ủy", "provincial or city inspection commission"),
        ]);

    /// <summary>Gets the known document types.</summary>
    /// <value>In the order given to the constructor.</value>
    public IReadOnlyList<DocumentType> Types { get; }

    /// <summary>Gets the known issuers.</summary>
    /// <value>In the order given to the constructor.</value>
    public IReadOnlyList<DocumentIssuer> Issuers { get; }

    /// <summary>Looks up a document type by code, ignoring case; a code written without Đ also finds a code with Đ.</summary>
    /// <param name="code">The code, for example <c>"QĐ"</c>, <c>"qđ"</c> or the folded <c>"QD"</c>; <c>"HĐ"</c> does not find <c>"HD"</c>.</param>
    /// <param name="type">The type when the method returns <see langword="true"/>; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public bool TryFindType(string? code, [NotNullWhen(true)] out DocumentType? type) => TryFind(code, _types, _typesFolded, out type);

    /// <summary>Looks up an issuer by code, ignoring case; a code written without Đ also finds a code with Đ.</summary>
    /// <param name="code">The code, for example <c>"ĐU"</c> or the folded <c>"DU"</c>.</param>
    /// <param name="issuer">The issuer when the method returns <see langword="true"/>; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public bool TryFindIssuer(string? code, [NotNullWhen(true)] out DocumentIssuer? issuer) => TryFind(code, _issuers, _issuersFolded, out issuer);

    /// <summary>Returns a catalog with one more type (or with <paramref name="type"/> replacing the type of the same code).</summary>
    /// <param name="type">The type.</param>
    /// <returns>A new catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is <see langword="null"/>.</exception>
    public DocumentSymbolCatalog WithType(DocumentType type)
    {
        Guard.Against.Null(type);
        var key = DocumentSymbol.CodeKey(type.Code);
        return new DocumentSymbolCatalog(Types.Where(t => DocumentSymbol.CodeKey(t.Code) != key).Append(type), Issuers);
    }

    /// <summary>Returns a catalog with one more issuer (or with <paramref name="issuer"/> replacing the issuer of the same code).</summary>
    /// <param name="issuer">The issuer.</param>
    /// <returns>A new catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issuer"/> is <see langword="null"/>.</exception>
    public DocumentSymbolCatalog WithIssuer(DocumentIssuer issuer)
    {
        Guard.Against.Null(issuer);
        var key = DocumentSymbol.CodeKey(issuer.Code);
        return new DocumentSymbolCatalog(Types, Issuers.Where(i => DocumentSymbol.CodeKey(i.Code) != key).Append(issuer));
    }

    private static bool TryFind<T>(string? code, Dictionary<string, T> exact, Dictionary<string, T> folded, [NotNullWhen(true)] out T? value)
        where T : class
    {
        value = null;
        if (code is null)
        {
            return false;
        }

        var key = DocumentSymbol.CodeKey(code);
        return exact.TryGetValue(key, out value) || (!DocumentSymbol.HasD(code) && folded.TryGetValue(key, out value));
    }

    /// <summary>Maps the folded spelling of every code written with Đ to its entry (the first one when two fold alike).</summary>
    private static Dictionary<string, T> Folded<T>(IEnumerable<T> values, Func<T, string> code)
    {
        var folded = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (DocumentSymbol.HasD(code(value)))
            {
                folded.TryAdd(DocumentSymbol.FoldedCodeKey(code(value)), value);
            }
        }

        return folded;
    }
}

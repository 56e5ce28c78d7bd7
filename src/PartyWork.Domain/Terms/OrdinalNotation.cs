namespace PartyWork.Domain.Terms;

/// <summary>How <see cref="OrdinalPhrase"/> writes the number of an ordinal phrase (<c>"lần thứ …"</c>).</summary>
public enum OrdinalNotation
{
    /// <summary>A Roman numeral: <c>"lần thứ III"</c> (how congresses are numbered).</summary>
    Roman = 0,

    /// <summary>Arabic digits: <c>"lần thứ 13"</c>.</summary>
    Arabic = 1,

    /// <summary>Vietnamese words, for 1 to 10 only: <c>"lần thứ nhất"</c>, <c>"lần thứ tư"</c>, <c>"lần thứ mười"</c>.</summary>
    Words = 2,
}

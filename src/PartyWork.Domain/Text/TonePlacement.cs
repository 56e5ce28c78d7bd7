namespace PartyWork.Domain.Text;

/// <summary>
/// Where the tone mark goes in an open syllable whose vowel nucleus is <c>oa</c>, <c>oe</c> or <c>uy</c>
/// (the only syllables on which the two Vietnamese spelling habits disagree).
/// </summary>
/// <remarks>
/// Both habits are correct Vietnamese and both occur in real reports, often in the same text
/// ("khóa XII" and "khoá 12"). The library normalizes to one of them so that the two spellings compare equal.
/// </remarks>
public enum TonePlacement
{
    /// <summary>
    /// The older habit, used by the Party's own documents: the tone sits on the first vowel
    /// (<c>hóa</c>, <c>khóa</c>, <c>ủy</c>, <c>thủy</c>, <c>khỏe</c>). The default.
    /// </summary>
    Old = 0,

    /// <summary>
    /// The newer habit: the tone sits on the second vowel (<c>hoá</c>, <c>khoá</c>, <c>uỷ</c>, <c>thuỷ</c>, <c>khoẻ</c>).
    /// </summary>
    New = 1,
}

namespace PartyWork.Domain.Text;

/// <summary>
/// A number read from text whose notation was not known in advance (see <see cref="VietnameseNumber.TryRead"/>).
/// </summary>
/// <param name="Value">The value in the notation that was chosen: Vietnamese when both notations read the text.</param>
/// <param name="Notation">The notation <paramref name="Value"/> was read in.</param>
/// <param name="Alternative">
/// The value in the other notation when the text is ambiguous (<c>"1.004"</c>: 1004 in Vietnamese, 1.004 in English);
/// otherwise <see langword="null"/>.
/// </param>
/// <remarks><c>default(ParsedNumber)</c> is zero read in Vietnamese notation, not ambiguous.</remarks>
public readonly record struct ParsedNumber(decimal Value, NumberNotation Notation, decimal? Alternative)
{
    /// <summary>Gets a value indicating whether the other notation reads the same text as a different number.</summary>
    /// <value><see langword="true"/> for <c>"1.004"</c> or <c>"1,234"</c>; <see langword="false"/> for <c>"1456"</c>, <c>"95,4"</c> or <c>"99.41"</c>.</value>
    public bool IsAmbiguous => this.Alternative.HasValue;

    /// <summary>Gets how many decimal places were written (<c>"27,98"</c> → 2, <c>"0,6"</c> → 1, <c>"100"</c> → 0).</summary>
    /// <value>The scale of <see cref="Value"/> as written.</value>
    public int DecimalPlaces => this.Value.Scale;
}

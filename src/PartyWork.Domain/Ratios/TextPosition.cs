using System.Globalization;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratios;

/// <summary>
/// Where a piece of text sits in a larger text: a 1-based line and column for people, a 0-based offset and a length
/// (in UTF-16 code units, as <see cref="string"/> counts them) for code.
/// </summary>
/// <remarks>
/// <para>
/// <c>text.Substring(position.Offset, position.Length)</c> is the piece itself. Lines are separated by <c>'\n'</c>
/// (a <c>"\r\n"</c> pair counts as one break); the column counts UTF-16 code units from the start of the line, so a
/// decomposed letter (a base letter and a combining mark) counts as two columns, as it does in most editors' offsets.
/// </para>
/// <para>
/// Positions order by offset, then by length (a shorter piece first), then by line and column.
/// <c>default(TextPosition)</c> is an empty piece at offset 0 with line and column 0 — not a position any scan
/// produces, which always reports line and column from 1.
/// </para>
/// </remarks>
public readonly record struct TextPosition : IComparable<TextPosition>, IComparable, IFormattable
{
    /// <summary>Initializes a new instance of the <see cref="TextPosition"/> struct.</summary>
    /// <param name="line">The 1-based line of the first character.</param>
    /// <param name="column">The 1-based column of the first character, in UTF-16 code units.</param>
    /// <param name="offset">The 0-based offset of the first character in the whole text.</param>
    /// <param name="length">The number of UTF-16 code units.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="line"/> or <paramref name="column"/> is below 1, or <paramref name="offset"/> or
    /// <paramref name="length"/> is negative, or <paramref name="offset"/> + <paramref name="length"/> overflows.
    /// </exception>
    public TextPosition(int line, int column, int offset, int length)
    {
        this.Line = Guard.Against.OutOfRange(line, nameof(line), 1, int.MaxValue);
        this.Column = Guard.Against.OutOfRange(column, nameof(column), 1, int.MaxValue);
        this.Offset = Guard.Against.OutOfRange(offset, nameof(offset), 0, int.MaxValue);
        this.Length = Guard.Against.OutOfRange(length, nameof(length), 0, int.MaxValue - offset);
    }

    /// <summary>Gets the 1-based line of the first character.</summary>
    /// <value>1 for the first line.</value>
    public int Line { get; }

    /// <summary>Gets the 1-based column of the first character, in UTF-16 code units from the start of its line.</summary>
    /// <value>1 for the first character of a line.</value>
    public int Column { get; }

    /// <summary>Gets the 0-based offset of the first character in the whole text.</summary>
    /// <value>The index to pass to <see cref="string.Substring(int, int)"/>.</value>
    public int Offset { get; }

    /// <summary>Gets the number of UTF-16 code units the piece spans.</summary>
    /// <value>The length to pass to <see cref="string.Substring(int, int)"/>.</value>
    public int Length { get; }

    /// <summary>Gets the 0-based offset just after the last character.</summary>
    /// <value><see cref="Offset"/> + <see cref="Length"/>.</value>
    public int End => this.Offset + this.Length;

    /// <summary>Whether the left position sorts before the right one.</summary>
    /// <param name="left">The left position.</param>
    /// <param name="right">The right position.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(TextPosition left, TextPosition right) => left.CompareTo(right) < 0;

    /// <summary>Whether the left position sorts after the right one.</summary>
    /// <param name="left">The left position.</param>
    /// <param name="right">The right position.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(TextPosition left, TextPosition right) => left.CompareTo(right) > 0;

    /// <summary>Whether the left position sorts before or equal to the right one.</summary>
    /// <param name="left">The left position.</param>
    /// <param name="right">The right position.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> sorts last.</returns>
    public static bool operator <=(TextPosition left, TextPosition right) => left.CompareTo(right) <= 0;

    /// <summary>Whether the left position sorts after or equal to the right one.</summary>
    /// <param name="left">The left position.</param>
    /// <param name="right">The right position.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> sorts first.</returns>
    public static bool operator >=(TextPosition left, TextPosition right) => left.CompareTo(right) >= 0;

    /// <summary>Compares by offset, then length, then line and column.</summary>
    /// <param name="other">The other position.</param>
    /// <returns>Negative, zero or positive as this position sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(TextPosition other)
    {
        var c = this.Offset.CompareTo(other.Offset);
        if (c == 0)
        {
            c = this.Length.CompareTo(other.Length);
        }

        if (c == 0)
        {
            c = this.Line.CompareTo(other.Line);
        }

        return c != 0 ? c : this.Column.CompareTo(other.Column);
    }

    /// <inheritdoc cref="CompareTo(TextPosition)"/>
    /// <param name="obj">The other position, or <see langword="null"/> (which sorts first).</param>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="TextPosition"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        TextPosition other => this.CompareTo(other),
        _ => throw new ArgumentException($"Expected a {nameof(TextPosition)}, got {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Formats the position as <c>line:column</c>, the way compilers and editors print it.</summary>
    /// <returns>For example <c>"12:45"</c>.</returns>
    public override string ToString() => this.ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the position.</summary>
    /// <param name="format">
    /// <c>null</c>, <c>""</c> or <c>"G"</c> for <c>line:column</c>; <c>"R"</c> for <c>line:column[offset+length]</c>.
    /// </param>
    /// <param name="formatProvider">Ignored: the digits are always ASCII without grouping.</param>
    /// <returns>The formatted position.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" => string.Create(CultureInfo.InvariantCulture, $"{this.Line}:{this.Column}"),
        "R" => string.Create(CultureInfo.InvariantCulture, $"{this.Line}:{this.Column}[{this.Offset}+{this.Length}]"),
        _ => throw new FormatException($"Unknown TextPosition format '{format}'; use \"G\" or \"R\"."),
    };

    /// <summary>Computes the position of <paramref name="length"/> characters at <paramref name="offset"/> in <paramref name="text"/>.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="offset">The 0-based offset of the piece.</param>
    /// <param name="length">The length of the piece.</param>
    /// <returns>The position with its 1-based line and column.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The piece does not lie inside <paramref name="text"/>.</exception>
    public static TextPosition Locate(ReadOnlySpan<char> text, int offset, int length)
    {
        Guard.Against.OutOfRange(offset, nameof(offset), 0, text.Length);
        Guard.Against.OutOfRange(length, nameof(length), 0, text.Length - offset);
        var before = text[..offset];
        var line = before.Count('\n') + 1;
        var lineStart = before.LastIndexOf('\n') + 1;
        return new TextPosition(line, offset - lineStart + 1, offset, length);
    }
}

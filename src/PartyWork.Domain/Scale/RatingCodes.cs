using System.ComponentModel;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Scale;

/// <summary>
/// The one-byte encoding of a <see cref="RatingLevel"/> used by the columnar roll-up: the byte is the level's numeric
/// value, 1 (<see cref="RatingLevel.NotCompleted"/>) to 4 (<see cref="RatingLevel.Excellent"/>). Every other byte,
/// including 0, is invalid.
/// </summary>
/// <remarks>See docs/decisions/scale-columnar-encoding.md.</remarks>
public static class RatingCodes
{
    /// <summary>The smallest valid code (<see cref="RatingLevel.NotCompleted"/>).</summary>
    public const byte Min = (byte)RatingLevel.NotCompleted;

    /// <summary>The largest valid code (<see cref="RatingLevel.Excellent"/>).</summary>
    public const byte Max = (byte)RatingLevel.Excellent;

    /// <summary>Encodes a level as its byte.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The code, 1 to 4.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="level"/> is not a defined level.</exception>
    public static byte Encode(RatingLevel level)
    {
        if (level is < RatingLevel.NotCompleted or > RatingLevel.Excellent)
        {
            throw new InvalidEnumArgumentException(nameof(level), (int)level, typeof(RatingLevel));
        }

        return unchecked((byte)level);
    }

    /// <summary>Decodes a byte to its level.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not 1 to 4.</exception>
    public static RatingLevel Decode(byte code) => IsValid(code)
        ? (RatingLevel)code
        : throw new ArgumentOutOfRangeException(nameof(code), code, $"A rating code must be {Min} to {Max}; got {code}.");

    /// <summary>Tells whether a byte is a valid code.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> for 1 to 4.</returns>
    public static bool IsValid(byte code) => IsValid((int)code);

    /// <summary>Encodes many levels into a new array.</summary>
    /// <param name="levels">The levels.</param>
    /// <returns>One code per level.</returns>
    /// <exception cref="InvalidEnumArgumentException">A level is not defined.</exception>
    public static byte[] EncodeAll(ReadOnlySpan<RatingLevel> levels)
    {
        var codes = new byte[levels.Length];
        for (var i = 0; i < levels.Length; i++)
        {
            codes[i] = Encode(levels[i]);
        }

        return codes;
    }

    private static bool IsValid(int code) => code is >= Min and <= Max;
}

namespace PartyWork.Domain.Ratings;

/// <summary>
/// The result of mapping a pre-2018 label onto the current four levels: the level when a mapping is meaningful,
/// otherwise why not, in Vietnamese and English.
/// </summary>
/// <param name="Legacy">The legacy label that was mapped.</param>
/// <param name="IsMapped">Whether the legacy label has a meaningful current level.</param>
/// <param name="Level">The current level when <paramref name="IsMapped"/>; <c>default</c> otherwise.</param>
/// <param name="Vietnamese">The explanation in Vietnamese (NFC, with diacritics).</param>
/// <param name="English">The explanation in English.</param>
/// <remarks><c>default(LegacyMapping)</c> has no legacy label and no explanation; the library never returns it.</remarks>
public readonly record struct LegacyMapping(
    LegacyRatingLevel Legacy,
    bool IsMapped,
    RatingLevel Level,
    string Vietnamese,
    string English);

using System.Text.Json;
using Ardalis.GuardClauses;
using NodaTime.Serialization.SystemTextJson;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// System.Text.Json support in one call: <c>PartyWorkJson.Configure(options)</c> registers the converters of every
/// PartyWork.Domain value and result, and NodaTime's own converters for its date and time types.
/// </summary>
/// <remarks>
/// <para>
/// The JSON contract of each type is in docs/json.md. Reading validates through the types' own constructors and
/// factories; anything malformed or out of range fails with <see cref="JsonException"/>, whose
/// <see cref="JsonException.Path"/> the serializer sets and whose message says what was expected.
/// </para>
/// <para>
/// For trimmed or native AOT applications use <see cref="PartyWorkJsonContext"/> (source-generated, no reflection), or
/// attach <see cref="PartyWorkJsonConverterFactory"/> to your own context. This class holds no state.
/// </para>
/// </remarks>
public static class PartyWorkJson
{
    /// <summary>
    /// Registers <see cref="PartyWorkJsonConverterFactory"/> and NodaTime's converters for <c>LocalDate</c>,
    /// <c>LocalDateTime</c>, <c>LocalTime</c>, <c>YearMonth</c>, <c>AnnualDate</c>, <c>Instant</c>, <c>Interval</c>,
    /// <c>DateInterval</c>, <c>Duration</c>, <c>Period</c>, <c>Offset</c>, <c>OffsetDate</c>, <c>OffsetTime</c> and
    /// <c>OffsetDateTime</c> (NodaTime's defaults; time zones are not registered, so no time zone database is loaded).
    /// </summary>
    /// <param name="options">The options to add the converters to; they must not have been used yet.</param>
    /// <returns>The same <paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> are read-only (already used for serialization).</exception>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        Guard.Against.Null(options);
        options.Converters.Add(new PartyWorkJsonConverterFactory());
        options.Converters.Add(NodaConverters.LocalDateConverter);
        options.Converters.Add(NodaConverters.LocalDateTimeConverter);
        options.Converters.Add(NodaConverters.LocalTimeConverter);
        options.Converters.Add(NodaConverters.YearMonthConverter);
        options.Converters.Add(NodaConverters.AnnualDateConverter);
        options.Converters.Add(NodaConverters.InstantConverter);
        options.Converters.Add(NodaConverters.IntervalConverter);
        options.Converters.Add(NodaConverters.DateIntervalConverter);
        options.Converters.Add(NodaConverters.DurationConverter);
        options.Converters.Add(NodaConverters.RoundtripPeriodConverter);
        options.Converters.Add(NodaConverters.OffsetConverter);
        options.Converters.Add(NodaConverters.OffsetDateConverter);
        options.Converters.Add(NodaConverters.OffsetTimeConverter);
        options.Converters.Add(NodaConverters.OffsetDateTimeConverter);
        return options;
    }

    /// <summary>Creates options with camelCase property names and every converter of <see cref="Configure"/>.</summary>
    /// <returns>New, still mutable options; serialization through them uses reflection for your own types.</returns>
    public static JsonSerializerOptions CreateOptions() =>
        Configure(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase });
}

using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using PartyWork.Domain.Terms;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="ReviewPeriod"/> as <c>{"kind":"Quarter","start":"2024-07-01","end":"2024-09-30"}</c> (ISO dates) and
/// reads it back through the <see cref="ReviewPeriod"/> factory of its kind.
/// </summary>
/// <remarks>
/// The days must be those of a period of that kind: <c>{"kind":"Quarter","start":"2024-07-01","end":"2024-09-29"}</c> is
/// refused, and so is <c>{"kind":"FirstMonths",…}</c> for three months (that period is a quarter). See
/// docs/decisions/serialization-review-period.md.
/// </remarks>
public sealed class ReviewPeriodJsonConverter : JsonConverter<ReviewPeriod>
{
    private const string Owner = "a review period {\"kind\",\"start\",\"end\"}";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a property is missing, or the days are not a period of the kind.</exception>
    public override ReviewPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        ReviewPeriodKind? kind = null;
        LocalDate? start = null, end = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "kind": kind = JsonFields.Enum<ReviewPeriodKind>(ref reader, "'kind'"); break;
                case "start": start = JsonFields.Date(ref reader, "'start': an ISO date \"uuuu-MM-dd\""); break;
                case "end": end = JsonFields.Date(ref reader, "'end': an ISO date \"uuuu-MM-dd\""); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        var k = kind ?? throw JsonFields.Missing("kind", Owner);
        var first = start ?? throw JsonFields.Missing("start", Owner);
        var last = end ?? throw JsonFields.Missing("end", Owner);
        ReviewPeriod period;
        try
        {
            period = Create(k, first, last);
        }
        catch (ArgumentException ex)
        {
            throw JsonFields.Invalid($"{Owner} of kind {k} with days in the years {ReviewPeriod.MinYear} to {ReviewPeriod.MaxYear}", ex);
        }

        if (period.Kind != k || period.Start != first || period.End != last)
        {
            throw new JsonException(
                $"Expected {Owner} whose days are those of a period of kind {k}, but {first:uuuu-MM-dd} to {last:uuuu-MM-dd} is {period.Kind} {period.Start:uuuu-MM-dd} to {period.End:uuuu-MM-dd}.");
        }

        return period;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ReviewPeriod value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("kind", JsonFields.EnumName(value.Kind));
        JsonFields.WriteDate(writer, "start", value.Start);
        JsonFields.WriteDate(writer, "end", value.End);
        writer.WriteEndObject();
    }

    private static ReviewPeriod Create(ReviewPeriodKind kind, LocalDate start, LocalDate end) => kind switch
    {
        ReviewPeriodKind.Month or ReviewPeriodKind.Quarter or ReviewPeriodKind.HalfYear or ReviewPeriodKind.Year =>
            ReviewPeriod.Containing(start, kind),
        ReviewPeriodKind.FirstMonths => ReviewPeriod.FirstMonths(start.Year, end.Month),
        ReviewPeriodKind.Term => ReviewPeriod.Term(new CongressTerm(new DateInterval(start, end))),
        _ => ReviewPeriod.Interval(start, end),
    };
}

using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Ratings;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="DisciplineRecord"/> as
/// <c>{"form":"Warning","notDutyRelated":false,"selfDetectedAndRemedied":false,"alreadyCounted":false}</c>.
/// <c>"form"</c> is required; a missing flag reads as <see langword="false"/>, as in the record's constructor.
/// </summary>
/// <remarks><c>default(DisciplineRecord)</c> ("not disciplined") is written with the form <c>"None"</c>.</remarks>
public sealed class DisciplineRecordJsonConverter : JsonConverter<DisciplineRecord>
{
    private const string Owner = "a discipline record {\"form\",\"notDutyRelated\",\"selfDetectedAndRemedied\",\"alreadyCounted\"}";

    /// <summary>Gets the shared instance, used by the converter of rating facts.</summary>
    /// <value>A stateless converter.</value>
    internal static DisciplineRecordJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, the form is missing or not a discipline, or a flag is not true or false.</exception>
    public override DisciplineRecord Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        Discipline? form = null;
        bool notDutyRelated = false, selfDetected = false, counted = false;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "form": form = JsonFields.Enum<Discipline>(ref reader, "'form': a discipline"); break;
                case "notDutyRelated": notDutyRelated = JsonFields.Boolean(ref reader, "'notDutyRelated': true or false"); break;
                case "selfDetectedAndRemedied": selfDetected = JsonFields.Boolean(ref reader, "'selfDetectedAndRemedied': true or false"); break;
                case "alreadyCounted": counted = JsonFields.Boolean(ref reader, "'alreadyCounted': true or false"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        return new DisciplineRecord(form ?? throw JsonFields.Missing("form", Owner), notDutyRelated, selfDetected, counted);
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The form is not a defined discipline.</exception>
    public override void Write(Utf8JsonWriter writer, DisciplineRecord value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("form", JsonFields.EnumName(value.Form));
        writer.WriteBoolean("notDutyRelated", value.NotDutyRelated);
        writer.WriteBoolean("selfDetectedAndRemedied", value.SelfDetectedAndRemedied);
        writer.WriteBoolean("alreadyCounted", value.AlreadyCounted);
        writer.WriteEndObject();
    }
}

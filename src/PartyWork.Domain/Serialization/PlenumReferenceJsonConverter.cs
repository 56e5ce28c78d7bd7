using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Terms;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="PlenumReference"/> as <c>{"plenum":{"termNumber":12,"number":4},"kind":"Resolution"}</c>
/// (<c>"Nghị quyết Trung ương 4 (khóa XII)"</c>).
/// </summary>
public sealed class PlenumReferenceJsonConverter : JsonConverter<PlenumReference>
{
    private const string Owner = "a plenum reference {\"plenum\",\"kind\"}";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a property is missing, or a value is invalid.</exception>
    public override PlenumReference Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        Plenum? plenum = null;
        PlenumReferenceKind? kind = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "plenum": plenum = PlenumJsonConverter.Instance.Read(ref reader, typeof(Plenum), options); break;
                case "kind": kind = JsonFields.Enum<PlenumReferenceKind>(ref reader, "'kind'"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        return new PlenumReference(plenum ?? throw JsonFields.Missing("plenum", Owner), kind ?? throw JsonFields.Missing("kind", Owner));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, PlenumReference value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WritePropertyName("plenum");
        PlenumJsonConverter.Instance.Write(writer, value.Plenum, options);
        writer.WriteString("kind", JsonFields.EnumName(value.Kind));
        writer.WriteEndObject();
    }
}

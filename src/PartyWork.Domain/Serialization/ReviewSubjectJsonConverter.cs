using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWork.Domain.Reviews;

namespace PartyWork.Domain.Serialization;

/// <summary>
/// Writes a <see cref="ReviewSubject"/> as <c>{"kind":"Member","organizationId":"D1","partyId":"p1"}</c>;
/// <c>"partyId"</c> is left out for a <see cref="ReviewSubjectKind.Collective"/> subject, and required for the others.
/// Reading goes through the factory of the kind (<see cref="ReviewSubject.Member"/>, …).
/// </summary>
/// <remarks><c>default(ReviewSubject)</c> is not a subject and cannot be written.</remarks>
public sealed class ReviewSubjectJsonConverter : JsonConverter<ReviewSubject>
{
    private const string Owner = "a review subject {\"kind\",\"organizationId\",\"partyId\"}";

    /// <summary>Gets the shared instance, used by the converters of events and order violations.</summary>
    /// <value>A stateless converter.</value>
    internal static ReviewSubjectJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not such an object, a property is missing or blank, or a collective subject has a 'partyId'.</exception>
    public override ReviewSubject Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, Owner);
        ReviewSubjectKind? kind = null;
        string? organizationId = null, partyId = null;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "kind": kind = JsonFields.Enum<ReviewSubjectKind>(ref reader, "'kind'"); break;
                case "organizationId": organizationId = JsonFields.String(ref reader, "'organizationId': a non-blank string"); break;
                case "partyId": partyId = JsonFields.NullableString(ref reader, "'partyId': a non-blank string"); break;
                default: JsonFields.SkipValue(ref reader); break;
            }
        }

        var k = kind ?? throw JsonFields.Missing("kind", Owner);
        var organization = organizationId ?? throw JsonFields.Missing("organizationId", Owner);
        if (k == ReviewSubjectKind.Collective && partyId is not null)
        {
            throw new JsonException($"Expected {Owner} of kind Collective to have no 'partyId', but it has \"{partyId}\".");
        }

        var party = k == ReviewSubjectKind.Collective ? string.Empty : partyId ?? throw JsonFields.Missing("partyId", Owner);
        try
        {
            return k switch
            {
                ReviewSubjectKind.Collective => ReviewSubject.Collective(organization),
                ReviewSubjectKind.Body => ReviewSubject.Body(organization, party),
                ReviewSubjectKind.Member => ReviewSubject.Member(organization, party),
                _ => ReviewSubject.Head(organization, party),
            };
        }
        catch (ArgumentException ex)
        {
            throw JsonFields.Invalid(Owner + " with non-blank ids", ex);
        }
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException"><paramref name="value"/> is <c>default(ReviewSubject)</c>.</exception>
    public override void Write(Utf8JsonWriter writer, ReviewSubject value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.IsDefault)
        {
            throw new JsonException("Cannot write default(ReviewSubject): it is not a subject.");
        }

        writer.WriteStartObject();
        writer.WriteString("kind", JsonFields.EnumName(value.Kind));
        writer.WriteString("organizationId", value.OrganizationId);
        if (value.PartyId is { } partyId)
        {
            writer.WriteString("partyId", partyId);
        }

        writer.WriteEndObject();
    }
}

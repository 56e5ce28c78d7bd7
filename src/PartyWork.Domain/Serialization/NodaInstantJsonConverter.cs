using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace PartyWork.Domain.Serialization;

/// <summary>NodaTime's ISO converter for <see cref="Instant"/> (<c>"2024-07-01T08:30:00Z"</c>), as a type the source generator can attach.</summary>
internal sealed class NodaInstantJsonConverter : DelegatingConverterBase<Instant>
{
    /// <summary>Initializes a new instance of the <see cref="NodaInstantJsonConverter"/> class.</summary>
    public NodaInstantJsonConverter()
        : base(NodaConverters.InstantConverter)
    {
    }
}

using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace PartyWork.Domain.Serialization;

/// <summary>NodaTime's ISO converter for <see cref="LocalDate"/> (<c>"2024-07-01"</c>), as a type the source generator can attach.</summary>
internal sealed class NodaLocalDateJsonConverter : DelegatingConverterBase<LocalDate>
{
    /// <summary>Initializes a new instance of the <see cref="NodaLocalDateJsonConverter"/> class.</summary>
    public NodaLocalDateJsonConverter()
        : base(NodaConverters.LocalDateConverter)
    {
    }
}

using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace PartyWork.Domain.Serialization;

/// <summary>NodaTime's ISO converter for <see cref="DateInterval"/> (an object with <c>start</c> and <c>end</c>, both ends inclusive), as a type the source generator can attach.</summary>
internal sealed class NodaDateIntervalJsonConverter : DelegatingConverterBase<DateInterval>
{
    /// <summary>Initializes a new instance of the <see cref="NodaDateIntervalJsonConverter"/> class.</summary>
    public NodaDateIntervalJsonConverter()
        : base(NodaConverters.DateIntervalConverter)
    {
    }
}

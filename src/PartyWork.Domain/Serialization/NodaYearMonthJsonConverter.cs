using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace PartyWork.Domain.Serialization;

/// <summary>NodaTime's ISO converter for <see cref="YearMonth"/> (<c>"2024-07"</c>), as a type the source generator can attach.</summary>
internal sealed class NodaYearMonthJsonConverter : DelegatingConverterBase<YearMonth>
{
    /// <summary>Initializes a new instance of the <see cref="NodaYearMonthJsonConverter"/> class.</summary>
    public NodaYearMonthJsonConverter()
        : base(NodaConverters.YearMonthConverter)
    {
    }
}

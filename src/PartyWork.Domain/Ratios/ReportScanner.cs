namespace PartyWork.Domain.Ratios;

/// <summary>
/// Finds the ratio claims of Vietnamese report prose — <c>"a/b"</c>, <c>"a/b (p%)"</c>, a percentage tied to a count
/// and a whole, enumerations whose parts should add up — and checks each one.
/// </summary>
public static partial class ReportScanner
{
}

using NodaTime;

namespace PartyWork.Domain.Terms;

/// <summary>The one ordering of spans that may still be running (no last day yet), shared by terms and validity periods.</summary>
internal static class OpenEndedDates
{
    /// <summary>Compares two spans by first day, then by last day, an open end (still running) sorting last.</summary>
    /// <param name="start">The first span's first day.</param>
    /// <param name="end">The first span's last day, or <see langword="null"/> when open.</param>
    /// <param name="otherStart">The second span's first day.</param>
    /// <param name="otherEnd">The second span's last day, or <see langword="null"/> when open.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    internal static int Compare(LocalDate start, LocalDate? end, LocalDate otherStart, LocalDate? otherEnd)
    {
        var byStart = start.CompareTo(otherStart);
        if (byStart != 0)
        {
            return byStart;
        }

        return (end, otherEnd) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            ({ } a, { } b) => a.CompareTo(b),
        };
    }
}

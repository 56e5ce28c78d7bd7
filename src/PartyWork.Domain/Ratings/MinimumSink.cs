namespace PartyWork.Domain.Ratings;

/// <summary>Keeps only the lowest cap: the fast path of a decision.</summary>
internal struct MinimumSink : ICapSink
{
    /// <summary>The lowest maximum seen so far; starts at excellent.</summary>
    public RatingLevel Highest;

    public MinimumSink() => Highest = RatingLevel.Excellent;

    public void Cap(CapKind kind, RatingLevel level, RatingLevel maximum)
    {
        if (maximum < Highest)
        {
            Highest = maximum;
        }
    }
}

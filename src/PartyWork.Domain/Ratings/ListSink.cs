namespace PartyWork.Domain.Ratings;

/// <summary>Keeps every cap, in the order found, for explanations.</summary>
internal readonly struct ListSink : ICapSink
{
    public ListSink() => Caps = [];

    public List<(CapKind Kind, RatingLevel Level, RatingLevel Maximum)> Caps { get; }

    public void Cap(CapKind kind, RatingLevel level, RatingLevel maximum) => Caps.Add((kind, level, maximum));
}

namespace PartyWork.Domain.Ratings;

/// <summary>Receives the caps the evaluator finds; a struct sink keeps the fast path free of allocation.</summary>
internal interface ICapSink
{
    /// <summary>Records that <paramref name="kind"/> failed for <paramref name="level"/> and caps the subject at <paramref name="maximum"/>.</summary>
    void Cap(CapKind kind, RatingLevel level, RatingLevel maximum);
}

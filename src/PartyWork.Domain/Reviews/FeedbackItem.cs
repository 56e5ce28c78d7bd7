using System.ComponentModel;
using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Reviews;

/// <summary>One written feedback item (văn bản góp ý) about a review's subject.</summary>
/// <remarks>Immutable; compares by value. Items of one review have distinct ids.</remarks>
public sealed record FeedbackItem
{
    /// <summary>Creates an item.</summary>
    /// <param name="id">The item's id, unique within the review.</param>
    /// <param name="source">Where it comes from.</param>
    /// <param name="received">The day it was received.</param>
    /// <param name="summary">What it says (free text; may be empty).</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="summary"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or white space.</exception>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="source"/> is not a defined source.</exception>
    public FeedbackItem(string id, FeedbackSource source, LocalDate received, string summary = "")
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Source = Guard.Against.EnumOutOfRange(source);
        Received = received;
        Summary = Guard.Against.Null(summary);
    }

    /// <summary>Gets the item's id.</summary>
    /// <value>Not empty.</value>
    public string Id { get; }

    /// <summary>Gets where the item comes from.</summary>
    /// <value>A defined source.</value>
    public FeedbackSource Source { get; }

    /// <summary>Gets the day the item was received.</summary>
    /// <value>The day.</value>
    public LocalDate Received { get; }

    /// <summary>Gets what the item says.</summary>
    /// <value>Free text, possibly empty.</value>
    public string Summary { get; }
}

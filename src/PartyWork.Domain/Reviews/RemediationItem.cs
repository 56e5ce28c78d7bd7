using System.ComponentModel;
using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Reviews;

/// <summary>
/// One item of a remediation plan: the shortcoming found in the review, the measure to fix it, who owns it, the day it
/// is due and how far it has got.
/// </summary>
/// <remarks>Immutable; compares by value. Items of one review have distinct ids.</remarks>
public sealed record RemediationItem
{
    /// <summary>Creates an item.</summary>
    /// <param name="id">The item's id, unique within the review.</param>
    /// <param name="shortcoming">The shortcoming (hạn chế, khuyết điểm).</param>
    /// <param name="measure">The measure to fix it (giải pháp khắc phục).</param>
    /// <param name="owner">Who is responsible (a person's or a unit's id).</param>
    /// <param name="due">The day it must be done by.</param>
    /// <param name="status">How far it has got; <see cref="RemediationStatus.Open"/> by default.</param>
    /// <exception cref="ArgumentNullException">A text argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A text argument is empty or white space.</exception>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="status"/> is not a defined status.</exception>
    public RemediationItem(
        string id, string shortcoming, string measure, string owner, LocalDate due, RemediationStatus status = RemediationStatus.Open)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Shortcoming = Guard.Against.NullOrWhiteSpace(shortcoming);
        Measure = Guard.Against.NullOrWhiteSpace(measure);
        Owner = Guard.Against.NullOrWhiteSpace(owner);
        Due = due;
        Status = Guard.Against.EnumOutOfRange(status);
    }

    /// <summary>Gets the item's id.</summary>
    /// <value>Not empty.</value>
    public string Id { get; }

    /// <summary>Gets the shortcoming.</summary>
    /// <value>Not empty.</value>
    public string Shortcoming { get; }

    /// <summary>Gets the measure.</summary>
    /// <value>Not empty.</value>
    public string Measure { get; }

    /// <summary>Gets who is responsible.</summary>
    /// <value>Not empty.</value>
    public string Owner { get; }

    /// <summary>Gets the day the item is due.</summary>
    /// <value>The day.</value>
    public LocalDate Due { get; }

    /// <summary>Gets the status.</summary>
    /// <value>A defined status.</value>
    public RemediationStatus Status { get; }

    /// <summary>Tells whether the item is overdue on a day: due before it and not done.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <see cref="Due"/> &lt; <paramref name="date"/> and the status is not <see cref="RemediationStatus.Done"/>.</returns>
    public bool IsOverdueOn(LocalDate date) => Due < date && Status != RemediationStatus.Done;

    /// <summary>Returns a copy with another status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="InvalidEnumArgumentException"><paramref name="status"/> is not a defined status.</exception>
    public RemediationItem WithStatus(RemediationStatus status) => new(Id, Shortcoming, Measure, Owner, Due, status);
}

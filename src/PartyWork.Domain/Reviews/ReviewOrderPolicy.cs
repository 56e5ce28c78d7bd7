using System.ComponentModel;
using Ardalis.GuardClauses;

namespace PartyWork.Domain.Reviews;

/// <summary>
/// Which order rules an ordering plan must satisfy. <see cref="Default"/> is R124-ORDER with R21-METHOD and
/// R21-CAP-HEAD; under 366-QĐ/TW no order rule was found (R366-ORDER [U]), so the same default applies there [I].
/// </summary>
/// <remarks>Immutable; change with <c>with</c>. Compares by value.</remarks>
public sealed record ReviewOrderPolicy
{
    private readonly LevelOrder levels = LevelOrder.LowerFirst;

    /// <summary>Gets the default: lower levels first, bodies before the party organization, collective before members, heads last.</summary>
    /// <value>R124-ORDER, R21-METHOD, R21-CAP-HEAD.</value>
    public static ReviewOrderPolicy Default { get; } = new();

    /// <summary>Gets the top-down variant: higher collectives first, the other rules unchanged.</summary>
    /// <value><see cref="Default"/> with <see cref="Levels"/> = <see cref="LevelOrder.HigherFirst"/>.</value>
    public static ReviewOrderPolicy TopDown { get; } = new() { Levels = LevelOrder.HigherFirst };

    /// <summary>Gets the order between the collectives of different levels (R124-ORDER).</summary>
    /// <value>Default <see cref="LevelOrder.LowerFirst"/>.</value>
    /// <exception cref="InvalidEnumArgumentException">Set to an undefined value.</exception>
    public LevelOrder Levels { get => levels; init => levels = Guard.Against.EnumOutOfRange(value, nameof(Levels)); }

    /// <summary>Gets whether government, professional and mass bodies come before the organization's collective (R124-ORDER).</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool BodiesBeforePartyOrganization { get; init; } = true;

    /// <summary>Gets whether the collective comes before its own members (R21-METHOD).</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool CollectiveBeforeMembers { get; init; } = true;

    /// <summary>Gets whether a head comes after every other subject of the unit it heads (R21-CAP-HEAD, R124-ORDER).</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool HeadAfterUnit { get; init; } = true;
}

using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Terms;

/// <summary>
/// Which <see cref="TermLengthRule"/> applies to a congress, by level and by the date of the congress.
/// </summary>
/// <remarks>
/// <see cref="Default"/>: national R-CH-NATIONAL (5 years); local R-CH-LOCAL (5 years, [I]); chi bộ R-CH-CHIBO
/// (30 months) for congresses before 01/07/2025 and R294-CHIBO (5 years) from that day. Every part is a constructor
/// argument, so an agency can change the pilot date or the lengths. Instances are immutable.
/// </remarks>
public sealed record TermLengthPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="national">The rule for the national congress.</param>
    /// <param name="local">The rule for party committees below the Centre.</param>
    /// <param name="cell">The rule for chi bộ congresses before <paramref name="cellReformDate"/>.</param>
    /// <param name="cellAfterReform">The rule for chi bộ congresses on or after <paramref name="cellReformDate"/>.</param>
    /// <param name="cellReformDate">The first day of <paramref name="cellAfterReform"/>.</param>
    /// <exception cref="ArgumentNullException">A rule is <see langword="null"/>.</exception>
    public TermLengthPolicy(TermLengthRule national, TermLengthRule local, TermLengthRule cell, TermLengthRule cellAfterReform, LocalDate cellReformDate)
    {
        National = Guard.Against.Null(national);
        Local = Guard.Against.Null(local);
        Cell = Guard.Against.Null(cell);
        CellAfterReform = Guard.Against.Null(cellAfterReform);
        CellReformDate = cellReformDate;
    }

    /// <summary>Gets the policy of REGULATIONS.md §4.</summary>
    /// <value>5 / 5 / 2.5 years, and 5 years for chi bộ congresses from 01/07/2025 (R294-CHIBO).</value>
    public static TermLengthPolicy Default { get; } = new(
        TermLengthRule.National, TermLengthRule.Local, TermLengthRule.Cell, TermLengthRule.CellFrom2025, new LocalDate(2025, 7, 1));

    /// <summary>Gets the rule for the national congress.</summary>
    /// <value>R-CH-NATIONAL by default.</value>
    public TermLengthRule National { get; }

    /// <summary>Gets the rule for committees below the Centre.</summary>
    /// <value>R-CH-LOCAL by default.</value>
    public TermLengthRule Local { get; }

    /// <summary>Gets the rule for chi bộ congresses before <see cref="CellReformDate"/>.</summary>
    /// <value>R-CH-CHIBO by default.</value>
    public TermLengthRule Cell { get; }

    /// <summary>Gets the rule for chi bộ congresses on or after <see cref="CellReformDate"/>.</summary>
    /// <value>R294-CHIBO by default.</value>
    public TermLengthRule CellAfterReform { get; }

    /// <summary>Gets the first day on which <see cref="CellAfterReform"/> applies.</summary>
    /// <value>01/07/2025 by default (QĐ 294-QĐ/TW in force).</value>
    public LocalDate CellReformDate { get; }

    /// <summary>Returns the rule for a congress of the given level held on the given day.</summary>
    /// <param name="level">The level of the congress.</param>
    /// <param name="congressDate">The (first) day of the congress.</param>
    /// <returns>The applicable rule.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="level"/> is not defined.</exception>
    public TermLengthRule RuleFor(CongressLevel level, LocalDate congressDate) => Guard.Against.EnumOutOfRange(level) switch
    {
        CongressLevel.National => National,
        CongressLevel.Local => Local,
        _ => congressDate >= CellReformDate ? CellAfterReform : Cell,
    };
}

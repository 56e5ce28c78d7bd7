using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Terms;

/// <summary>
/// A rule that fixes how long a congress term (nhiệm kỳ) lasts, with the id of the regulation it comes from.
/// </summary>
/// <remarks>
/// The built-in rules come from REGULATIONS.md §4: <see cref="National"/> (R-CH-NATIONAL, 5 years),
/// <see cref="Local"/> (R-CH-LOCAL, 5 years, an inference [I]), <see cref="Cell"/> (R-CH-CHIBO, twice per 5 years, so
/// 30 months) and <see cref="CellFrom2025"/> (R294-CHIBO, the pilot of once per 5 years). They are data: build your own
/// with the constructor and put it in a <see cref="TermLengthPolicy"/>. Instances are immutable.
/// </remarks>
public sealed record TermLengthRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="ruleId">The id of the rule, for example <c>"R-CH-LOCAL"</c>.</param>
    /// <param name="months">The nominal length of a term in months, from 1 to 1200.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is outside 1 to 1200.</exception>
    public TermLengthRule(string ruleId, int months)
    {
        RuleId = Guard.Against.NullOrWhiteSpace(ruleId);
        Months = Guard.Against.OutOfRange(months, nameof(months), 1, 1200, $"A term lasts 1 to 1200 months; {months} is outside that range.");
    }

    /// <summary>Gets the rule R-CH-NATIONAL: the national congress meets every 5 years.</summary>
    /// <value>60 months.</value>
    public static TermLengthRule National { get; } = new("R-CH-NATIONAL", 60);

    /// <summary>Gets the rule R-CH-LOCAL [I]: province and commune committees serve 5-year terms.</summary>
    /// <value>60 months.</value>
    public static TermLengthRule Local { get; } = new("R-CH-LOCAL", 60);

    /// <summary>Gets the rule R-CH-CHIBO: a chi bộ holds its congress twice per 5 years.</summary>
    /// <value>30 months.</value>
    public static TermLengthRule Cell { get; } = new("R-CH-CHIBO", 30);

    /// <summary>Gets the rule R294-CHIBO: the pilot of one chi bộ congress per 5 years, from 01/07/2025.</summary>
    /// <value>60 months.</value>
    public static TermLengthRule CellFrom2025 { get; } = new("R294-CHIBO", 60);

    /// <summary>Gets the id of the regulation the rule comes from.</summary>
    /// <value>For example <c>"R-CH-NATIONAL"</c>.</value>
    public string RuleId { get; }

    /// <summary>Gets the nominal length of a term in months.</summary>
    /// <value>60 for a 5-year term.</value>
    public int Months { get; }

    /// <summary>Gets the nominal length as a NodaTime period.</summary>
    /// <value><see cref="Period.FromMonths(int)"/> of <see cref="Months"/>.</value>
    public Period Length => Period.FromMonths(Months);

    /// <summary>Gets a value indicating whether the length is a whole number of years (so a term can be written with years only).</summary>
    /// <value><see langword="true"/> for 60 months, <see langword="false"/> for 30.</value>
    public bool IsWholeYears => Months % 12 == 0;
}

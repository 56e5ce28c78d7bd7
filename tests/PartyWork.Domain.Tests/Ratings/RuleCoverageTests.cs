using System.Reflection;

namespace PartyWork.Domain.Tests.Ratings;

/// <summary>Every rule of REGULATIONS.md §1–3 that the Ratings area implements has an example test citing it.</summary>
public class RuleCoverageTests
{
    private static readonly string[] Implemented =
    [
        "R-LEVELS", "R-LEGACY-LEVELS", "R-POLICY-SELECT",
        "R366-SCALE", "R366-BANDS", "R366-XS-COND", "R366-T-COND", "R366-HT-COND", "R366-OVERRIDE", "R366-K-LEADER",
        "R366-PERIODS", "R366-QUOTA", "R48-DISCIPLINE",
        "R21-MEMBER-K", "R21-MEMBER-XS", "R21-ORG-XS", "R21-LEADCOLL-K", "R132-K-ORG", "R21-CAP-COLL", "R21-CAP-HEAD",
        "R21-QUOTA-MEMBER", "R21-QUOTA-LEADCOLL", "R21-QUOTA-LEADER",
        "R124-XS", "R124-T", "R124-HT", "R124-K", "R124-QUOTA", "R124-EXEMPT", "R124-HEAD-TIE", "R335-QUOTA",
        "R-CADRE-2Y-K", "R-CIVIL-2Y-K", "R-MEMBER-2Y-K", "R-XS-5Y", "R89-TERM",
    ];

    [Fact]
    public void EveryImplementedRule_HasATestWithItsTrait()
    {
        var cited = typeof(RuleCoverageTests).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(RuleCoverageTests).Namespace)
            .SelectMany(t => t.GetMethods().Cast<MemberInfo>().Append(t))
            .SelectMany(m => m.GetCustomAttributesData())
            .Where(a => a.AttributeType == typeof(TraitAttribute) && (string?)a.ConstructorArguments[0].Value == "Rule")
            .Select(a => (string)a.ConstructorArguments[1].Value!)
            .ToHashSet(StringComparer.Ordinal);

        var missing = Implemented.Except(cited, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "Rules without a test citing them: " + string.Join(", ", missing));
    }
}

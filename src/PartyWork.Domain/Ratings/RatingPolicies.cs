using NodaTime;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// The built-in rating policies, one per regulation version, and their selection by the period under review
/// (R-POLICY-SELECT [I]: ≤ 2017 legacy; 2018 → 132 + HD16; 2019–2022 → 132 + HD21; 2023–2024 → 124 + HD25;
/// ≥ 2025 → 366 + HD43).
/// </summary>
/// <remarks>
/// Every policy is an immutable record: an agency inspects it and replaces a rule with <c>with</c>. Values marked
/// [I] or [U] in REGULATIONS.md are defaults an agency may change; docs/ratings.md lists them. Thread safe.
/// </remarks>
public static class RatingPolicies
{
    /// <summary>The first review year of 132-QĐ/TW with Hướng dẫn 16 in <see cref="RatingPolicySelector.Default"/>.</summary>
    public const int FirstYearOf132 = 2018;

    /// <summary>The first review year of Hướng dẫn 21 (signed 18/10/2019) in <see cref="RatingPolicySelector.Default"/>.</summary>
    public const int FirstYearOfHd21 = 2019;

    /// <summary>The first review year of 124-QĐ/TW (year-end 2023 was the first 124 review) in <see cref="RatingPolicySelector.Default"/>.</summary>
    public const int FirstYearOf124 = 2023;

    /// <summary>The first review year of 366-QĐ/TW (2025 ratings use 366) in <see cref="RatingPolicySelector.Default"/>.</summary>
    public const int FirstYearOf366 = 2025;

    /// <summary>Gets the policy for pre-2018 reviews: the legacy labels (R-LEGACY-LEVELS) read on the member scale, with no checks.</summary>
    /// <value>A policy whose decisions apply no rule: the brief verifies the labels only, not their conditions.</value>
    public static RatingPolicy Legacy { get; } = new()
    {
        Version = RegulationVersion.Legacy,
        Name = "Trước năm 2018 (R-LEGACY-LEVELS)",
        NotCompleted = new NotCompletedTriggers
        {
            IndividualRuleId = "R-LEGACY-LEVELS",
            LeaderRuleId = "R-LEGACY-LEVELS",
            LeadershipCollectiveRuleId = "R-LEGACY-LEVELS",
            OrganizationRuleId = "R-LEGACY-LEVELS",
        },
        Caps = new CapRules { CapLeadershipCollective = false, CapHead = false },
    };

    /// <summary>Gets Quy định 132-QĐ/TW with Hướng dẫn 21-HD/BTCTW (review years 2019–2022).</summary>
    /// <value>Grades (R21-MEMBER-XS, R21-ORG-XS), sub-units (R21-ORG-XS), K triggers (R21-MEMBER-K, R21-LEADCOLL-K, R132-K-ORG), caps (R21-CAP-COLL, R21-CAP-HEAD), quotas (R21-QUOTA-*).</value>
    public static RatingPolicy Qd132Hd21 { get; } = new()
    {
        Version = RegulationVersion.Qd132Hd21,
        Name = "Quy định 132-QĐ/TW, Hướng dẫn 21-HD/BTCTW",
        ExcellentGrades = new GradeCondition("R21-MEMBER-XS", RatingSubjects.All, CriterionGrade.Excellent, CriterionGrade.Good)
        {
            CollectiveRuleId = "R21-ORG-XS",
        },
        ExcellentSubUnits = new SubUnitCondition(),
        CivilService = new CivilServiceLink(),
        NotCompleted = new NotCompletedTriggers
        {
            IndividualRuleId = "R21-MEMBER-K",
            LeaderRuleId = "R21-MEMBER-K",
            LeadershipCollectiveRuleId = "R21-LEADCOLL-K",
            OrganizationRuleId = "R132-K-ORG",
            MinTargetsDonePercent = 50m,
            MinLedUnitTargetsDonePercent = 50m,
            LedUnitSubjects = RatingSubjects.LeadershipCollective,
            ForceMajeureSubjects = RatingSubjects.PartyOrganization,
            MainTargetsSubjects = RatingSubjects.Collectives,
            SubUnitViolationHandledSubjects = RatingSubjects.PartyOrganization,
            MaxDisciplinedSubUnitsPercent = 20m,
            LeadershipMemberDisciplineFrom = Discipline.Warning,
            PoorCriterion = true,
            Degradation = true,
            CivilServiceNotCompleted = true,
        },
        Discipline = new DisciplineRule
        {
            RuleId = "R21-MEMBER-K",
            LeadershipCollectiveRuleId = "R21-LEADCOLL-K",
            OrganizationRuleId = "R132-K-ORG",
        },
        Caps = new CapRules(),
        IndividualQuota = new QuotaRule("R21-QUOTA-MEMBER"),
        LeaderQuota = new QuotaRule("R21-QUOTA-LEADER"),
        LeadershipCollectiveQuota = new QuotaRule("R21-QUOTA-LEADCOLL"),
    };

    /// <summary>Gets Quy định 132-QĐ/TW with Hướng dẫn 16-HD/BTCTW (review year 2018).</summary>
    /// <value>The rules of <see cref="Qd132Hd21"/> [I]: the brief records no HD16-specific rule.</value>
    public static RatingPolicy Qd132Hd16 { get; } = Qd132Hd21 with
    {
        Version = RegulationVersion.Qd132Hd16,
        Name = "Quy định 132-QĐ/TW, Hướng dẫn 16-HD/BTCTW",
    };

    /// <summary>Gets Quy định 124-QĐ/TW with Hướng dẫn 25-HD/BTCTW (review years 2023–2024).</summary>
    /// <value>Targets and grades (R124-XS, R124-T, R124-HT), K triggers (R124-K), discipline with the self-detected exception, head tie (R124-HEAD-TIE), exemptions (R124-EXEMPT), quota (R124-QUOTA).</value>
    public static RatingPolicy Qd124Hd25 { get; } = new()
    {
        Version = RegulationVersion.Qd124Hd25,
        Name = "Quy định 124-QĐ/TW, Hướng dẫn 25-HD/BTCTW",
        ExcellentTargets = new TargetCondition("R124-XS", RatingSubjects.Persons)
        {
            MinDonePercent = 100m,
            MinOnTimePercent = 100m,
            MinExceededPercent = 50m,
        },
        ExcellentGrades = new GradeCondition("R124-XS", RatingSubjects.All, CriterionGrade.Excellent, CriterionGrade.Good),
        GoodGrades = new GradeCondition("R124-T", RatingSubjects.Collectives, CriterionGrade.Good, CriterionGrade.Average),
        CompletedGrades = new GradeCondition("R124-HT", RatingSubjects.Collectives, CriterionGrade.Average, CriterionGrade.Average),
        ExcellentCleanRecord = new CleanRecordCondition("R124-XS", RatingSubjects.Collectives),
        GoodCleanRecord = new CleanRecordCondition("R124-T", RatingSubjects.Collectives) { SelfDetectedExcepted = true },
        CompletedCleanRecord = new CleanRecordCondition("R124-HT", RatingSubjects.Collectives) { SelfDetectedExcepted = true },
        NotCompleted = new NotCompletedTriggers
        {
            IndividualRuleId = "R124-K",
            LeaderRuleId = "R124-K",
            LeadershipCollectiveRuleId = "R124-K",
            OrganizationRuleId = "R124-K",
            MinTargetsDonePercent = 50m,
            MinLedUnitTargetsDonePercent = 50m,
            ForceMajeureSubjects = RatingSubjects.Collectives,
            MainTargetsSubjects = RatingSubjects.Collectives,
            SubUnitCorruptionOrWasteSubjects = RatingSubjects.Collectives,
            MaxDisciplinedSubUnitsPercent = 20m,
            PoorCriterion = true,
            Degradation = true,
        },
        Discipline = new DisciplineRule { RuleId = "R124-K", SelfDetectedExcepted = true },
        Caps = new CapRules { HeadRuleId = "R124-HEAD-TIE" },
        Exemption = new ExemptionRule(),
        IndividualQuota = new QuotaRule("R124-QUOTA"),
        LeaderQuota = new QuotaRule("R124-QUOTA"),
        LeadershipCollectiveQuota = new QuotaRule("R124-QUOTA"),
        OrganizationQuota = new QuotaRule("R124-QUOTA"),
    };

    /// <summary>Gets Quy định 366-QĐ/TW with Hướng dẫn 43-HD/BTCTW (review years from 2025).</summary>
    /// <value>Bands (R366-BANDS), conditions (R366-XS-COND, R366-T-COND, R366-HT-COND) under R366-OVERRIDE, leader K triggers (R366-K-LEADER), discipline (R48-DISCIPLINE), head tie [U], exemptions [I], quota R366-QUOTA [U] = 20%.</value>
    public static RatingPolicy Qd366Hd43 { get; } = new()
    {
        Version = RegulationVersion.Qd366Hd43,
        Name = "Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW",
        Bands = ScoreBands.Regulation366,
        ExcellentTargets = new TargetCondition("R366-XS-COND", RatingSubjects.All)
        {
            MinDonePercent = 100m,
            MinOnTimePercent = 100m,
            MinExceededPercent = 30m,
        },
        GoodTargets = new TargetCondition("R366-T-COND", RatingSubjects.All)
        {
            MinDonePercent = 100m,
            MinOnTimePercent = 100m,
        },
        ExcellentLedUnitTargets = new TargetCondition("R366-XS-COND", RatingSubjects.Leader)
        {
            MinDonePercent = 100m,
            MinExceededPercent = 30m,
        },
        GoodLedUnitTargets = new TargetCondition("R366-T-COND", RatingSubjects.Leader)
        {
            MinDonePercent = 100m,
            MinOnTimePercent = 100m,
        },
        CompletedTargets = new TargetCondition("R366-HT-COND", RatingSubjects.Collectives)
        {
            MinDonePercent = 100m,
            MinOnTimePercent = 80m,
        },
        ExcellentCleanRecord = new CleanRecordCondition("R366-XS-COND", RatingSubjects.Collectives),
        NotCompleted = new NotCompletedTriggers
        {
            IndividualRuleId = "R366-OVERRIDE",
            LeaderRuleId = "R366-K-LEADER",
            LeadershipCollectiveRuleId = "R366-OVERRIDE",
            OrganizationRuleId = "R366-OVERRIDE",
            MinLedUnitTargetsDonePercent = 70m,
            MaxSubUnitsNotCompletedPercent = 50m,
            MaxLowConfidencePercent = 50m,
            Degradation = true,
        },
        Discipline = new DisciplineRule { RuleId = "R48-DISCIPLINE" },
        Caps = new CapRules { HeadRuleId = "R124-HEAD-TIE" },
        Exemption = new ExemptionRule(),
        IndividualQuota = new QuotaRule("R366-QUOTA"),
        LeaderQuota = new QuotaRule("R366-QUOTA"),
        LeadershipCollectiveQuota = new QuotaRule("R366-QUOTA"),
        OrganizationQuota = new QuotaRule("R366-QUOTA"),
    };

    /// <summary>Gets every built-in policy, oldest first.</summary>
    /// <value>Legacy, 132 + HD16, 132 + HD21, 124 + HD25, 366 + HD43.</value>
    public static IReadOnlyList<RatingPolicy> All { get; } = Array.AsReadOnly([Legacy, Qd132Hd16, Qd132Hd21, Qd124Hd25, Qd366Hd43]);

    /// <summary>
    /// The policy for a review year under the default selection (R-POLICY-SELECT [I]): 2019 → 132 + HD21, 2024 → 124 +
    /// HD25, 2025 → 366 + HD43. A shortcut to <see cref="RatingPolicySelector.Default"/>; build a
    /// <see cref="RatingPolicySelector"/> to move the boundaries.
    /// </summary>
    /// <param name="year">The year under review, 1930 to 9999.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1930–9999.</exception>
    public static RatingPolicy ForReviewYear(int year) => RatingPolicySelector.Default.ForReviewYear(year);

    /// <summary>
    /// The policy for a period under review under the default selection, by the year it ends in [I] (a review is held at
    /// the period's end). A shortcut to <see cref="RatingPolicySelector.Default"/>.
    /// </summary>
    /// <param name="period">The period (a year, a quarter, a term…).</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period ends outside 1930–9999.</exception>
    public static RatingPolicy ForPeriod(DateInterval period) => RatingPolicySelector.Default.ForPeriod(period);
}

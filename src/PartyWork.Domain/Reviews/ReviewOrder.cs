using Ardalis.GuardClauses;
using PartyWork.Domain.Organizations;

namespace PartyWork.Domain.Reviews;

/// <summary>
/// Ordering plans: which subject is reviewed before which. <see cref="Plan"/> builds a plan that satisfies every rule
/// of a <see cref="ReviewOrderPolicy"/>; <see cref="Validate"/> lists every rule a given plan breaks.
/// </summary>
/// <remarks>
/// <para>The rules, each switchable in the policy:</para>
/// <list type="bullet">
/// <item><description>R124-ORDER (levels): a collective of a lower organization before the collective of any organization above it (or after, for <see cref="LevelOrder.HigherFirst"/>).</description></item>
/// <item><description>R124-ORDER (bodies): government, professional and mass bodies of an organization before its collective.</description></item>
/// <item><description>R21-METHOD: an organization's collective before its members and head.</description></item>
/// <item><description>R21-CAP-HEAD: a head after every other subject of the organization it heads.</description></item>
/// </list>
/// <para>
/// The generated plan walks the organizations in post-order (children before parents, siblings by id) for
/// <see cref="LevelOrder.LowerFirst"/> or in pre-order otherwise, and inside one organization lists bodies, the
/// collective, members and heads, each group by id (ordinal). The result is the same whatever the input order.
/// </para>
/// </remarks>
public static class ReviewOrder
{
    /// <summary>Builds the ordering plan of the given subjects.</summary>
    /// <param name="tree">The organization tree.</param>
    /// <param name="scopeRootId">The root of the scope; every subject's organization must be in its subtree.</param>
    /// <param name="subjects">The subjects, in any order.</param>
    /// <param name="policy">The order rules.</param>
    /// <returns>The subjects in review order; <see cref="Validate"/> finds no violation in it.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
        /// <exception cref="ArgumentException"><paramref name="scopeRootId"/> is not in the tree; a subject is the default value, is listed twice, or its organization is not in the scope.</exception>
    public static IReadOnlyList<ReviewSubject> Plan(
        OrganizationTree tree, string scopeRootId, IEnumerable<ReviewSubject> subjects, ReviewOrderPolicy policy)
    {
        Guard.Against.Null(tree);
        Guard.Against.Null(scopeRootId);
        Guard.Against.Null(subjects);
        Guard.Against.Null(policy);
        var root = tree.GetIndex(scopeRootId);
        var seen = new HashSet<ReviewSubject>();
        var keyed = new List<(long Key, ReviewSubject Subject)>();
        var ends = tree.SubtreeEnd;
        foreach (var subject in subjects)
        {
            var index = ScopeIndex(tree, root, subject, nameof(subjects));
            if (index < 0)
            {
                throw new ArgumentException(
                    $"{subject} is not in the scope of {scopeRootId} ({ReviewRuleIds.PlanScope}).", nameof(subjects));
            }

            if (!seen.Add(subject))
            {
                throw new ArgumentException($"{subject} is listed twice ({ReviewRuleIds.PlanDuplicate}).", nameof(subjects));
            }

            // Post-order position: (SubtreeEnd, -index) orders descendants before ancestors, otherwise as pre-order.
            long key = policy.Levels == LevelOrder.LowerFirst
                ? ((long)ends[index] << 32) | (uint)(int.MaxValue - index)
                : index;
            keyed.Add((key, subject));
        }

        keyed.Sort((a, b) =>
        {
            var byKey = a.Key.CompareTo(b.Key);
            return byKey != 0 ? byKey : a.Subject.CompareTo(b.Subject);
        });
        return keyed.Select(k => k.Subject).ToArray();
    }

    /// <summary>Lists every rule a plan breaks.</summary>
    /// <param name="tree">The organization tree.</param>
    /// <param name="scopeRootId">The root of the scope.</param>
    /// <param name="plan">The subjects in review order.</param>
    /// <param name="policy">The order rules.</param>
    /// <returns>
    /// The violations in plan order: a subject listed again (REV-PLAN-DUPLICATE), a subject whose organization is not in
    /// the scope (REV-PLAN-SCOPE), and each pair of subjects in the wrong order with the rule it breaks. Empty when valid.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
        /// <exception cref="ArgumentException"><paramref name="scopeRootId"/> is not in the tree, or a subject is the default value.</exception>
    public static IReadOnlyList<OrderViolation> Validate(
        OrganizationTree tree, string scopeRootId, IEnumerable<ReviewSubject> plan, ReviewOrderPolicy policy)
    {
        Guard.Against.Null(tree);
        Guard.Against.Null(scopeRootId);
        Guard.Against.Null(plan);
        Guard.Against.Null(policy);
        var root = tree.GetIndex(scopeRootId);
        var violations = new List<(int Position, int Order, OrderViolation Violation)>();
        var positions = new Dictionary<ReviewSubject, int>();
        var byOrganization = new Dictionary<int, List<(ReviewSubject Subject, int Position)>>();
        var collectiveAt = new int[tree.Count];
        Array.Fill(collectiveAt, -1);
        var position = 0;
        foreach (var subject in plan)
        {
            var index = ScopeIndex(tree, root, subject, nameof(plan));
            if (positions.ContainsKey(subject))
            {
                violations.Add((position, 0, new OrderViolation(
                    ReviewRuleIds.PlanDuplicate, subject, null, position,
                    $"{Capital(ReviewText.Vietnamese(subject))} có tên hai lần trong kế hoạch (vị trí {position + 1}).",
                    $"{subject} is listed twice (again at position {position + 1}).")));
            }
            else if (index < 0)
            {
                violations.Add((position, 0, new OrderViolation(
                    ReviewRuleIds.PlanScope, subject, null, position,
                    $"{Capital(ReviewText.Vietnamese(subject))} không thuộc phạm vi {scopeRootId}.",
                    $"{subject} is not in the scope of {scopeRootId}.")));
                positions[subject] = position;
            }
            else
            {
                positions[subject] = position;
                if (!byOrganization.TryGetValue(index, out var list))
                {
                    byOrganization[index] = list = [];
                }

                list.Add((subject, position));
                if (subject.Kind == ReviewSubjectKind.Collective)
                {
                    collectiveAt[index] = position;
                }
            }

            position++;
        }

        foreach (var (organization, subjects) in byOrganization)
        {
            CheckInsideOrganization(subjects, policy, violations);
            if (policy.Levels != LevelOrder.None && collectiveAt[organization] >= 0)
            {
                CheckLevels(tree, organization, collectiveAt, subjects, policy, violations);
            }
        }

        violations.Sort((a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.Order.CompareTo(b.Order));
        return violations.Select(v => v.Violation).ToArray();
    }

    private static void CheckInsideOrganization(
        List<(ReviewSubject Subject, int Position)> subjects,
        ReviewOrderPolicy policy,
        List<(int Position, int Order, OrderViolation Violation)> violations)
    {
        foreach (var (first, firstPosition) in subjects)
        {
            foreach (var (second, secondPosition) in subjects)
            {
                if (firstPosition <= secondPosition)
                {
                    continue;
                }

                // first must come before second but was placed after it.
                string? rule = null;
                if (policy.BodiesBeforePartyOrganization && first.Kind == ReviewSubjectKind.Body && second.Kind == ReviewSubjectKind.Collective)
                {
                    rule = ReviewRuleIds.Order;
                }
                else if (policy.CollectiveBeforeMembers && first.Kind == ReviewSubjectKind.Collective
                    && second.Kind is ReviewSubjectKind.Member or ReviewSubjectKind.Head)
                {
                    rule = ReviewRuleIds.CollectiveFirst;
                }

                if (rule is not null)
                {
                    violations.Add((firstPosition, 1, Pair(rule, first, firstPosition, second, secondPosition)));
                }

                if (policy.HeadAfterUnit && second.Kind == ReviewSubjectKind.Head && first.Kind != ReviewSubjectKind.Head)
                {
                    violations.Add((firstPosition, 2, Pair(ReviewRuleIds.HeadAfterUnit, first, firstPosition, second, secondPosition)));
                }
            }
        }
    }

    private static void CheckLevels(
        OrganizationTree tree,
        int organization,
        int[] collectiveAt,
        List<(ReviewSubject Subject, int Position)> subjects,
        ReviewOrderPolicy policy,
        List<(int Position, int Order, OrderViolation Violation)> violations)
    {
        var upper = subjects.First(s => s.Subject.Kind == ReviewSubjectKind.Collective);
        var end = tree.SubtreeEnd[organization];
        for (var lower = organization + 1; lower < end; lower++)
        {
            var lowerPosition = collectiveAt[lower];
            if (lowerPosition < 0)
            {
                continue;
            }

            var lowerSubject = ReviewSubject.Collective(tree.Ids[lower]);
            if (policy.Levels == LevelOrder.LowerFirst && lowerPosition > upper.Position)
            {
                violations.Add((lowerPosition, 3, Pair(ReviewRuleIds.Order, lowerSubject, lowerPosition, upper.Subject, upper.Position)));
            }
            else if (policy.Levels == LevelOrder.HigherFirst && upper.Position > lowerPosition)
            {
                violations.Add((upper.Position, 3, Pair(ReviewRuleIds.Order, upper.Subject, upper.Position, lowerSubject, lowerPosition)));
            }
        }
    }

    private static OrderViolation Pair(string rule, ReviewSubject first, int firstPosition, ReviewSubject second, int secondPosition) =>
        new(
            rule,
            first,
            second,
            firstPosition,
            $"{Capital(ReviewText.Vietnamese(first))} (vị trí {firstPosition + 1}) phải được kiểm điểm trước {ReviewText.Vietnamese(second)} (vị trí {secondPosition + 1}) theo {rule}.",
            $"{first} (position {firstPosition + 1}) must be reviewed before {second} (position {secondPosition + 1}) under {rule}.");

    private static string Capital(string text) => string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));

    /// <summary>The subject's node index when it is in the scope, else -1; throws on the default subject.</summary>
    private static int ScopeIndex(OrganizationTree tree, int root, ReviewSubject subject, string parameterName)
    {
        if (subject.IsDefault)
        {
            throw new ArgumentException("default(ReviewSubject) is not a subject.", parameterName);
        }

        return tree.TryGetIndex(subject.OrganizationId, out var index) && index >= root && index < tree.SubtreeEnd[root] ? index : -1;
    }
}

using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace PartyWork.Domain.Organizations;

/// <summary>
/// One problem found while building an <see cref="OrganizationTree"/>: what is wrong, the ids involved, the rule id and
/// messages in Vietnamese and English.
/// </summary>
/// <remarks>Problems compare by value, the ids element by element.</remarks>
public sealed record OrganizationTreeProblem
{
    private OrganizationTreeProblem(
        OrganizationTreeProblemKind kind, string ruleId, IReadOnlyList<string> ids, string vietnameseMessage, string englishMessage)
    {
        Kind = kind;
        RuleId = ruleId;
        Ids = ids;
        VietnameseMessage = vietnameseMessage;
        EnglishMessage = englishMessage;
    }

    /// <summary>Gets what is wrong.</summary>
    /// <value>The problem kind.</value>
    public OrganizationTreeProblemKind Kind { get; }

    /// <summary>Gets the rule id.</summary>
    /// <value>One of the tree ids of <see cref="OrganizationRuleIds"/>.</value>
    public string RuleId { get; }

    /// <summary>Gets the organization ids involved.</summary>
    /// <value>
    /// <see cref="OrganizationTreeProblemKind.SeveralRoots"/>: every root (ordinal order);
    /// <see cref="OrganizationTreeProblemKind.Cycle"/>: the cycle, starting at its smallest id and following parents;
    /// <see cref="OrganizationTreeProblemKind.UnknownParent"/>: the row then the missing parent id;
    /// <see cref="OrganizationTreeProblemKind.LevelNotBelowParent"/>: the child then the parent;
    /// <see cref="OrganizationTreeProblemKind.UnknownKind"/>: the row then the kind id;
    /// otherwise the one id concerned (none for an empty row set).
    /// </value>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>Gets the message in Vietnamese (NFC, with diacritics).</summary>
    /// <value>A sentence naming the ids.</value>
    public string VietnameseMessage { get; }

    /// <summary>Gets the message in English.</summary>
    /// <value>A sentence naming the ids.</value>
    public string EnglishMessage { get; }

    /// <summary>Tells whether <paramref name="other"/> reports the same problem.</summary>
    /// <param name="other">The other problem.</param>
    /// <returns><see langword="true"/> when kind, rule, ids and messages agree.</returns>
    public bool Equals(OrganizationTreeProblem? other) =>
        other is not null && Kind == other.Kind && RuleId == other.RuleId && Ids.SequenceEqual(other.Ids)
        && VietnameseMessage == other.VietnameseMessage && EnglishMessage == other.EnglishMessage;

    /// <summary>Gets a hash code consistent with <see cref="Equals(OrganizationTreeProblem?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.Add(RuleId, StringComparer.Ordinal);
        foreach (var id in Ids)
        {
            hash.Add(id, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Gets the problem as "ORG-TREE-CYCLE: English message".</summary>
    /// <returns>The rule id and the English message.</returns>
    public override string ToString() => $"{RuleId}: {EnglishMessage}";

    internal static OrganizationTreeProblem NoRoot(int rowCount) => rowCount == 0
        ? new(OrganizationTreeProblemKind.NoRoot, OrganizationRuleIds.TreeRoot, [],
            "Không có tổ chức nào: cây tổ chức cần đúng một tổ chức gốc.",
            "There are no rows: an organization tree needs exactly one root.")
        : new(OrganizationTreeProblemKind.NoRoot, OrganizationRuleIds.TreeRoot, [],
            "Không có tổ chức gốc: mọi tổ chức đều có tổ chức cấp trên.",
            "There is no root: every row names a parent.");

    internal static OrganizationTreeProblem SeveralRoots(IReadOnlyList<string> roots) =>
        new(OrganizationTreeProblemKind.SeveralRoots, OrganizationRuleIds.TreeRoot, roots,
            $"Có {roots.Count} tổ chức gốc ({Join(roots)}), trong khi cây chỉ được có một.",
            $"There are {roots.Count} roots ({Join(roots)}); a tree has exactly one.");

    internal static OrganizationTreeProblem DuplicateId(string id, int count) =>
        new(OrganizationTreeProblemKind.DuplicateId, OrganizationRuleIds.TreeDuplicate, [id],
            $"Mã tổ chức '{id}' xuất hiện {count} lần.",
            $"The id '{id}' appears {count} times.");

    internal static OrganizationTreeProblem UnknownParent(string id, string parentId) =>
        new(OrganizationTreeProblemKind.UnknownParent, OrganizationRuleIds.TreeParent, [id, parentId],
            $"Tổ chức '{id}' có tổ chức cấp trên '{parentId}' không tồn tại.",
            $"The organization '{id}' names the parent '{parentId}', which no row has.");

    internal static OrganizationTreeProblem Cycle(IReadOnlyList<string> cycle) =>
        new(OrganizationTreeProblemKind.Cycle, OrganizationRuleIds.TreeCycle, cycle,
            $"Các tổ chức {Join(cycle)} là cấp trên của nhau theo vòng tròn.",
            $"The organizations {Join(cycle)} are each other's parents in a cycle.");

    internal static OrganizationTreeProblem UnknownKind(string id, string kindId) =>
        new(OrganizationTreeProblemKind.UnknownKind, OrganizationRuleIds.TreeKind, [id, kindId],
            $"Tổ chức '{id}' có loại hình '{kindId}' không có trong danh mục.",
            $"The organization '{id}' has the kind '{kindId}', which the catalog does not have.");

    internal static OrganizationTreeProblem LevelNotBelowParent(
        string id, OrganizationLevel level, string parentId, OrganizationLevel parentLevel) =>
        new(OrganizationTreeProblemKind.LevelNotBelowParent, OrganizationRuleIds.TreeLevel, [id, parentId],
            $"Tổ chức '{id}' ({level.VietnameseName}) không thấp hơn cấp của tổ chức cấp trên '{parentId}' ({parentLevel.VietnameseName}).",
            $"The organization '{id}' ({level.EnglishName}) is not at a lower level than its parent '{parentId}' ({parentLevel.EnglishName}).");

    internal static OrganizationTreeProblem LevelNotInForce(string id, OrganizationLevel level, LocalDate date) =>
        new(OrganizationTreeProblemKind.LevelNotInForce, OrganizationRuleIds.TreeLevelDate, [id],
            $"Tổ chức '{id}' thuộc {level.VietnameseName.ToLowerInvariant()}, cấp này không tồn tại vào ngày {VietnameseDate(date)}.",
            $"The organization '{id}' is at the {level.EnglishName} level, which does not exist on {IsoDate(date)}.");

    internal static string VietnameseDate(LocalDate date) =>
        LocalDatePattern.CreateWithInvariantCulture("dd'/'MM'/'uuuu").Format(date);

    internal static string IsoDate(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Restores a problem exactly as it was written (used by the JSON converter).</summary>
    internal static OrganizationTreeProblem Restore(
        OrganizationTreeProblemKind kind, string ruleId, IReadOnlyList<string> ids, string vietnameseMessage, string englishMessage) =>
        new(kind, ruleId, ids, vietnameseMessage, englishMessage);

    private static string Join(IReadOnlyList<string> ids) =>
        string.Join(", ", ids.Select(id => string.Create(CultureInfo.InvariantCulture, $"'{id}'")));
}

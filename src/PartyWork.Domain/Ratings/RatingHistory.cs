using Ardalis.GuardClauses;

namespace PartyWork.Domain.Ratings;

/// <summary>
/// One subject's yearly ratings, and the consequences over years (§3 of REGULATIONS.md): two consecutive K years
/// (R-CADRE-2Y-K, R-CIVIL-2Y-K, R-MEMBER-2Y-K), five consecutive excellent years (R-XS-5Y), and a leader's term rating
/// (R89-TERM).
/// </summary>
/// <remarks>Immutable and thread safe. Years need not be contiguous; a missing year breaks a "consecutive" run.</remarks>
public sealed class RatingHistory
{
    private const int MinYear = 1930;
    private const int MaxYear = 9999;

    private readonly SortedDictionary<int, RatingLevel> byYear;

    /// <summary>Creates a history.</summary>
    /// <param name="ratings">The yearly ratings, in any order, one per year.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ratings"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A year appears twice, or a year is outside 1930–9999.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException">A level is not defined.</exception>
    public RatingHistory(IEnumerable<YearRating> ratings)
    {
        Guard.Against.Null(ratings);
        byYear = [];
        foreach (var rating in ratings)
        {
            Guard.Against.OutOfRange(rating.Year, nameof(ratings), MinYear, MaxYear);
            Guard.Against.EnumOutOfRange(rating.Level, nameof(ratings));
            if (!byYear.TryAdd(rating.Year, rating.Level))
            {
                throw new ArgumentException($"The year {rating.Year} is rated twice.", nameof(ratings));
            }
        }

        Ratings = byYear.Select(p => new YearRating(p.Key, p.Value)).ToArray().AsReadOnly();
    }

    /// <summary>Gets the ratings, by ascending year.</summary>
    /// <value>The ratings.</value>
    public IReadOnlyList<YearRating> Ratings { get; }

    /// <summary>The level of one year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The level, or <see langword="null"/> when the year is not rated.</returns>
    public RatingLevel? LevelIn(int year) => byYear.TryGetValue(year, out var level) ? level : null;

    /// <summary>How many consecutive years up to and including <paramref name="year"/> were rated <paramref name="level"/>.</summary>
    /// <param name="year">The last year of the run.</param>
    /// <param name="level">The level.</param>
    /// <returns>The length of the run; 0 when <paramref name="year"/> is not at that level.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="level"/> is not defined.</exception>
    public int RunEndingIn(int year, RatingLevel level)
    {
        Guard.Against.EnumOutOfRange(level);
        var run = 0;
        while (LevelIn(year - run) == level)
        {
            run++;
        }

        return run;
    }

    /// <summary>
    /// The consequences the history triggers in <paramref name="year"/> for a person in the given capacities.
    /// </summary>
    /// <param name="year">The review year just rated.</param>
    /// <param name="roles">The capacities: party member, cadre, civil servant, leader; <see cref="HistoryRoles.None"/> gives no flag (R-XS-5Y is read for party members).</param>
    /// <param name="appointmentFirstYear">For a civil-servant leader, the first year of the current appointment term (R-CIVIL-2Y-K's non-consecutive case); <see langword="null"/> when unknown.</param>
    /// <param name="protectedCircumstance">Whether R-CIVIL-2Y-K is suspended (under discipline or criminal proceedings, pregnant or raising a child under 36 months).</param>
    /// <returns>The flags, in rule order; empty when nothing follows.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> or <paramref name="appointmentFirstYear"/> is outside 1930–9999, or <paramref name="roles"/> has an undefined flag.</exception>
    public IReadOnlyList<HistoryFlag> Flags(int year, HistoryRoles roles, int? appointmentFirstYear = null, bool protectedCircumstance = false)
    {
        Guard.Against.OutOfRange(year, nameof(year), MinYear, MaxYear);
        Guard.Against.OutOfRange((int)roles, nameof(roles), 0, (int)HistoryRoles.All);
        if (appointmentFirstYear is { } appointed)
        {
            Guard.Against.OutOfRange(appointed, nameof(appointmentFirstYear), MinYear, MaxYear);
        }

        var flags = new List<HistoryFlag>();
        var twoK = RunEndingIn(year, RatingLevel.NotCompleted) >= 2;
        int[] lastTwo = [year - 1, year];
        if (twoK && roles.HasFlag(HistoryRoles.PartyMember))
        {
            flags.Add(new(
                "R-MEMBER-2Y-K",
                $"Hai năm liền ({year - 1}, {year}) không hoàn thành nhiệm vụ: chi bộ xem xét, giáo dục trước khi cân nhắc đưa ra khỏi Đảng.",
                $"Not completed two years running ({year - 1}, {year}): the cell reviews and educates the member before any removal is considered.",
                lastTwo));
        }

        if (twoK && roles.HasFlag(HistoryRoles.Cadre))
        {
            flags.Add(new(
                "R-CADRE-2Y-K",
                $"Cán bộ hai năm liên tiếp ({year - 1}, {year}) không hoàn thành nhiệm vụ: cho thôi làm nhiệm vụ, miễn nhiệm.",
                $"A cadre not completed two consecutive years ({year - 1}, {year}): removed from the post.",
                lastTwo));
        }

        if (roles.HasFlag(HistoryRoles.CivilServant) && !protectedCircumstance)
        {
            AddCivilServantFlag(flags, year, twoK, roles.HasFlag(HistoryRoles.Leader), appointmentFirstYear);
        }

        var excellentRun = RunEndingIn(year, RatingLevel.Excellent);
        if (excellentRun >= 5 && roles.HasFlag(HistoryRoles.PartyMember))
        {
            flags.Add(new(
                "R-XS-5Y",
                $"Hoàn thành xuất sắc nhiệm vụ {excellentRun} năm liền ({year - excellentRun + 1}–{year}): được xem xét khen thưởng \"5 năm liền\".",
                $"Excellent {excellentRun} years running ({year - excellentRun + 1}–{year}): considered for the five-consecutive-years award.",
                Enumerable.Range(year - excellentRun + 1, excellentRun).ToArray()));
        }

        return flags;
    }

    /// <summary>A leader's term rating from the yearly ratings of the term (R89-TERM).</summary>
    /// <param name="firstYear">The first year of the term.</param>
    /// <param name="lastYear">The last year of the term.</param>
    /// <param name="rule">The counting rule; <see cref="TermRatingRule.Regulation89"/> when <see langword="null"/>.</param>
    /// <returns>The term rating, with the yearly tally, the unrated years and the explanation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstYear"/> is outside 1930–9999, or <paramref name="lastYear"/> is before <paramref name="firstYear"/> or after 9999.</exception>
    public TermRatingResult TermRating(int firstYear, int lastYear, TermRatingRule? rule = null)
    {
        Guard.Against.OutOfRange(firstYear, nameof(firstYear), MinYear, MaxYear);
        Guard.Against.OutOfRange(lastYear, nameof(lastYear), firstYear, MaxYear);
        rule ??= TermRatingRule.Regulation89;
        var tally = RatingTally.Zero;
        var missing = new List<int>();
        for (var y = firstYear; y <= lastYear; y++)
        {
            if (LevelIn(y) is { } level)
            {
                tally = tally.Add(level);
            }
            else
            {
                missing.Add(y);
            }
        }

        RatingLevel? result =
            tally.NotCompleted >= rule.NotCompletedYears ? RatingLevel.NotCompleted
            : tally.Excellent >= rule.ExcellentYears ? RatingLevel.Excellent
            : tally.AtLeast(RatingLevel.Good) >= rule.GoodYears && tally.NotCompleted == 0 ? RatingLevel.Good
            : tally.AtLeast(RatingLevel.Completed) >= rule.CompletedYears ? RatingLevel.Completed
            : null;
        var counts = $"{tally.Excellent} HTXSNV, {tally.Good} HTTNV, {tally.Completed} HTNV, {tally.NotCompleted} KHTNV";
        return result is { } r
            ? new TermRatingResult(
                r,
                tally,
                missing,
                $"Nhiệm kỳ {firstYear}–{lastYear} ({counts}): xếp loại \"{r.ToVietnameseLower()}\" ({rule.RuleId}).",
                $"Term {firstYear}–{lastYear} ({counts}): rated \"{r.ToEnglish()}\" ({rule.RuleId}).")
            : new TermRatingResult(
                null,
                tally,
                missing,
                $"Nhiệm kỳ {firstYear}–{lastYear} ({counts}): các năm đã xếp loại chưa đủ để xác định mức của cả nhiệm kỳ ({rule.RuleId}).",
                $"Term {firstYear}–{lastYear} ({counts}): the rated years do not meet any level's count ({rule.RuleId}).");
    }

    private void AddCivilServantFlag(List<HistoryFlag> flags, int year, bool twoK, bool leader, int? appointmentFirstYear)
    {
        if (LevelIn(year) != RatingLevel.NotCompleted)
        {
            return;
        }

        if (twoK)
        {
            flags.Add(new(
                "R-CIVIL-2Y-K",
                $"Công chức hai năm liên tiếp ({year - 1}, {year}) không hoàn thành nhiệm vụ: xem xét cho thôi việc.",
                $"A civil servant not completed two consecutive years ({year - 1}, {year}): dismissal is considered.",
                [year - 1, year]));
            return;
        }

        var from = leader ? appointmentFirstYear : year - 2;
        if (from is not { } first || first > year)
        {
            return;
        }

        var kYears = Enumerable.Range(first, year - first + 1).Where(y => LevelIn(y) == RatingLevel.NotCompleted).ToArray();
        if (kYears.Length >= 2)
        {
            flags.Add(leader
                ? new(
                    "R-CIVIL-2Y-K",
                    $"Công chức lãnh đạo, quản lý có hai năm không hoàn thành nhiệm vụ trong cùng thời hạn bổ nhiệm ({string.Join(", ", kYears)}): bố trí công tác khác hoặc không bổ nhiệm lại.",
                    $"A civil-servant leader with two non-consecutive years not completed in one appointment term ({string.Join(", ", kYears)}): reassigned or not reappointed.",
                    kYears)
                : new(
                    "R-CIVIL-2Y-K",
                    $"Công chức có hai năm không hoàn thành nhiệm vụ trong ba năm ({string.Join(", ", kYears)}): bố trí vị trí việc làm thấp hơn.",
                    $"A civil servant with two years not completed within three years ({string.Join(", ", kYears)}): moved to a lower position.",
                    kYears));
        }
    }
}

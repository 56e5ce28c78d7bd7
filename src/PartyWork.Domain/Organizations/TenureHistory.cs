using Ardalis.GuardClauses;
using NodaTime;

namespace PartyWork.Domain.Organizations;

/// <summary>
/// Who held which position where, over time: holders of a position on a day, the head (người đứng đầu) on a day, a
/// person's concurrent posts, vacancies, and conflicts reported as <see cref="OrganizationViolation"/>s.
/// </summary>
/// <remarks>
/// Tenures are indexed by organization and position and by person, each list sorted by first day; a query for one
/// organization and position looks at that list only. Instances are immutable and thread-safe.
/// </remarks>
public sealed class TenureHistory
{
    private static readonly IReadOnlyList<Tenure> None = [];
    private readonly Tenure[] _tenures;
    private readonly Dictionary<(string Organization, string Position), Tenure[]> _byPost;
    private readonly Dictionary<string, Tenure[]> _byPerson;

    /// <summary>Creates a history from tenures, using <see cref="PositionCatalog.Standard"/>.</summary>
    /// <param name="tenures">The tenures.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tenures"/> or an element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A tenure names a position the catalog does not have.</exception>
    public TenureHistory(IEnumerable<Tenure> tenures)
        : this(tenures, PositionCatalog.Standard)
    {
    }

    /// <summary>Creates a history from tenures.</summary>
    /// <param name="tenures">The tenures.</param>
    /// <param name="positions">The catalog the tenures' position ids refer to; its <see cref="PositionCatalog.Head"/> defines the head.</param>
    /// <exception cref="ArgumentNullException">An argument or an element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A tenure names a position the catalog does not have.</exception>
    public TenureHistory(IEnumerable<Tenure> tenures, PositionCatalog positions)
    {
        Guard.Against.Null(tenures);
        Positions = Guard.Against.Null(positions);
        _tenures = [.. tenures];
        foreach (var tenure in _tenures)
        {
            Guard.Against.Null(tenure, nameof(tenures));
            if (!positions.TryGetPosition(tenure.PositionId, out _))
            {
                throw new ArgumentException($"The tenure '{tenure}' names the unknown position '{tenure.PositionId}'.", nameof(tenures));
            }
        }

        Array.Sort(_tenures, CompareByStart);
        _byPost = _tenures.GroupBy(t => (t.OrganizationId, t.PositionId)).ToDictionary(g => g.Key, g => g.ToArray());
        _byPerson = _tenures.GroupBy(t => t.PersonId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Gets the position catalog.</summary>
    /// <value>The catalog given at construction.</value>
    public PositionCatalog Positions { get; }

    /// <summary>Gets every tenure, ordered by first day, last day, then organization, position and person.</summary>
    /// <value>The tenures.</value>
    public IReadOnlyList<Tenure> Tenures => _tenures;

    /// <summary>Gets who held <paramref name="positionId"/> in <paramref name="organizationId"/> on <paramref name="date"/>.</summary>
    /// <param name="organizationId">The organization id.</param>
    /// <param name="positionId">The position id.</param>
    /// <param name="date">The day.</param>
    /// <returns>
    /// One tenure per person active that day, ordered by first day (more than one means several holders). A person
    /// recorded with two overlapping tenures of the post counts once, with the tenure that started first (the overlap
    /// itself is reported by <see cref="FindConflicts"/> as ORG-TENURE-OVERLAP).
    /// </returns>
    /// <exception cref="ArgumentNullException">An id is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public IReadOnlyList<Tenure> GetHoldersOn(string organizationId, string positionId, LocalDate date)
    {
        Guard.Against.Null(organizationId);
        Guard.Against.Null(positionId);
        ValidityPeriod.CheckIso(date, nameof(date));
        return _byPost.TryGetValue((organizationId, positionId), out var post)
            ? [.. ActiveOn(post, date).DistinctBy(t => t.PersonId, StringComparer.Ordinal)]
            : None;
    }

    /// <summary>
    /// Gets the head (người đứng đầu: the holder of <see cref="PositionCatalog.Head"/>, by default the secretary) of
    /// <paramref name="organizationId"/> on <paramref name="date"/>.
    /// </summary>
    /// <param name="organizationId">The organization id.</param>
    /// <param name="date">The day.</param>
    /// <returns>The head's tenure, or <see langword="null"/> when the post was vacant. When several people held it
    /// (an ORG-SINGLE-HEAD violation, see <see cref="FindConflicts"/>) the one who took office last is returned.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organizationId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public Tenure? GetHeadOn(string organizationId, LocalDate date)
    {
        var holders = GetHoldersOn(organizationId, Positions.Head.Id, date);
        return holders.Count == 0 ? null : holders[^1];
    }

    /// <summary>Gets the posts <paramref name="personId"/> held on <paramref name="date"/> (concurrent posts).</summary>
    /// <param name="personId">The person's id.</param>
    /// <param name="date">The day.</param>
    /// <returns>
    /// One tenure per post (organization and position) active that day, most senior position first, then by
    /// organization id; of two overlapping tenures of the same post, the one that started first.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="personId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public IReadOnlyList<Tenure> GetPositionsOn(string personId, LocalDate date)
    {
        Guard.Against.Null(personId);
        ValidityPeriod.CheckIso(date, nameof(date));
        if (!_byPerson.TryGetValue(personId, out var tenures))
        {
            return None;
        }

        return [.. ActiveOn(tenures, date)
            .DistinctBy(t => (t.OrganizationId, t.PositionId))
            .OrderBy(t => Positions.GetPosition(t.PositionId))
            .ThenBy(t => t.OrganizationId, StringComparer.Ordinal)
            .ThenBy(t => t.Period)];
    }

    /// <summary>Gets every tenure of <paramref name="personId"/>, ordered by first day (a career).</summary>
    /// <param name="personId">The person's id.</param>
    /// <returns>The tenures; empty for an unknown person.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="personId"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<Tenure> GetTenuresOf(string personId)
    {
        Guard.Against.Null(personId);
        return _byPerson.TryGetValue(personId, out var tenures) ? tenures : None;
    }

    /// <summary>Gets the runs of days within <paramref name="within"/> on which nobody held the position (vacancies).</summary>
    /// <param name="organizationId">The organization id.</param>
    /// <param name="positionId">The position id.</param>
    /// <param name="within">The days to look at.</param>
    /// <returns>The maximal vacant runs, in order; empty when the post was always filled.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="within"/> is not in the ISO calendar.</exception>
    public IReadOnlyList<DateInterval> GetVacancies(string organizationId, string positionId, DateInterval within)
    {
        Guard.Against.Null(organizationId);
        Guard.Against.Null(positionId);
        Guard.Against.Null(within);
        ValidityPeriod.CheckIso(within.Start, nameof(within));
        var gaps = new List<DateInterval>();
        var next = within.Start; // the first day not yet known to be filled
        var done = false;
        if (_byPost.TryGetValue((organizationId, positionId), out var post))
        {
            foreach (var tenure in post)
            {
                if (tenure.Period.Start > within.End)
                {
                    break;
                }

                if (tenure.Period.End is { } end && end < next)
                {
                    continue;
                }

                if (tenure.Period.Start > next)
                {
                    gaps.Add(new DateInterval(next, tenure.Period.Start.PlusDays(-1)));
                }

                if (tenure.Period.End is not { } last || last >= within.End)
                {
                    done = true;
                    break;
                }

                next = last.PlusDays(1);
            }
        }

        if (!done)
        {
            gaps.Add(new DateInterval(next, within.End));
        }

        return gaps;
    }

    /// <summary>
    /// Finds the runs of days on which a position with a holder limit had more holders (distinct people) than allowed
    /// in one organization: two secretaries at once (ORG-SINGLE-HEAD, for the head position) or, for other limited
    /// positions such as Phó Bí thư Thường trực, ORG-POSITION-CAPACITY; and the runs of days on which one person holds
    /// the same post under two overlapping tenures (ORG-TENURE-OVERLAP, for any position: a data-entry error, not a
    /// second holder). Reports; does not throw.
    /// </summary>
    /// <returns>One violation per maximal run, ordered by organization, position, first day, then rule id and people.</returns>
    public IReadOnlyList<OrganizationViolation> FindConflicts()
    {
        var violations = new List<OrganizationViolation>();
        foreach (var ((organizationId, positionId), post) in _byPost.OrderBy(p => p.Key.Organization, StringComparer.Ordinal)
                     .ThenBy(p => p.Key.Position, StringComparer.Ordinal))
        {
            var position = Positions.GetPosition(positionId);
            var found = new List<OrganizationViolation>();
            var merged = new List<ValidityPeriod>(post.Length);
            foreach (var person in post.GroupBy(t => t.PersonId, StringComparer.Ordinal))
            {
                MergePerson([.. person], merged, out var overlaps);
                found.AddRange(overlaps.Select(run => SelfOverlap(organizationId, position, person.Key, run)));
            }

            if (position.MaxHolders is { } max && merged.Count > max)
            {
                found.AddRange(OverCapacityRuns(merged, max).Select(run => Conflict(organizationId, position, run, post)));
            }

            violations.AddRange(found
                .OrderBy(v => v.Period)
                .ThenBy(v => v.RuleId, StringComparer.Ordinal)
                .ThenBy(v => string.Join("\n", v.SubjectIds), StringComparer.Ordinal));
        }

        return violations;
    }

    /// <summary>
    /// Merges one person's tenures of one post (sorted by first day) into the maximal runs of days they held it, added
    /// to <paramref name="merged"/>, and returns the maximal runs on which two or more of the tenures overlap.
    /// </summary>
    private static void MergePerson(Tenure[] sortedByStart, List<ValidityPeriod> merged, out List<ValidityPeriod> overlaps)
    {
        overlaps = [];
        LocalDate runStart = sortedByStart[0].Period.Start;
        LocalDate? runEnd = sortedByStart[0].Period.End;
        for (var i = 1; i < sortedByStart.Length; i++)
        {
            var period = sortedByStart[i].Period;
            if (runEnd is { } end && period.Start > end)
            {
                if (end < LocalDate.MaxIsoValue && period.Start == end.PlusDays(1))
                {
                    runEnd = period.End; // adjacent: one run, no overlap
                    continue;
                }

                merged.Add(new ValidityPeriod(runStart, runEnd));
                runStart = period.Start;
                runEnd = period.End;
                continue;
            }

            // Overlap from period.Start to the earlier of the two ends.
            LocalDate? overlapEnd = (runEnd, period.End) switch
            {
                (null, var e) => e,
                (var e, null) => e,
                ({ } a, { } b) => a < b ? a : b,
            };
            AddRun(overlaps, new ValidityPeriod(period.Start, overlapEnd));
            runEnd = runEnd is null || period.End is null ? null : (runEnd.Value > period.End.Value ? runEnd : period.End);
        }

        merged.Add(new ValidityPeriod(runStart, runEnd));
    }

    /// <summary>Appends a run, joining it with the last one when they overlap or touch (runs arrive by first day).</summary>
    private static void AddRun(List<ValidityPeriod> runs, ValidityPeriod run)
    {
        if (runs.Count > 0 && runs[^1] is { } last
            && (last.End is not { } lastEnd || (lastEnd < LocalDate.MaxIsoValue && run.Start <= lastEnd.PlusDays(1)) || run.Start <= lastEnd))
        {
            LocalDate? end = last.End is null || run.End is null ? null : (last.End.Value > run.End.Value ? last.End : run.End);
            runs[^1] = new ValidityPeriod(last.Start, end);
            return;
        }

        runs.Add(run);
    }

    private static IEnumerable<ValidityPeriod> OverCapacityRuns(List<ValidityPeriod> periods, int max)
    {
        // Sweep over +1 at each first day and −1 the day after each last day; periods of one person never overlap.
        var events = new List<(LocalDate Day, int Delta)>(periods.Count * 2);
        foreach (var period in periods)
        {
            events.Add((period.Start, 1));
            if (period.End is { } end && end < LocalDate.MaxIsoValue)
            {
                events.Add((end.PlusDays(1), -1));
            }
        }

        events.Sort((a, b) => a.Day.CompareTo(b.Day));
        var holders = 0;
        LocalDate? runStart = null;
        for (var i = 0; i < events.Count;)
        {
            var day = events[i].Day;
            for (; i < events.Count && events[i].Day == day; i++)
            {
                holders += events[i].Delta;
            }

            if (holders > max && runStart is null)
            {
                runStart = day;
            }
            else if (holders <= max && runStart is { } start)
            {
                yield return new ValidityPeriod(start, day.PlusDays(-1));
                runStart = null;
            }
        }

        if (runStart is { } openStart)
        {
            yield return new ValidityPeriod(openStart);
        }
    }

    private static OrganizationViolation SelfOverlap(string organizationId, Position position, string personId, ValidityPeriod run)
    {
        var until = run.End is { } end ? $"đến ngày {OrganizationTreeProblem.VietnameseDate(end)}" : "đến nay";
        var untilEn = run.End is { } last ? $"to {OrganizationTreeProblem.IsoDate(last)}" : "onwards";
        var from = OrganizationTreeProblem.VietnameseDate(run.Start);
        var fromEn = OrganizationTreeProblem.IsoDate(run.Start);
        return new OrganizationViolation(
            OrganizationRuleIds.TenureOverlap,
            organizationId,
            [personId],
            run,
            $"Người '{personId}' có hai nhiệm kỳ chồng lấn cùng giữ chức {position.VietnameseName} của tổ chức '{organizationId}' từ ngày {from} {until}; người này chỉ được tính là một người giữ chức.",
            $"The person '{personId}' has two overlapping tenures as {position.EnglishName} of the organization '{organizationId}' from {fromEn} {untilEn}; they count as one holder.");
    }

    private OrganizationViolation Conflict(string organizationId, Position position, ValidityPeriod run, Tenure[] post)
    {
        string[] people = [.. post.Where(t => t.Period.Overlaps(run)).Select(t => t.PersonId).Distinct().Order(StringComparer.Ordinal)];
        var isHead = position.Id == Positions.Head.Id;
        var until = run.End is { } end ? $"đến ngày {OrganizationTreeProblem.VietnameseDate(end)}" : "đến nay";
        var untilEn = run.End is { } last ? $"to {OrganizationTreeProblem.IsoDate(last)}" : "onwards";
        var who = string.Join(", ", people);
        var from = OrganizationTreeProblem.VietnameseDate(run.Start);
        var fromEn = OrganizationTreeProblem.IsoDate(run.Start);
        return new OrganizationViolation(
            isHead ? OrganizationRuleIds.SingleHead : OrganizationRuleIds.PositionCapacity,
            organizationId,
            people,
            run,
            $"Tổ chức '{organizationId}' có quá {position.MaxHolders} người giữ chức {position.VietnameseName} cùng lúc ({who}) từ ngày {from} {until}.",
            $"The organization '{organizationId}' has more than {position.MaxHolders} holder(s) of {position.EnglishName} at once ({who}) from {fromEn} {untilEn}.");
    }

    private static Tenure[] ActiveOn(Tenure[] sortedByStart, LocalDate date)
    {
        var active = new List<Tenure>();
        foreach (var tenure in sortedByStart)
        {
            if (tenure.Period.Start > date)
            {
                break;
            }

            if (tenure.Period.Contains(date))
            {
                active.Add(tenure);
            }
        }

        return [.. active];
    }

    private static int CompareByStart(Tenure a, Tenure b)
    {
        var byPeriod = a.Period.CompareTo(b.Period);
        if (byPeriod != 0)
        {
            return byPeriod;
        }

        var byOrganization = string.CompareOrdinal(a.OrganizationId, b.OrganizationId);
        if (byOrganization != 0)
        {
            return byOrganization;
        }

        var byPosition = string.CompareOrdinal(a.PositionId, b.PositionId);
        return byPosition != 0 ? byPosition : string.CompareOrdinal(a.PersonId, b.PersonId);
    }
}

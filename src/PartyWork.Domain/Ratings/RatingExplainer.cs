using System.Globalization;
using PartyWork.Domain.Text;

namespace PartyWork.Domain.Ratings;

/// <summary>Turns the evaluator's caps into rule ids, Vietnamese and English messages and figures.</summary>
internal static class RatingExplainer
{
    internal static List<RatingCap> Explain(RatingPolicy policy, RatingFacts facts)
    {
        var sink = new ListSink();
        RatingEvaluator.Evaluate(policy, facts, ref sink);
        var caps = new List<RatingCap>(sink.Caps.Count);
        foreach (var (kind, level, maximum) in sink.Caps)
        {
            caps.Add(Describe(policy, facts, kind, level, maximum));
        }

        return caps;
    }

    internal static string Vi(decimal value) => value.ToString(VietnameseNumber.FormatProvider);

    internal static string En(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static RatingCap Describe(RatingPolicy policy, RatingFacts facts, CapKind kind, RatingLevel level, RatingLevel maximum)
    {
        var kRule = policy.NotCompleted.RuleIdFor(facts.Subject);
        var lv = level.ToVietnameseLower();
        var le = level.ToEnglish();
        switch (kind)
        {
            case CapKind.Band:
            {
                var bands = policy.Bands!;
                var score = facts.EffectiveScore!.Value;
                var from = RatingEvaluator.LowerBound(bands, level);
                return new(
                    bands.RuleId,
                    maximum,
                    $"Điểm {Vi(score)} thấp hơn ngưỡng {Vi(from)} điểm của mức \"{lv}\".",
                    $"Score {En(score)} is below the {En(from)}-point threshold of \"{le}\".",
                    [new("score", score), new("threshold", from)]);
            }

            case CapKind.Targets:
            case CapKind.LedUnitTargets:
            {
                var condition = kind == CapKind.Targets ? RatingEvaluator.TargetsFor(policy, level)! : RatingEvaluator.LedUnitTargetsFor(policy, level)!;
                var figures = kind == CapKind.Targets ? facts.Targets!.Value : facts.LedUnitTargets!.Value;
                var whoVi = kind == CapKind.Targets ? "Chỉ tiêu, nhiệm vụ được giao" : "Chỉ tiêu, nhiệm vụ của đơn vị được giao lãnh đạo";
                var whoEn = kind == CapKind.Targets ? "Own targets" : "The led unit's targets";
                return new(
                    condition.RuleId,
                    maximum,
                    $"{whoVi}: hoàn thành {figures.Done}/{figures.Total}, đúng hạn {figures.OnTime}/{figures.Total}, vượt {figures.Exceeded}/{figures.Total}; " +
                    $"mức \"{lv}\" cần hoàn thành từ {Vi(condition.MinDonePercent)}%, đúng hạn từ {Vi(condition.MinOnTimePercent)}%, vượt từ {Vi(condition.MinExceededPercent)}%.",
                    $"{whoEn}: {figures.Done}/{figures.Total} done, {figures.OnTime}/{figures.Total} on time, {figures.Exceeded}/{figures.Total} exceeded; " +
                    $"\"{le}\" needs at least {En(condition.MinDonePercent)}% done, {En(condition.MinOnTimePercent)}% on time and {En(condition.MinExceededPercent)}% exceeded.",
                    [new("total", figures.Total), new("done", figures.Done), new("onTime", figures.OnTime), new("exceeded", figures.Exceeded),
                        new("minDonePercent", condition.MinDonePercent), new("minOnTimePercent", condition.MinOnTimePercent),
                        new("minExceededPercent", condition.MinExceededPercent)]);
            }

            case CapKind.Grades:
            {
                var condition = RatingEvaluator.GradesFor(policy, level)!;
                var task = facts.TaskResultGrade;
                var other = facts.LowestOtherGrade;
                return new(
                    condition.RuleIdFor(facts.Subject),
                    maximum,
                    $"Tiêu chí kết quả thực hiện nhiệm vụ: {GradeVi(task)}, tiêu chí khác thấp nhất: {GradeVi(other)}; mức \"{lv}\" cần kết quả nhiệm vụ từ \"{condition.MinTaskResult.ToVietnamese()}\" và các tiêu chí khác từ \"{condition.MinOther.ToVietnamese()}\".",
                    $"Task results graded {GradeEn(task)}, lowest other criterion {GradeEn(other)}; \"{le}\" needs task results at least \"{condition.MinTaskResult.ToEnglish()}\" and the others at least \"{condition.MinOther.ToEnglish()}\".",
                    [new("taskResultGrade", task is { } t ? (int)t : 0), new("lowestOtherGrade", other is { } o ? (int)o : 0)]);
            }

            case CapKind.SubUnits:
            {
                var condition = policy.ExcellentSubUnits!;
                var units = facts.SubUnits!.Value;
                var total = units.ExactTotal;
                var atLeastCompleted = units.ExactAtLeast(RatingLevel.Completed);
                var atLeastGood = units.ExactAtLeast(RatingLevel.Good);
                return new(
                    condition.RuleId,
                    maximum,
                    $"Tổ chức trực thuộc (hoặc đảng viên): {Vi(atLeastCompleted)}/{Vi(total)} từ hoàn thành nhiệm vụ trở lên, {Vi(atLeastGood)}/{Vi(total)} từ hoàn thành tốt nhiệm vụ trở lên; mức \"{lv}\" cần từ {Vi(condition.MinAtLeastCompletedPercent)}% và từ {Vi(condition.MinAtLeastGoodPercent)}%.",
                    $"Sub-units (or members): {En(atLeastCompleted)}/{En(total)} completed or better, {En(atLeastGood)}/{En(total)} good or better; \"{le}\" needs at least {En(condition.MinAtLeastCompletedPercent)}% and {En(condition.MinAtLeastGoodPercent)}%.",
                    [new("total", total), new("atLeastCompleted", atLeastCompleted), new("atLeastGood", atLeastGood),
                        new("minAtLeastCompletedPercent", condition.MinAtLeastCompletedPercent), new("minAtLeastGoodPercent", condition.MinAtLeastGoodPercent)]);
            }

            case CapKind.CleanRecord:
            {
                var clean = RatingEvaluator.CleanRecordFor(policy, level)!;
                var units = clean.SelfDetectedExcepted ? facts.DisciplinedSubUnits : facts.AllDisciplinedSubUnits;
                var member = facts.LeadershipMemberDiscipline;
                var exceptVi = clean.SelfDetectedExcepted ? " (trừ trường hợp tự phát hiện và khắc phục)" : string.Empty;
                var exceptEn = clean.SelfDetectedExcepted ? " (self-detected and remedied excepted)" : string.Empty;
                return new(
                    clean.RuleId,
                    maximum,
                    $"Có {Vi(units)} tổ chức trực thuộc bị kỷ luật, thành viên lãnh đạo bị kỷ luật: {member.ToVietnamese()}; mức \"{lv}\" cần không có trường hợp bị kỷ luật{exceptVi}.",
                    $"{En(units)} sub-units disciplined, leadership member discipline: {member.ToEnglish()}; \"{le}\" needs no one disciplined{exceptEn}.",
                    [new("disciplinedSubUnits", units), new("leadershipMemberDiscipline", (int)member)]);
            }

            case CapKind.CivilServiceExcellent:
            {
                var civil = facts.CivilServiceRating!.Value;
                return new(
                    policy.CivilService!.RuleId,
                    maximum,
                    $"Là cán bộ, công chức được xếp loại \"{civil.ToVietnameseLower()}\"; đảng viên chỉ được xếp loại \"{lv}\" khi cũng đạt mức đó ở cương vị công tác.",
                    $"Rated \"{civil.ToEnglish()}\" as cadre or civil servant; a member is \"{le}\" only if also so rated in that capacity.",
                    [new("civilServiceLevel", (int)civil)]);
            }

            case CapKind.TargetsBelowMinimum:
            case CapKind.LedUnitTargetsBelowMinimum:
            {
                var own = kind == CapKind.TargetsBelowMinimum;
                var figures = own ? facts.Targets!.Value : facts.LedUnitTargets!.Value;
                var min = own ? policy.NotCompleted.MinTargetsDonePercent!.Value : policy.NotCompleted.MinLedUnitTargetsDonePercent!.Value;
                var main = policy.NotCompleted.MainTargetsSubjects.Includes(facts.Subject) && figures.MainTotal is { } mainTotal
                    ? (Done: figures.MainDone!.Value, Total: mainTotal)
                    : ((int Done, int Total)?)null;
                var mainVi = main is { } mv ? $"; chỉ tiêu chủ yếu đạt {mv.Done}/{mv.Total}, dưới 100%" : string.Empty;
                var mainEn = main is { } me ? $"; main targets {me.Done}/{me.Total}, below 100%" : string.Empty;
                RatingFigure[] numbers = main is { } m
                    ? [new("done", figures.Done), new("total", figures.Total), new("minDonePercent", min), new("mainDone", m.Done), new("mainTotal", m.Total)]
                    : [new("done", figures.Done), new("total", figures.Total), new("minDonePercent", min)];
                return new(
                    kRule,
                    maximum,
                    own
                        ? $"Chỉ hoàn thành {figures.Done}/{figures.Total} chỉ tiêu, nhiệm vụ, dưới {Vi(min)}%{mainVi}."
                        : $"Đơn vị được giao lãnh đạo chỉ hoàn thành {figures.Done}/{figures.Total} chỉ tiêu, nhiệm vụ, dưới {Vi(min)}%{mainVi}.",
                    own
                        ? $"Only {figures.Done}/{figures.Total} targets done, below {En(min)}%{mainEn}."
                        : $"The led unit did only {figures.Done}/{figures.Total} targets, below {En(min)}%{mainEn}.",
                    numbers);
            }

            case CapKind.SubUnitsNotCompleted:
            {
                var units = facts.SubUnits!.Value;
                var total = units.ExactTotal;
                var max = policy.NotCompleted.MaxSubUnitsNotCompletedPercent!.Value;
                return new(
                    kRule,
                    maximum,
                    $"{units.NotCompleted}/{Vi(total)} đơn vị phụ trách không hoàn thành nhiệm vụ, trên {Vi(max)}%.",
                    $"{units.NotCompleted}/{En(total)} units in charge were not completed, above {En(max)}%.",
                    [new("notCompleted", units.NotCompleted), new("total", total), new("maxPercent", max)]);
            }

            case CapKind.LowConfidence:
            {
                var low = facts.LowConfidencePercent!.Value;
                var max = policy.NotCompleted.MaxLowConfidencePercent!.Value;
                return new(
                    kRule,
                    maximum,
                    $"Tỷ lệ phiếu tín nhiệm thấp {Vi(low)}%, trên {Vi(max)}%.",
                    $"Low-confidence votes {En(low)}%, above {En(max)}%.",
                    [new("lowConfidencePercent", low), new("maxPercent", max)]);
            }

            case CapKind.DisciplinedSubUnits:
            {
                var total = facts.SubUnits!.Value.ExactTotal;
                var disciplined = facts.AllDisciplinedSubUnits;
                var max = policy.NotCompleted.MaxDisciplinedSubUnitsPercent!.Value;
                return new(
                    kRule,
                    maximum,
                    $"{Vi(disciplined)}/{Vi(total)} tổ chức trực thuộc bị kỷ luật trong năm, trên {Vi(max)}%.",
                    $"{En(disciplined)}/{En(total)} sub-units disciplined in the year, above {En(max)}%.",
                    [new("disciplinedSubUnits", disciplined), new("total", total), new("maxPercent", max)]);
            }

            case CapKind.SubUnitViolationHandled:
            {
                var handled = facts.SubUnitsHandledForViolations;
                return new(
                    kRule,
                    maximum,
                    $"{handled} tổ chức trực thuộc có vi phạm bị xử lý trong năm (không tính trường hợp tự phát hiện và khắc phục).",
                    $"{handled} sub-unit(s) had a violation handled in the year (self-detected and remedied ones not counted).",
                    [new("subUnitsHandled", handled)]);
            }

            case CapKind.SubUnitCorruptionOrWaste:
            {
                var disciplined = facts.SubUnitsDisciplinedForCorruptionOrWaste;
                return new(
                    kRule,
                    maximum,
                    $"{disciplined} tổ chức trực thuộc bị kỷ luật về tham nhũng, lãng phí trong năm (không tính trường hợp tự phát hiện và khắc phục).",
                    $"{disciplined} sub-unit(s) disciplined for corruption or waste in the year (self-detected and remedied ones not counted).",
                    [new("subUnitsDisciplinedForCorruptionOrWaste", disciplined)]);
            }

            case CapKind.LeadershipMemberDiscipline:
            {
                var from = policy.NotCompleted.LeadershipMemberDisciplineFrom;
                return new(
                    kRule,
                    maximum,
                    $"Có thành viên bị kỷ luật hình thức {facts.LeadershipMemberDiscipline.ToVietnamese()} (từ {from.ToVietnamese()} trở lên).",
                    $"A member was disciplined with a {facts.LeadershipMemberDiscipline.ToEnglish()} ({from.ToEnglish()} or heavier).",
                    [new("discipline", (int)facts.LeadershipMemberDiscipline), new("from", (int)from)]);
            }

            case CapKind.PoorCriterion:
                return new(
                    kRule,
                    maximum,
                    "Có tiêu chí bị đánh giá \"Kém\".",
                    "A criterion was graded \"Poor\".",
                    []);

            case CapKind.Degradation:
                return new(
                    kRule,
                    maximum,
                    "Đã có kết luận suy thoái về tư tưởng chính trị, đạo đức, lối sống hoặc vi phạm những điều đảng viên không được làm.",
                    "Degradation in political ideology, ethics or lifestyle, or a breach of Party prohibitions, was concluded.",
                    []);

            case CapKind.CivilServiceNotCompleted:
                return new(
                    kRule,
                    maximum,
                    "Là cán bộ, công chức bị xếp loại không hoàn thành nhiệm vụ.",
                    "Rated not completed as cadre or civil servant.",
                    [new("civilServiceLevel", (int)RatingLevel.NotCompleted)]);

            case CapKind.Discipline:
            {
                var form = facts.Discipline.Form;
                return new(
                    policy.Discipline!.RuleIdFor(facts.Subject),
                    maximum,
                    $"Bị kỷ luật hình thức {form.ToVietnamese()} trong năm đánh giá.",
                    $"Disciplined with a {form.ToEnglish()} in the rating year.",
                    [new("discipline", (int)form)]);
            }

            case CapKind.LeadershipCollectiveCap:
                return new(
                    policy.Caps.LeadershipCollectiveRuleId,
                    maximum,
                    $"Tập thể lãnh đạo, quản lý không được xếp loại cao hơn mức \"{maximum.ToVietnameseLower()}\" của tổ chức, đơn vị mình lãnh đạo.",
                    $"A leadership collective cannot be rated above \"{maximum.ToEnglish()}\", the rating of the organization it leads.",
                    [new("ledUnitLevel", (int)maximum)]);

            default:
                return new(
                    policy.Caps.HeadRuleId,
                    maximum,
                    $"Người đứng đầu không được xếp loại cao hơn mức \"{maximum.ToVietnameseLower()}\" của tập thể, tổ chức mình đứng đầu.",
                    $"A head cannot be rated above \"{maximum.ToEnglish()}\", the rating of the collective or organization they head.",
                    [new("ledUnitLevel", (int)maximum)]);
        }
    }

    private static string GradeVi(CriterionGrade? grade) => grade is { } g ? $"\"{g.ToVietnamese()}\"" : "chưa có";

    private static string GradeEn(CriterionGrade? grade) => grade is { } g ? $"\"{g.ToEnglish()}\"" : "not given";
}

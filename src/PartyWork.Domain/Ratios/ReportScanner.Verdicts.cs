using PartyWork.Domain.Text;

namespace PartyWork.Domain.Ratios;

/// <content>Verdicts: the checks of <see cref="ClaimVerifier"/>, made cautious where the scanner has a doubt.</content>
public static partial class ReportScanner
{
    private static ReportClaim Judge(ScannedClaim f, TextPosition position, string text, ReportScanOptions options) => f.Kind switch
    {
        ReportClaimKind.Fraction => JudgeFraction(f, position, text),
        ReportClaimKind.PartsOfWhole => JudgeParts(f, position, text, options),
        _ => JudgePercent(f, position, text, options),
    };

    private static ReportClaim JudgeFraction(ScannedClaim f, TextPosition position, string text)
    {
        if (f.Whole == 0)
        {
            return Unverifiable(f, position, text, null, ZeroWholeVietnamese, ZeroWholeEnglish);
        }

        // Two decimals always (0.00m raises the scale of a whole result: 100 → 100.00).
        var expected = Math.Round(f.Part * 100m / f.Whole, 2, MidpointRounding.AwayFromZero) + 0.00m;
        if (f.Part > f.Whole)
        {
            return Unverifiable(
                f,
                position,
                text,
                expected,
                $"Không kiểm tra được: tử số {VietnameseNumber.Format(f.Part)} lớn hơn mẫu số {VietnameseNumber.Format(f.Whole)}, không phải một phần của tổng.",
                $"Cannot be checked: the numerator {VietnameseNumber.FormatEnglish(f.Part)} exceeds the denominator {VietnameseNumber.FormatEnglish(f.Whole)}, so it is not a share of a whole.");
        }

        return new ReportClaim(
            f.Kind, position, text, f.Part, f.Whole, null, [], f.Approximate, ClaimVerdict.Consistent, expected, null, null, string.Empty, string.Empty);
    }

    private static ReportClaim JudgePercent(ScannedClaim f, TextPosition position, string text, ReportScanOptions options)
    {
        var printed = f.Percent!.Value;
        if (f.Whole == 0)
        {
            return Unverifiable(f, position, text, null, ZeroWholeVietnamese, ZeroWholeEnglish);
        }

        var largest = f.PercentAlternative is { } alt ? Math.Max(printed, alt) : printed;
        if (f.Part > f.Whole && largest <= 100m)
        {
            return Unverifiable(
                f,
                position,
                text,
                null,
                $"Không kiểm tra được: phần {VietnameseNumber.Format(f.Part)} lớn hơn tổng số {VietnameseNumber.Format(f.Whole)} mà tỉ lệ in ra không quá 100%.",
                $"Cannot be checked: the part {VietnameseNumber.FormatEnglish(f.Part)} exceeds the whole {VietnameseNumber.FormatEnglish(f.Whole)} while the printed percentage is at most 100%.");
        }

        var check = ClaimVerifier.CheckShare(f.Part, f.Whole, printed, f.Apportioned, options.Check);
        if (check.Verdict != ClaimVerdict.Consistent && f.PercentAlternative is { } other)
        {
            var second = ClaimVerifier.CheckPercent(f.Part, f.Whole, other, options.Check);
            if (second.Verdict == ClaimVerdict.Consistent)
            {
                return Checked(f, position, text, second, second.Expected);
            }

            return Unverifiable(
                f,
                position,
                text,
                check.Expected,
                $"Không kiểm tra được: tỉ lệ in ra đọc được hai cách ({VietnameseNumber.Format(printed, printed.Scale)} hoặc {VietnameseNumber.Format(other, other.Scale)}).",
                $"Cannot be checked: the printed percentage reads two ways ({VietnameseNumber.Format(printed, printed.Scale)} or {VietnameseNumber.Format(other, other.Scale)}).",
                check);
        }

        if (check.Verdict == ClaimVerdict.Inconsistent && f.Approximate)
        {
            return Unverifiable(
                f,
                position,
                text,
                check.Expected,
                $"Không kiểm tra được: số liệu là ước lượng (có từ như \"gần\", \"trên\", \"khoảng\"); giá trị chính xác là {VietnameseNumber.FormatPercent(check.Expected, check.Decimals)}.",
                $"Cannot be checked: the figure is approximate (qualified by a word such as \"gần\", \"trên\", \"khoảng\"); the exact value is {VietnameseNumber.FormatPercentEnglish(check.Expected, check.Decimals)}.",
                check);
        }

        return Checked(f, position, text, check, check.Expected);
    }

    private static ReportClaim JudgeParts(ScannedClaim f, TextPosition position, string text, ReportScanOptions options)
    {
        var parts = Array.AsReadOnly(f.Parts!);
        var check = ClaimVerifier.CheckSum(f.Whole, parts);
        if (check.Verdict == ClaimVerdict.Inconsistent && (f.Approximate || !options.AssumeEnumerationsComplete))
        {
            var whyVietnamese = f.Approximate
                ? "số liệu là ước lượng"
                : "danh sách sau \"trong đó\" có thể không liệt kê hết hoặc các phần có thể trùng nhau";
            var whyEnglish = f.Approximate
                ? "the figures are approximate"
                : "the list after \"trong đó\" may leave parts out or overlap";
            return new ReportClaim(
                f.Kind,
                position,
                text,
                null,
                f.Whole,
                null,
                parts,
                f.Approximate,
                ClaimVerdict.Unverifiable,
                null,
                null,
                check,
                $"Không kiểm tra được: {check.ReasonVietnamese} Tuy nhiên {whyVietnamese}.",
                $"Cannot be checked: {check.ReasonEnglish} However, {whyEnglish}.");
        }

        return new ReportClaim(
            f.Kind, position, text, null, f.Whole, null, parts, f.Approximate, check.Verdict, null, null, check, check.ReasonVietnamese, check.ReasonEnglish);
    }

    private static ReportClaim Checked(ScannedClaim f, TextPosition position, string text, PercentClaimCheck check, decimal expected) =>
        new(
            f.Kind,
            position,
            text,
            f.Part,
            f.Whole,
            check.Printed,
            [],
            f.Approximate,
            check.Verdict,
            expected,
            check,
            null,
            check.ReasonVietnamese,
            check.ReasonEnglish);

    private static ReportClaim Unverifiable(
        ScannedClaim f,
        TextPosition position,
        string text,
        decimal? expected,
        string reasonVietnamese,
        string reasonEnglish,
        PercentClaimCheck? check = null) =>
        new(
            f.Kind,
            position,
            text,
            f.Part,
            f.Whole,
            f.Percent,
            [],
            f.Approximate,
            ClaimVerdict.Unverifiable,
            expected,
            check,
            null,
            reasonVietnamese,
            reasonEnglish);

    private const string ZeroWholeVietnamese = "Không kiểm tra được: tổng số (mẫu số) bằng 0.";
    private const string ZeroWholeEnglish = "Cannot be checked: the whole (denominator) is zero.";
}

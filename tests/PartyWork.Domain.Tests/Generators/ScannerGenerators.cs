using FsCheck;
using FsCheck.Fluent;
using PartyWork.Domain.Text;

namespace PartyWork.Domain.Tests.Generators;

/// <summary>FsCheck generators for report text: claims written the ways reports write them, traps and filler.</summary>
public static class ScannerGenerators
{
    private static readonly string[] Fragments =
    [
        "Đảng bộ", " huyện", " đã", " tổ chức", " đánh giá", " cán bộ", ", ", ". ", "; ", "\n", " (", ")", " đ/c",
        " ngày 4/8/2022", " tháng 7-2018", " giảm 7,7%", " gần 59%", " 17 tiêu chí/xã", " 125 nữ/100 nam",
        " 3/443 hộ", " 493/502 (98,2%)", " 12 đ/c (đạt 11,95%)", " trong đó", " trong đó:", " 1.004 lượt", " 06 lớp",
        " (-6,7%)", " tăng 14% so với năm 2016", " đạt 142,85%", " 99.41%", " 2,129,000", " 1456", " 18.622",
        " 176 đơn (160 khiếu nại, 16 tố cáo)/221 đơn", " hơn 93,5%", " khoảng", " trên 4,8%", " 98,2\n%", " 04/22",
        " 0", " /", "/", "%", "(", ":", " 1.", ",5", " xấp xỉ",
    ];

    /// <summary>Report-like text: claims, traps, keywords and punctuation in random order and number.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<string> ReportishText()
    {
        var fragment = Gen.Frequency(
            (6, Gen.Elements(Fragments)),
            (2, TextGenerators.VietnameseishText().Generator.Select(s => s.Length > 12 ? s[..12] : s)),
            (2, Gen.Choose(0, 20_000).Select(n => " " + VietnameseNumber.Format(n))));
        return Arb.From(fragment.ListOf().Select(parts => string.Concat(parts)));
    }

    /// <summary>
    /// A consistent claim "a/b (p%)" — p the exact share rounded half away from zero to 0–3 decimals, written in
    /// Vietnamese format with or without "đạt" and a space before "%" — between two pieces of random filler.
    /// </summary>
    /// <returns>The arbitrary of (text, offset of the claim, claim as written).</returns>
    public static Arbitrary<(string Text, int Offset, string Claim)> EmbeddedConsistentClaim()
    {
        var gen =
            from pw in RatiosGenerators.PartOfWhole().Generator
            from decimals in Gen.Choose(0, 3)
            from verb in Gen.Elements(string.Empty, "đạt ", "chiếm ")
            from space in Gen.Elements(string.Empty, " ")
            from before in TextGenerators.VietnameseishText().Generator
            from after in TextGenerators.VietnameseishText().Generator
            let percent = Math.Round(pw.Part * 100m / pw.Whole, decimals, MidpointRounding.AwayFromZero)
            let claim = $"{VietnameseNumber.Format(pw.Part)}/{VietnameseNumber.Format(pw.Whole)} ({verb}{VietnameseNumber.Format(percent, decimals)}{space}%)"
            let prefix = before + ". "
            select (prefix + claim + ". " + after, prefix.Length, claim);
        return Arb.From(gen);
    }

    /// <summary>An approximate claim "a/b (gần|trên|hơn|khoảng|dưới|xấp xỉ p%)" with any p up to 100, in filler.</summary>
    /// <returns>The arbitrary of report text holding one approximate claim.</returns>
    public static Arbitrary<string> EmbeddedApproximateClaim()
    {
        var gen =
            from pw in RatiosGenerators.PartOfWhole().Generator
            from qualifier in Gen.Elements("gần", "trên", "hơn", "khoảng", "dưới", "xấp xỉ", "ước", "gan", "tren")
            from hundredths in Gen.Choose(0, 10_000)
            from before in TextGenerators.VietnameseishText().Generator
            let percent = hundredths / 100m
            select $"{before}. {VietnameseNumber.Format(pw.Part)}/{VietnameseNumber.Format(pw.Whole)} ({qualifier} {VietnameseNumber.Format(percent, 2)}%).";
        return Arb.From(gen);
    }

    /// <summary>A date written the ways reports write them ("4/8/2022", "ngày 04/08", "tháng 7/2018", "tháng 7-2018").</summary>
    /// <returns>The arbitrary of dates embedded in a sentence.</returns>
    public static Arbitrary<string> EmbeddedDate()
    {
        var gen =
            from day in Gen.Choose(1, 28)
            from month in Gen.Choose(1, 12)
            from year in Gen.Choose(1945, 2030)
            from form in Gen.Choose(0, 4)
            select form switch
            {
                0 => $"Hội nghị họp {day}/{month}/{year} tại hội trường.",
                1 => $"Chiều {day:00}/{month:00} đoàn công tác làm việc.",
                2 => $"Kế hoạch từ tháng {month}/{year} đã hoàn thành.",
                3 => $"Mốc bàn giao là tháng {month}-{year}.",
                _ => $"Văn bản số {day}/{year}/NĐ-CP có hiệu lực.",
            };
        return Arb.From(gen);
    }
}

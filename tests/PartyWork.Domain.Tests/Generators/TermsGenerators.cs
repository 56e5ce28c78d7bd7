using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PartyWork.Domain.Terms;

namespace PartyWork.Domain.Tests.Generators;

/// <summary>FsCheck generators for the Terms area: numerals, dates, periods, terms, plenums and document symbols.</summary>
public static class TermsGenerators
{
    private static readonly string[] KnownTypes = ["NQ", "QĐ", "QD", "qđ", "CT", "KL", "HD", "KH", "CTr", "CTR", "CV", "BC", "TT", "BS"];
    private static readonly string[] KnownIssuers = ["TW", "BTCTW", "VPTW", "UBKTTW", "TU", "HU", "QU", "ĐU", "DU", "UBKTTU"];
    private const string CodeLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZĐabcdđ";

    /// <summary>Values a Roman numeral can write.</summary>
    /// <returns>1 to 3999.</returns>
    public static Arbitrary<int> RomanValues() => Arb.From(Gen.Choose(RomanNumeral.MinValue, RomanNumeral.MaxValue));

    /// <summary>Any date from 01/01/1930 to 31/12/2100.</summary>
    /// <returns>The generator.</returns>
    public static Gen<LocalDate> DatesFrom1930() => DatesBetween(new LocalDate(1930, 1, 1), new LocalDate(2100, 12, 31));

    /// <summary>Any date in the given range.</summary>
    /// <param name="first">The first date.</param>
    /// <param name="last">The last date.</param>
    /// <returns>The generator.</returns>
    public static Gen<LocalDate> DatesBetween(LocalDate first, LocalDate last)
    {
        var days = Period.Between(first, last, PeriodUnits.Days).Days;
        return Gen.Choose(0, days).Select(first.PlusDays);
    }

    /// <summary>Review periods of every kind in the years 1990 to 2100.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ReviewPeriod> Periods()
    {
        var year = Gen.Choose(1990, 2100);
        var month = from y in year from m in Gen.Choose(1, 12) select ReviewPeriod.Month(y, m);
        var quarter = from y in year from q in Gen.Choose(1, 4) select ReviewPeriod.Quarter(y, q);
        var half = from y in year from h in Gen.Choose(1, 2) select ReviewPeriod.HalfYear(y, h);
        var first = from y in year from n in Gen.Choose(1, 12) select ReviewPeriod.FirstMonths(y, n);
        var whole = year.Select(ReviewPeriod.Year);
        var term = Terms().Select(ReviewPeriod.Term);
        var interval = from start in DatesBetween(new LocalDate(1990, 1, 1), new LocalDate(2100, 12, 31))
                       from length in Gen.Choose(0, 800)
                       select ReviewPeriod.Interval(start, start.PlusDays(length));
        return Gen.OneOf(month, quarter, half, first, whole, term, interval);
    }

    /// <summary>Review periods of every kind.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ReviewPeriod> PeriodArbitrary() => Arb.From(Periods());

    private static readonly string[] PeriodTokens =
    [
        "quý", "Quý", "quy", "tháng", "Tháng", "thang", "năm", "nam", "đầu", "cuối", "dau", "cuoi", "nửa", "nhiệm kỳ",
        "nhiệm kì", "giai đoạn", "từ ngày", "đến ngày", "đến", "ngày", "I", "II", "III", "IV", "V", "iv", "IIII", "0", "1",
        "3", "4", "6", "7", "10", "12", "13", "99", "999", "1000", "2018", "2024", "9998", "9999", "99999", "/", "-", "–",
        ".", "01/03/2018", "31/02/2018", "29/02/2000", "01/01/9999", "31/12/9998", "01/01/1000", "2015-2020",
        "9998-9999", "999-1000", "(", ")",
    ];

    /// <summary>Review period phrases built from the real tokens (quý, tháng, năm, đầu, cuối, numerals, edge years), joined with or without spaces.</summary>
    /// <returns>The generator.</returns>
    public static Gen<string> PeriodPhrases() =>
        from tokens in Gen.Elements(PeriodTokens).ArrayOf().Where(t => t.Length is >= 1 and <= 7)
        from separator in Gen.Elements(" ", " ", " ", "", "/", "-")
        select string.Join(separator, tokens);

    /// <summary>Reference years around and at the edges of the supported range.</summary>
    /// <returns>The generator.</returns>
    public static Gen<int> ReferenceYears() =>
        Gen.OneOf(Gen.Elements(999, 1000, 1001, 2018, 9997, 9998, 9999, int.MinValue, int.MaxValue), Gen.Choose(-10, 12000));

    /// <summary>Congress terms known by years or by exact dates, with or without an ordinal.</summary>
    /// <returns>The generator.</returns>
    public static Gen<CongressTerm> Terms()
    {
        var ordinal = Gen.Frequency((1, Gen.Constant<int?>(null)), (2, Gen.Choose(1, 30).Select(n => (int?)n)));
        var byYears = from start in Gen.Choose(1990, 2090)
                      from length in Gen.Choose(1, 6)
                      from o in ordinal
                      select new CongressTerm(start, start + length, o);
        var byDates = from start in DatesBetween(new LocalDate(1990, 1, 1), new LocalDate(2090, 12, 31))
                      from months in Gen.Elements(30, 60)
                      from drift in Gen.Choose(-20, 20)
                      from o in ordinal
                      select new CongressTerm(new DateInterval(start, start.PlusMonths(months).PlusDays(drift)), o);
        return Gen.OneOf(byYears, byDates);
    }

    /// <summary>Congress terms.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CongressTerm> TermArbitrary() => Arb.From(Terms());

    /// <summary>Kinds that tile the calendar.</summary>
    /// <returns>Month, quarter, half-year or year.</returns>
    public static Gen<ReviewPeriodKind> TilingKinds() =>
        Gen.Elements(ReviewPeriodKind.Month, ReviewPeriodKind.Quarter, ReviewPeriodKind.HalfYear, ReviewPeriodKind.Year);

    /// <summary>Plenum references of khóa I to XIV.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PlenumReference> PlenumReferences()
    {
        var gen = from term in Gen.Choose(1, 14)
                  from number in Gen.Choose(1, Plenum.MaxNumber)
                  from kind in Gen.Elements(PlenumReferenceKind.Conference, PlenumReferenceKind.Resolution)
                  select new PlenumReference(new Plenum(term, number), kind);
        return Arb.From(gen);
    }

    /// <summary>Document symbols with known codes (in several spellings) and unknown letter codes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DocumentSymbol> Symbols()
    {
        var unknown = Gen.Elements(CodeLetters.ToCharArray()).ArrayOf()
            .Where(chars => chars.Length is >= 1 and <= 12)
            .Select(chars => new string(chars));
        var type = Gen.Frequency((3, Gen.Elements(KnownTypes)), (1, unknown));
        var issuer = Gen.Frequency((3, Gen.Elements(KnownIssuers)), (1, unknown));
        var gen = from number in Gen.Frequency((3, Gen.Choose(1, 999)), (1, Gen.Choose(1, DocumentSymbol.MaxNumber)))
                  from t in type
                  from i in issuer
                  select new DocumentSymbol(number, t, i);
        return Arb.From(gen);
    }
}

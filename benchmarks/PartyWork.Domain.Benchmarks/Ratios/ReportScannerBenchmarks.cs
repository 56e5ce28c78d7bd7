using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using PartyWork.Domain.Ratios;
using PartyWork.Domain.Text;

namespace PartyWork.Domain.Benchmarks.Ratios;

/// <summary>
/// Scanning a ~1 MB report (the sample report repeated) with <see cref="ReportScanner"/> against a straightforward
/// Regex version (the baseline). The extra column <c>MB/s</c> is <see cref="InputBytes"/> (UTF-8 bytes of the input)
/// divided by the mean time of one call, in 10^6 bytes per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ReportScannerBenchmarks
{
    /// <summary>The target size of the input, in UTF-8 bytes (the text is cut at the last line break past it).</summary>
    public const int TargetBytes = 1_000_000;

    private string text = string.Empty;
    private Regex fraction = null!;

    /// <summary>Gets the UTF-8 size of the scanned text; the MB/s column divides it by the mean time.</summary>
    /// <value>A little over <see cref="TargetBytes"/>.</value>
    public static int InputBytes => Encoding.UTF8.GetByteCount(BuildText());

    /// <summary>Builds the input once: the sample report repeated to about 1 MB.</summary>
    [GlobalSetup]
    public void Setup()
    {
        this.text = BuildText();
        this.fraction = new Regex(
            @"(?<a>\d[\d.,]*)\s?/\s?(?<b>\d[\d.,]*)(?:[^\S\n]+[\p{L}/]+){0,6}\s*(?:\((?:[\p{L}]+\s+)*(?<p>\d[\d.,]*)\s*%\))?",
            RegexOptions.Compiled | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(10));
    }

    /// <summary>The baseline: a plain Regex for "a/b" and "a/b (p%)", numbers read with <see cref="VietnameseNumber.TryRead"/> and checked.</summary>
    /// <returns>The number of claims found.</returns>
    [Benchmark(Baseline = true)]
    public int Regex()
    {
        var found = 0;
        foreach (Match m in this.fraction.Matches(this.text))
        {
            if (!VietnameseNumber.TryRead(m.Groups["a"].ValueSpan, out var a) || !VietnameseNumber.TryRead(m.Groups["b"].ValueSpan, out var b) ||
                b.Value <= 0m || a.Value < 0m || a.Value != decimal.Truncate(a.Value) || b.Value != decimal.Truncate(b.Value))
            {
                continue;
            }

            if (m.Groups["p"].Success && VietnameseNumber.TryRead(m.Groups["p"].ValueSpan, out var p))
            {
                _ = ClaimVerifier.CheckPercent((long)a.Value, (long)b.Value, p.Value);
            }

            found++;
        }

        return found;
    }

    /// <summary>The hand-written scanner: every claim kind, traps avoided, each claim judged.</summary>
    /// <returns>The number of claims found.</returns>
    [Benchmark]
    public int Scanner() => ReportScanner.Scan(this.text).Count;

    private static string BuildText()
    {
        var sample = File.ReadAllText(FindSample());
        var builder = new StringBuilder(TargetBytes + sample.Length);
        var bytes = 0;
        var sampleBytes = Encoding.UTF8.GetByteCount(sample);
        while (bytes < TargetBytes)
        {
            builder.Append(sample).Append('\n');
            bytes += sampleBytes + 1;
        }

        return builder.ToString();
    }

    private static string FindSample()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples", "bao-cao-mau.txt");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException("samples/bao-cao-mau.txt was not found above the benchmark's directory; run from the repository.");
    }

    /// <summary>Adds the MB/s column.</summary>
    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => this.AddColumn(new MegabytesPerSecondColumn());
    }

    /// <summary>MB/s = <see cref="InputBytes"/> / mean seconds / 10^6.</summary>
    private sealed class MegabytesPerSecondColumn : IColumn
    {
        private readonly Lazy<int> bytes = new(() => InputBytes);

        public string Id => nameof(MegabytesPerSecondColumn);

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "UTF-8 megabytes (10^6 bytes) of report text scanned per second";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
            this.GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return mean is > 0 ? (this.bytes.Value / (mean.Value / 1e9) / 1e6).ToString("F1", CultureInfo.InvariantCulture) : "NA";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}

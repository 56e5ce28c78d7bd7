using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PartyWork.Domain.Ratios;
using PartyWork.Domain.Text;

namespace PartyWork.Cli;

/// <summary>
/// <c>partywork check FILE|- [--json] [--accept-truncation] [--complete-lists]</c>: finds the ratio claims of a report
/// and prints each with its position, verdict and correct figure, then a summary line.
/// </summary>
internal static class CheckCommand
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly CheckJsonContext Json = new(new JsonSerializerOptions(CheckJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Runs the command.</summary>
    /// <param name="args">The arguments after <c>check</c>.</param>
    /// <param name="stdin">Read when the input is <c>-</c>.</param>
    /// <param name="stdout">Where the claims go.</param>
    /// <param name="stderr">Where a usage error or unreadable input is reported, on one line.</param>
    /// <returns>0 nothing inconsistent, 1 something inconsistent, 2 bad usage or unreadable input.</returns>
    public static int Run(ReadOnlySpan<string> args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        string? input = null;
        var json = false;
        var options = ReportScanOptions.Default;
        foreach (var arg in args)
        {
            switch (arg)
            {
                case "--json":
                    json = true;
                    break;
                case "--accept-truncation":
                    options = options with { Check = options.Check with { AcceptTruncation = true } };
                    break;
                case "--complete-lists":
                    options = options with { AssumeEnumerationsComplete = true };
                    break;
                case "-":
                case not null when !arg.StartsWith('-'):
                    if (input is not null)
                    {
                        return Usage(stderr, $"more than one input ('{input}' and '{arg}'); check takes one FILE or '-'.");
                    }

                    input = arg;
                    break;
                default:
                    return Usage(stderr, $"unknown option '{arg}' for check (try 'partywork --help').");
            }
        }

        if (input is null)
        {
            return Usage(stderr, "check needs a FILE, or '-' to read standard input.");
        }

        if (!TryRead(input, stdin, out var text, out var error))
        {
            stderr.WriteLine($"partywork: {error}");
            return CommandLine.UsageError;
        }

        var claims = ReportScanner.Scan(text, options);
        var summary = Summarize(claims);
        if (json)
        {
            var report = new CheckReport(input, claims.Select(ToJson).ToArray(), summary);
            stdout.WriteLine(JsonSerializer.Serialize(report, Json.CheckReport));
        }
        else
        {
            WriteText(input, claims, summary, stdout);
        }

        return summary.Inconsistent > 0 ? CommandLine.Findings : CommandLine.Success;
    }

    private static int Usage(TextWriter stderr, string reason)
    {
        stderr.WriteLine($"partywork: {reason}");
        return CommandLine.UsageError;
    }

    private static bool TryRead(string input, TextReader stdin, out string text, out string error)
    {
        text = string.Empty;
        error = string.Empty;
        try
        {
            if (input == "-")
            {
                text = stdin.ReadToEnd();
                return true;
            }

            var bytes = File.ReadAllBytes(input);
            var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
            return true;
        }
        catch (DecoderFallbackException)
        {
            error = $"'{input}' is not UTF-8 text.";
        }
        catch (FileNotFoundException)
        {
            error = $"cannot read '{input}': no such file.";
        }
        catch (DirectoryNotFoundException)
        {
            error = $"cannot read '{input}': no such directory.";
        }
        catch (UnauthorizedAccessException)
        {
            error = $"cannot read '{input}': access denied or it is a directory.";
        }
        catch (IOException e)
        {
            error = $"cannot read '{input}': {e.Message.ReplaceLineEndings(" ")}";
        }

        return false;
    }

    private static CheckSummary Summarize(IReadOnlyList<ReportClaim> claims)
    {
        int consistent = 0, inconsistent = 0, unverifiable = 0;
        foreach (var claim in claims)
        {
            switch (claim.Verdict)
            {
                case ClaimVerdict.Consistent:
                    consistent++;
                    break;
                case ClaimVerdict.Inconsistent:
                    inconsistent++;
                    break;
                default:
                    unverifiable++;
                    break;
            }
        }

        return new CheckSummary(claims.Count, consistent, inconsistent, unverifiable);
    }

    /// <summary>The correct figure in Vietnamese format: the right percentage at the printed decimals, or the sum of the parts.</summary>
    internal static string? Correct(ReportClaim claim) => claim.Kind switch
    {
        ReportClaimKind.PartsOfWhole => claim.Sum is { } sum ? VietnameseNumber.Format(sum) : null,
        _ when claim.ExpectedPercent is { } expected => VietnameseNumber.FormatPercent(expected, expected.Scale),
        _ => null,
    };

    private static string KindName(ReportClaimKind kind) => kind switch
    {
        ReportClaimKind.Fraction => "fraction",
        ReportClaimKind.FractionWithPercent => "fractionWithPercent",
        ReportClaimKind.PercentOfWhole => "percentOfWhole",
        _ => "partsOfWhole",
    };

    private static string VerdictName(ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.Consistent => "consistent",
        ClaimVerdict.Inconsistent => "inconsistent",
        _ => "unverifiable",
    };

    private static CheckReportClaim ToJson(ReportClaim c) =>
        new(
            c.Position.Line,
            c.Position.Column,
            c.Position.Offset,
            c.Position.Length,
            KindName(c.Kind),
            c.Text,
            VerdictName(c.Verdict),
            c.Part,
            c.Whole,
            c.Parts,
            c.PrintedPercent,
            c.ExpectedPercent,
            c.Sum,
            Correct(c),
            c.IsApproximate,
            c.IsTruncated,
            c.ReasonVietnamese,
            c.ReasonEnglish);

    private static void WriteText(string input, IReadOnlyList<ReportClaim> claims, CheckSummary summary, TextWriter stdout)
    {
        var name = input == "-" ? "<stdin>" : input;
        foreach (var c in claims)
        {
            var line = new StringBuilder()
                .Append(name).Append(':').Append(c.Position.ToString())
                .Append("  ").Append(VerdictName(c.Verdict).PadRight(12))
                .Append("  ").Append(OneLine(c.Text));
            if (Correct(c) is { } correct)
            {
                line.Append(c.Kind == ReportClaimKind.PartsOfWhole ? "  → tổng " : "  → ").Append(correct);
                if (c.Part is { } part)
                {
                    line.Append(" (").Append(VietnameseNumber.Format(part)).Append('/').Append(VietnameseNumber.Format(c.Whole)).Append(')');
                }
            }

            if (c.IsTruncated)
            {
                line.Append("  [cắt bớt / truncated]");
            }

            stdout.WriteLine(line.ToString());
            if (c.Verdict != ClaimVerdict.Consistent)
            {
                stdout.WriteLine($"    vi: {c.ReasonVietnamese}");
                stdout.WriteLine($"    en: {c.ReasonEnglish}");
            }
        }

        stdout.WriteLine(
            $"{summary.Claims} claims: {summary.Consistent} consistent, {summary.Inconsistent} inconsistent, {summary.Unverifiable} unverifiable " +
            $"({summary.Claims} số liệu: {summary.Consistent} khớp, {summary.Inconsistent} không khớp, {summary.Unverifiable} không kiểm tra được).");
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PartyWork.Cli.Csv;

namespace PartyWork.Domain.Tests.Cli;

/// <summary>Tests of the strict RFC 4180 reader behind <c>partywork rollup</c> and <c>rate</c>.</summary>
public sealed class CsvReaderTests
{
    private static readonly char[] Alphabet = ['a', 'b', 'ệ', ' ', ',', ';', '"', '\r', '\n', '\uFEFF'];

    private static Gen<string> Texts() => Gen.Elements(Alphabet).ArrayOf().Select(chars => new string(chars));

    [Fact]
    public void Parse_QuotedFields_KeepDelimitersQuotesAndLineBreaks()
    {
        var table = CsvReader.Parse("id,name\r\n1,\"Chi bộ \"\"Thôn Đông\"\", xã A\"\r\n2,\"hai\ndòng\"\r\n");
        Assert.Equal(["id", "name"], table.Header);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("Chi bộ \"Thôn Đông\", xã A", table.Rows[0].Fields[1]);
        Assert.Equal("hai\ndòng", table.Rows[1].Fields[1]);
        Assert.Equal([2, 3], table.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Parse_RecordAfterMultilineField_CountsPhysicalLines()
    {
        var table = CsvReader.Parse("a,b\n\"x\ny\nz\",1\n\n2,3");
        Assert.Equal([2, 6], table.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Parse_ByteOrderMarkAndSemicolons_AreRead()
    {
        var table = CsvReader.Parse("\uFEFFid;name\n1;\"a;b\"\n");
        Assert.Equal(';', table.Delimiter);
        Assert.Equal(["id", "name"], table.Header);
        Assert.Equal("a;b", table.Rows[0].Fields[1]);
    }

    [Fact]
    public void Parse_SingleColumnWithSemicolonInData_KeepsTheComma()
    {
        var table = CsvReader.Parse("note\na;b\n");
        Assert.Equal(',', table.Delimiter);
        Assert.Equal("a;b", table.Rows[0].Fields[0]);
    }

    [Fact]
    public void Parse_BlankAndEmptyRows_AreSkipped()
    {
        var table = CsvReader.Parse("\n\na,b\n\n,,\n ,\n1,2\n\"\",\n");
        Assert.Equal(3, table.HeaderLine);
        Assert.Equal([7, 8], table.Rows.Select(r => r.Line));
    }

    [Theory]
    [InlineData("", 1, "empty")]
    [InlineData("\r\n \n", 1, "empty")]
    [InlineData("a,b\n1,2,3\n", 2, "3 fields where the header has 2 fields")]
    [InlineData("a,b\n1,2\n3\n", 3, "1 field where the header has 2")]
    [InlineData("a,b\n1,x\"y\n", 2, "quote inside an unquoted field")]
    [InlineData("a,b\n1,\"x\"y\n", 2, "follows a closing quote")]
    [InlineData("a,b\n1,2\n3,\"open\nstill open", 3, "never closed")]
    [InlineData("a,A\n1,2\n", 1, "twice")]
    [InlineData("a,,b\n1,2,3\n", 1, "column 2 of the header has no name")]
    public void Parse_Malformed_ThrowsWithTheLine(string text, int line, string message)
    {
        var e = Assert.Throws<CsvFormatException>(() => CsvReader.Parse(text));
        Assert.Equal(line, e.Line);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_Throws() => Assert.Throws<ArgumentNullException>(() => CsvReader.Parse(null!));

    [Property]
    public Property Parse_AnyText_ReturnsOrThrowsOnlyCsvFormatException() =>
        Prop.ForAll(Texts().ToArbitrary(), text =>
        {
            try
            {
                var table = CsvReader.Parse(text);
                return table.Rows.All(r => r.Fields.Count == table.Header.Count && r.Line > table.HeaderLine);
            }
            catch (CsvFormatException e)
            {
                return e.Line >= 1 && e.Message.Length > 0;
            }
        });

    [Property]
    public bool Parse_ArbitraryString_ReturnsOrThrowsOnlyCsvFormatException(string? text)
    {
        try
        {
            CsvReader.Parse(text ?? string.Empty);
            return true;
        }
        catch (CsvFormatException e)
        {
            return e.Line >= 1;
        }
    }

    [Property]
    public Property Quote_ThenParse_RoundTripsEveryField() =>
        Prop.ForAll(
            (from columns in Gen.Choose(1, 4)
             from rows in Texts().ArrayOf(columns).ArrayOf()
             from crlf in Gen.Elements(true, false)
             select (columns, rows, crlf)).ToArbitrary(),
            t =>
            {
                var newline = t.crlf ? "\r\n" : "\n";
                var header = string.Join(",", Enumerable.Range(0, t.columns).Select(i => $"c{i}"));
                var text = header + newline + string.Join(newline, t.rows.Select(r => string.Join(",", r.Select(CsvReader.Quote))));
                var table = CsvReader.Parse(text);
                var expectedLines = new List<int>();
                var line = 2;
                foreach (var row in t.rows)
                {
                    expectedLines.Add(line);
                    line += 1 + row.Sum(f => f.Replace("\r\n", "\n", StringComparison.Ordinal).Count(c => c is '\n' or '\r'));
                }

                return table.Rows.Count == t.rows.Length
                    && table.Rows.Select(r => r.Fields).Zip(t.rows).All(p => p.First.SequenceEqual(p.Second))
                    && table.Rows.Select(r => r.Line).SequenceEqual(expectedLines);
            });
}

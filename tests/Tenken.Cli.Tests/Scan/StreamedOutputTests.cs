using Tenken.Cli.Scan;
using Tenken.Core.Documents;
using Tenken.Core.Reports;
using Tenken.Core.Reports.Json;

namespace Tenken.Cli.Tests.Scan;

public sealed class StreamedOutputTests
{
    private static readonly ReviewReport Empty = new() { Documents = [], Run = new RunInfo { Inputs = ["x"] } };

    private static DocumentResult Document() => new(
        new OrdinanceDocument { Id = "d", Title = "点検市例規", Kind = "条例", SourcePath = "d.txt", Format = "text", Articles = [] }, []);

    public sealed class Finish
    {
        [Fact]
        public void Moves_the_finished_file_into_place_and_leaves_nothing_else()
        {
            var dir = Support.Tenken.TempFolder();
            var path = Path.Combine(dir, "results.json");
            using var output = StreamedOutput.TryBegin(path, new JsonReportWriter(), ReportOptions.Default)!;
            output.Add(Document());
            var written = output.Finish(Empty);
            Assert.Null(written.Error);
            Assert.Equal(new FileInfo(path).Length, written.Bytes);
            Assert.Equal(["results.json"], Directory.GetFiles(dir).Select(Path.GetFileName));
        }

        [Fact]
        public void Reports_a_write_error_met_during_the_scan_and_deletes_the_partial_file()
        {
            var dir = Support.Tenken.TempFolder();
            using var output = StreamedOutput.TryBegin(Path.Combine(dir, "results.json"), new FailingWriter(), ReportOptions.Default)!;
            output.Add(Document());
            output.Add(Document());
            var written = output.Finish(Empty);
            Assert.Contains("書き込めません", written.Error, StringComparison.Ordinal);
            Assert.Contains("No space left on device", written.Error, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFiles(dir));
        }
    }

    public sealed class Dispose
    {
        [Fact]
        public void Deletes_the_temporary_file_of_an_unfinished_run()
        {
            var dir = Support.Tenken.TempFolder();
            var output = StreamedOutput.TryBegin(Path.Combine(dir, "results.json"), new JsonReportWriter(), ReportOptions.Default)!;
            output.Add(Document());
            Assert.Single(Directory.GetFiles(dir));
            output.Dispose();
            Assert.Empty(Directory.GetFiles(dir));
        }
    }

    public sealed class TryBegin
    {
        [Fact]
        public void Declines_a_writer_that_cannot_stream_and_leaves_no_file()
        {
            var dir = Support.Tenken.TempFolder();
            Assert.Null(StreamedOutput.TryBegin(Path.Combine(dir, "review.csv"), new Tenken.Core.Reports.Csv.CsvReportWriter(), ReportOptions.Default));
            Assert.Empty(Directory.GetFiles(dir));
        }

        [Fact]
        public void Declines_a_place_where_no_file_can_be_made()
        {
            var dir = Support.Tenken.TempFolder();
            File.WriteAllText(Path.Combine(dir, "blocker"), "a file where a folder should be");
            Assert.Null(StreamedOutput.TryBegin(Path.Combine(dir, "blocker", "results.json"), new JsonReportWriter(), ReportOptions.Default));
        }
    }

    /// <summary>A writer whose file fills up on the second document.</summary>
    private sealed class FailingWriter : IReportWriter
    {
        public IReadOnlyCollection<string> Extensions { get; } = [".json"];

        public void Write(ReviewReport report, Stream output, ReportOptions options) => throw new NotSupportedException();

        public IReportStream BeginStream(Stream output, ReportOptions options) => new FailingStream();

        private sealed class FailingStream : IReportStream
        {
            private int _added;

            public void Add(DocumentResult document)
            {
                if (++_added == 2)
                    throw new IOException("No space left on device");
            }

            public void Finish(ReviewReport report) => throw new InvalidOperationException("Finish must not be called after a write error.");

            public void Dispose()
            {
            }
        }
    }
}

using System.Runtime.CompilerServices;
using System.Text.Json;
using Tenken.Core.Documents;
using Tenken.Core.Reports.Summary;
using Tenken.Core.Reports.Text;
using Tenken.Core.Screening.Model;
using Tenken.Core.Serialization;

namespace Tenken.Core.Reports.Json;

/// <summary>
/// Writes results.json / review.json: <c>articles</c> (every article read, analog or not, with its findings and cue
/// spans), <c>diagnostics</c>, <c>run</c>, <c>summary</c> and, after a project run, <c>changes</c>. The articles come
/// first so that the file can be written while the scan runs (<see cref="BeginStream"/>). The schema is documented
/// in docs/results-json.md. An instance keeps the documents rendered ahead by <see cref="Prepare"/>, so use one per run.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    public const int SchemaVersion = 1;

    // Documents rendered ahead by Prepare, keyed by instance: a stage that changes a document makes a new one.
    private readonly ConditionalWeakTable<DocumentResult, RenderedArticles> _prepared = new();

    public IReadOnlyCollection<string> Extensions { get; } = [".json"];

    public void Prepare(DocumentResult document, ReportOptions options) => _prepared.AddOrUpdate(document, SerializeArticles(document));

    public IReportStream BeginStream(Stream output, ReportOptions options) => new JsonReportStream(this, output);

    public void Write(ReviewReport report, Stream output, ReportOptions options)
    {
        using var w = new Utf8JsonWriter(output, JsonDefaults.Indented);
        WriteHead(w);
        // One article per line: the objects are serialised in parallel per document (this file holds every
        // article's text, tens of MB for a whole 例規集) and copied in order.
        var chunks = report.Documents.AsParallel().AsOrdered()
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(TakeArticles);
        foreach (var articles in chunks)
            WriteArticles(w, articles);
        WriteTail(w, report);
    }

    /// <summary>The document's articles as rendered ahead (forgotten once taken, so only one writer gets them), or rendered now.</summary>
    internal RenderedArticles TakeArticles(DocumentResult document) =>
        _prepared.TryGetValue(document, out var ready) && _prepared.Remove(document) ? ready : SerializeArticles(document);

    internal static void WriteHead(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", SchemaVersion);
        w.WriteStartArray("articles");
    }

    /// <summary>Copies the articles to the output and gives their buffer back.</summary>
    internal static void WriteArticles(Utf8JsonWriter w, RenderedArticles articles)
    {
        using (articles)
        {
            for (var i = 0; i < articles.Count; i++)
                w.WriteRawValue(articles[i], skipInputValidation: true);
            w.Flush();
        }
    }

    internal static void WriteTail(Utf8JsonWriter w, ReviewReport report)
    {
        w.WriteEndArray();
        w.WriteStartArray("diagnostics");
        foreach (var d in report.Diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            w.WriteString("file", d.File);
            w.WriteNumber("line", d.Line);
            w.WriteString("message", d.Message);
            if (d.Code.Length > 0)
                w.WriteString("code", d.Code);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteRun(w, report.Run);
        SummaryJson.Write(w, ReportSummary.Of(report));
        if (report.Changes.Count > 0)
            WriteChanges(w, report.Changes);
        w.WriteEndObject();
        w.Flush();
    }

    /// <summary>A document's articles, each as compact JSON.</summary>
    private static RenderedArticles SerializeArticles(DocumentResult document)
    {
        // About three UTF-8 bytes per character of Japanese text, plus the fields around it.
        var buffer = new PooledBufferWriter(document.Articles.Sum(a => a.Article.Text.Length * 3 + 512));
        var ends = new int[document.Articles.Count];
        using var w = new Utf8JsonWriter(buffer, JsonDefaults.Compact);
        var links = UnitLinks.Of(document.Document);
        for (var i = 0; i < ends.Length; i++)
        {
            WriteArticle(w, document, document.Articles[i], links);
            w.Flush();
            ends[i] = buffer.WrittenCount;
            w.Reset();
        }
        return new RenderedArticles(buffer, ends);
    }

    private static void WriteArticle(Utf8JsonWriter w, DocumentResult document, ArticleResult result, UnitLinks links)
    {
        w.WriteStartObject();
        ArticleJsonWriter.WriteFields(w, document.Document, result.Article, includeStructure: false, links);
        w.WriteBoolean("analog", result.Analog);
        w.WriteStartArray("categories");
        foreach (var c in result.Categories)
            w.WriteStringValue(c.Code());
        w.WriteEndArray();
        w.WriteBoolean("digitalRoute", result.DigitalRouteExists);
        w.WriteStartArray("findings");
        var places = result.Findings.Count > 0 ? ArticlePlaces.For(result.Article) : null;
        foreach (var f in result.Findings)
            FindingJson.Write(w, f, places!.Of(f.Cues.Select(c => c.Start)));
        w.WriteEndArray();
        if (result.Suppressed.Count > 0)
        {
            w.WriteStartArray("suppressed");
            foreach (var s in result.Suppressed)
                FindingJson.WriteSuppressed(w, s);
            w.WriteEndArray();
        }
        if (result.Basis is { } basis)
        {
            w.WriteStartObject("basis");
            w.WriteString("kind", basis.Kind.ToString());
            w.WriteString("citation", basis.Citation);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteRun(Utf8JsonWriter w, RunInfo run)
    {
        w.WriteStartObject("run");
        w.WriteString("tool", "tenken " + run.ToolVersion);
        w.WriteString("startedAt", run.StartedAt);
        w.WriteNumber("elapsedSeconds", Math.Round(run.Elapsed.TotalSeconds, 3));
        w.WriteNumber("filesRead", run.FilesRead);
        w.WriteNumber("filesFailed", run.FilesFailed);
        w.WriteStartArray("inputs");
        foreach (var i in run.Inputs)
            w.WriteStringValue(i);
        w.WriteEndArray();
        if (run.ProjectName.Length > 0)
            w.WriteString("project", run.ProjectName);
        if (run.LlmSummary.Length > 0)
            w.WriteString("llm", run.LlmSummary);
        w.WriteEndObject();
    }

    private static void WriteChanges(Utf8JsonWriter w, IReadOnlyList<ChangeEntry> changes)
    {
        w.WriteStartArray("changes");
        foreach (var c in changes)
        {
            w.WriteStartObject();
            w.WriteString("kind", c.Kind.ToString().ToLowerInvariant());
            w.WriteString("kindName", ReportLabels.Change(c.Kind));
            w.WriteString("key", c.ArticleKey);
            w.WriteString("title", c.DocumentTitle);
            w.WriteString("article", c.ArticleTitle);
            w.WriteString("summary", c.Summary);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}

using Tenken.Core.Documents;
using Tenken.Core.Reading;
using Tenken.Core.Reports;
using Tenken.Core.Screening;
using Tenken.Core.Screening.Model;
using Tenken.Knowledge.Scans;
using Tenken.Knowledge.Store;

namespace Tenken.Knowledge.Tests.Support;

/// <summary>Runs a scan of in-memory documents through the journal the way the CLI does.</summary>
public static class JournalScan
{
    public static readonly ScanFingerprint Fingerprint = ScanFingerprint.Create(ReaderOptions.Default, []);
    public static readonly ScreeningPipeline Screener = new ScreeningPipelineBuilder().Build();

    /// <summary>Runs one scan of the documents through the journal, as the CLI does; returns the results, changes and counters.</summary>
    public static (List<(OrdinanceDocument, ArticleResult)> Results, ScanChanges Changes, int Screened, int Reused) Run(ProjectStore store, params OrdinanceDocument[] documents)
    {
        using var journal = ScanJournal.Begin(store, Fingerprint, ["test"], "0.0.0");
        var results = new List<(OrdinanceDocument, ArticleResult)>();
        foreach (var document in documents)
        {
            var articles = new List<ArticleResult>();
            foreach (var article in document.Articles)
            {
                var result = journal.Recall(article);
                if (result is null)
                {
                    result = Screener.Screen(article, document);
                    journal.Record(article, result);
                }
                articles.Add(result);
                results.Add((document, result));
            }
            journal.CompleteFile(document.SourcePath, ContentHash.Of(document.Id + string.Join("", document.Articles.Select(a => a.Text))), [new DocumentResult(document, articles)], write: true);
        }
        var changes = journal.Finish();
        return (results, changes, journal.Screened, journal.Reused);
    }
}

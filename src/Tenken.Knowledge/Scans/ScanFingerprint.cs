using System.Globalization;
using Tenken.Core.Documents;
using Tenken.Core.Reading;
using Tenken.Knowledge.Store;

namespace Tenken.Knowledge.Scans;

/// <summary>
/// What a stored result depends on besides the text: <see cref="ReadVersion"/> (the readers and their options)
/// decides whether an unchanged file may skip parsing, <see cref="AnalysisVersion"/> (the rules, lexicons and
/// options) whether an unchanged article may skip screening. Both change with every build of Tenken.Core.
/// </summary>
public sealed record ScanFingerprint(string ReadVersion, string AnalysisVersion)
{
    public static ScanFingerprint Create(ReaderOptions readerOptions, IEnumerable<string> lexiconFiles, string screeningOptions = "")
    {
        var core = typeof(Article).Assembly.ManifestModule.ModuleVersionId.ToString("N", CultureInfo.InvariantCulture);
        var read = ContentHash.Of($"core={core};suppl={readerOptions.IncludeSupplementaryParagraphs}")[..16];
        var lexicons = string.Join(";", lexiconFiles.Select(f => File.Exists(f) ? ContentHash.OfFile(f) : "missing:" + f));
        var analysis = ContentHash.Of($"core={core};lexicons={lexicons};options={screeningOptions}")[..16];
        return new ScanFingerprint(read, analysis);
    }
}

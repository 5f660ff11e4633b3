namespace Tenken.Core.Reading;

/// <summary>
/// Reads one format into documents. Implementations are stateless and thread-safe; problems are added to
/// <see cref="ReadContext.Diagnostics"/> (with file and place) instead of thrown.
/// </summary>
public interface IDocumentReader
{
    /// <summary>Short format name written into <see cref="Documents.OrdinanceDocument.Format"/>.</summary>
    string Format { get; }

    /// <summary>File extensions (with dot, lower case) picked up when a folder is walked.</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>How sure the reader is that it handles the source (0 = not at all); the highest score wins.</summary>
    int Probe(SourceProbe probe);

    /// <summary>Reads every document in the source (a spreadsheet may hold several).</summary>
    IEnumerable<Documents.OrdinanceDocument> Read(SourceInput input, ReadContext context);
}

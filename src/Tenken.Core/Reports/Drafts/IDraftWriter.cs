namespace Tenken.Core.Reports.Drafts;

/// <summary>Writes a <see cref="DraftReport"/> in one format, chosen by the output file's extension.</summary>
public interface IDraftWriter
{
    /// <summary>Extensions (with dot, lower case) this writer produces, e.g. <c>.docx</c>.</summary>
    IReadOnlyCollection<string> Extensions { get; }

    void Write(DraftReport report, Stream output, DraftColumnOrder order);
}

using Tenken.Core.Reports.Drafts;
using Tenken.Office.Drafts;

namespace Tenken.Cli.Draft;

/// <summary>Every draft writer this build knows, by output extension.</summary>
internal static class DraftWriters
{
    private static readonly IDraftWriter[] All = [new DraftJsonWriter(), new DraftHtmlWriter(), new DraftDocxWriter(), new DraftXlsxWriter()];

    public static IReadOnlyCollection<string> Extensions => [.. All.SelectMany(w => w.Extensions)];

    public static IDraftWriter? ForPath(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return All.LastOrDefault(w => w.Extensions.Contains(ext));
    }
}

using Tenken.Core.Drafting;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Reports.Drafts;

/// <summary>The Japanese words every draft writer uses, defined once so the formats agree.</summary>
public static class DraftLabels
{
    public const string After = "改正後";
    public const string Before = "改正前";
    public const string Underlined = "（傍線部分は改正部分）";
    public const string Manual = "要個別検討";
    public const string Enforcement = "この{0}は、令和　年　月　日から施行する。";

    /// <summary>The two column headers in the order asked for.</summary>
    public static (string First, string Second) Headers(DraftColumnOrder order) =>
        order == DraftColumnOrder.AfterBefore ? (After, Before) : (Before, After);

    /// <summary>Category names of a draft joined by 、 (書面規制、押印規制).</summary>
    public static string Categories(IEnumerable<RegulationCategory> categories) =>
        string.Join("、", categories.Select(c => c.JapaneseName()));

    /// <summary>The opening sentence of the 本則: 「…条例（…）の一部を次のように改正する。」</summary>
    public static string Opening(DocumentDrafts document) =>
        $"{document.Title}{(string.IsNullOrEmpty(document.Number) ? "" : $"（{document.Number}）")}の一部を次のように改正する。";

    /// <summary>The 附則 line with the date left to fill in.</summary>
    public static string EnforcementLine(DocumentDrafts document) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Enforcement, document.AmendingKind);
}

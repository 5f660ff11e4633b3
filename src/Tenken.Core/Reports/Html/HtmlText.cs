using System.Net;
using Tenken.Core.Reports.Text;

namespace Tenken.Core.Reports.Html;

/// <summary>Escaping for the overview: every text from an input goes through <see cref="Encode"/>.</summary>
internal static class HtmlText
{
    /// <summary>Escapes &amp; &lt; &gt; " and ' so text is safe in element content and quoted attributes.</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>The text escaped, with each span wrapped in <c>&lt;mark&gt;</c>.</summary>
    public static void WriteMarked(TextWriter w, string text, IReadOnlyList<TextSpan> spans)
    {
        foreach (var (start, end, marked) in CueSpans.Segments(spans, text.Length))
        {
            if (marked)
                w.Write("<mark>");
            w.Write(Encode(text[start..end]));
            if (marked)
                w.Write("</mark>");
        }
    }
}

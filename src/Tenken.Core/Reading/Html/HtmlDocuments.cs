using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Tenken.Core.Reading.Text;

namespace Tenken.Core.Reading.Html;

/// <summary>Decoding and parsing shared by the HTML readers; problems become diagnostics naming the file.</summary>
internal static class HtmlDocuments
{
    public static bool IsHtmlExtension(string extension) => extension is ".html" or ".htm" or ".xhtml";

    /// <summary>True when the first bytes look like an HTML page whatever the extension.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        var text = System.Text.Encoding.Latin1.GetString(head[..Math.Min(head.Length, 1024)]);
        return text.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase) || text.Contains("<html", StringComparison.OrdinalIgnoreCase);
    }

    public static IDocument? Load(SourceInput input, ReadContext context, out string encoding)
    {
        encoding = "";
        if (!HtmlDecoder.TryDecode(input.Bytes.Span, out var decoded, out var failure))
        {
            context.Diagnostics.Error(input.Path, 0, failure!.Message, failure.Code);
            return null;
        }
        encoding = decoded!.EncodingName;
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        return parser.ParseDocument(decoded.Text);
    }

    public static string NoArticlesMessage(string format, string encoding) =>
        $"HTMLページに条文が見つかりません（{format}として読みました、{encoding}）。「第1条」「第一条」のような条の見出しがありません。例規の本文のページか確認してください。";
}

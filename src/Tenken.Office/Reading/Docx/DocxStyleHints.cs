using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using Tenken.Core.Structure;

namespace Tenken.Office.Reading.Docx;

/// <summary>
/// Maps a paragraph's style to a <see cref="LineHint"/> where the style says what the line is: a Title style,
/// custom 例規 styles named 条 / 項 / 号 / 附則 / 見出し, and Heading styles read together with their text.
/// </summary>
internal sealed partial class DocxStyleHints(Styles? styles)
{
    private readonly Dictionary<string, string> _names = (styles?.Elements<Style>() ?? [])
        .Where(s => s.StyleId?.Value is not null)
        .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => Normalize(g.First().StyleName?.Val?.Value ?? g.Key), StringComparer.Ordinal);

    public LineHint Hint(Paragraph paragraph, string text, bool isFirstLine)
    {
        var id = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        if (id is null || !_names.TryGetValue(id, out var name))
            return LineHint.None;
        switch (name)
        {
            case "title" or "表題" or "題名" or "タイトル" or "例規名":
                return LineHint.Title;
            case "条" or "条文":
                return LineHint.Article;
            case "項":
                return LineHint.Paragraph;
            case "号":
                return LineHint.Item;
            case "附則":
                return LineHint.Supplementary;
            case "別表":
                return LineHint.Appendix;
            case "見出し" or "条見出し":
                return LineHint.Caption;
        }
        if (!name.StartsWith("heading", StringComparison.Ordinal) && !name.StartsWith("見出し", StringComparison.Ordinal))
            return LineHint.None;
        if (CaptionPattern().IsMatch(text))
            return LineHint.Caption;
        if (DivisionPattern().IsMatch(text))
            return LineHint.Division;
        if (SupplementaryPattern().IsMatch(text))
            return LineHint.Supplementary;
        return isFirstLine ? LineHint.Title : LineHint.None;
    }

    private static string Normalize(string name)
    {
        var sb = new StringBuilder();
        foreach (var ch in name.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(ch))
                sb.Append(char.ToLowerInvariant(ch));
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"^[（(][^）)]+[）)]$")]
    private static partial Regex CaptionPattern();

    [GeneratedRegex(@"^第[一二三四五六七八九十百〇0-9０-９]+[編章節款目]")]
    private static partial Regex DivisionPattern();

    [GeneratedRegex(@"^附\s*則")]
    private static partial Regex SupplementaryPattern();
}

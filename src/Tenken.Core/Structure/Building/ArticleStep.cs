using System.Globalization;

namespace Tenken.Core.Structure.Building;

/// <summary>
/// Opens each 条 with its first 項 and remembers how far the numbering has gone, which tells a 読替え table row that
/// looks like an article (第四十四条　行政不服審査会等　…) and the end of a 別表 placed before later 条.
/// </summary>
internal sealed class ArticleStep(BuildContext context, CaptionStep captions)
{
    private int _lastMain;
    private string _lastNum = "0";

    public void Start(ClassifiedLine line)
    {
        context.CloseArticle();
        var deleted = line.Body.Trim() == "削除";
        var article = new ArticleDraft
        {
            Num = line.Num,
            Title = line.Label,
            Caption = captions.ForArticle(line, deleted),
            SupplementaryIndex = context.SupplementaryIndex,
            SupplementaryLabel = context.SupplementaryLabel,
            Divisions = context.Divisions.Headings(),
            Line = line.LineNumber,
        };
        context.Article = article;
        var first = new ParagraphDraft("1", "", line.LineNumber);
        first.Text.Append(line.Body);
        article.Paragraphs.Add(first);
        context.Target = first;
        _lastMain = Math.Max(_lastMain, MainNumber(line.Num));
        if (CompareNums(line.Num, _lastNum) > 0)
            _lastNum = line.Num;
    }

    /// <summary>
    /// An article line inside an open article that is a table row: no sentence after the label, and either a number
    /// that goes backwards or cells separated by spaces.
    /// </summary>
    public bool LooksLikeTableRow(ClassifiedLine line)
    {
        if (context.Article is null || line.Source.Hint == LineHint.Article || line.Caption is not null || captions.IsPending)
            return false;
        var body = line.Body.TrimEnd();
        if (body.Length == 0 || body.EndsWith('。') || body == "削除")
            return false;
        return CompareNums(line.Num, _lastNum) <= 0 || body.Contains('　');
    }

    /// <summary>True when the article continues the numbering: the appended block above it has ended.</summary>
    public bool ContinuesNumbering(ClassifiedLine line) => MainNumber(line.Num) > _lastMain;

    /// <summary>Each 附則 numbers its articles from 1 again.</summary>
    public void RestartNumbering()
    {
        _lastMain = 0;
        _lastNum = "0";
    }

    // Orders e-Gov Nums: 54 < 54_2 < 55; a range counts by its last article.
    internal static int CompareNums(string a, string b)
    {
        static int[] Parts(string num) =>
            [.. num[(num.LastIndexOf(':') + 1)..].Split('_').Select(p => int.TryParse(p, out var v) ? v : 0)];
        var x = Parts(a);
        var y = Parts(b);
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            if (x[i] != y[i])
                return x[i].CompareTo(y[i]);
        }
        return x.Length.CompareTo(y.Length);
    }

    internal static int MainNumber(string num)
    {
        var end = 0;
        while (end < num.Length && char.IsAsciiDigit(num[end]))
            end++;
        return end == 0 ? 0 : int.Parse(num.AsSpan(0, Math.Min(end, 9)), CultureInfo.InvariantCulture);
    }
}

using Tenken.Core.Documents;
using Tenken.Core.Reading;

namespace Tenken.Core.Structure.Building;

/// <summary>
/// Hands out article keys (<see cref="ArticleKeys"/>); a key already given gets <c>~2</c>, <c>~3</c> … and a
/// warning, so two 第5条 (or two 様式第1号) in one file stay distinct.
/// </summary>
internal sealed class KeyAllocator(string documentId, string path, ReadContext context)
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    public string For(ArticleDraft draft)
    {
        var key = (draft.IsUnit, draft.SupplementaryIndex > 0) switch
        {
            (true, true) => $"{documentId}#附則{draft.SupplementaryIndex}",
            (true, false) => $"{documentId}#本則",
            (false, true) => ArticleKeys.Supplementary(documentId, draft.SupplementaryIndex, draft.Num),
            (false, false) => ArticleKeys.Main(documentId, draft.Num),
        };
        return Unique(key, draft.Title, draft.Line);
    }

    /// <summary>The key of a 様式 or 別表 unit: <c>&lt;doc&gt;#&lt;label&gt;</c>.</summary>
    public string ForAppended(string label, string title, int line) => Unique(ArticleKeys.Appended(documentId, label), title, line);

    private string Unique(string key, string title, int line)
    {
        if (_keys.Add(key))
            return key;
        var n = 2;
        while (!_keys.Add($"{key}~{n}"))
            n++;
        context.Diagnostics.Warning(path, line, $"{title} が重複しています。キー {key}~{n} を付けました。", "TK2002");
        return $"{key}~{n}";
    }
}

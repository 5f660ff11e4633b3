using Tenken.Core.Documents;
using Tenken.Core.Reading;

namespace Tenken.Core.Structure.Building;

/// <summary>
/// Hands out article keys (<see cref="ArticleKeys"/>); a key already given gets <c>~2</c>, <c>~3</c> … and a
/// warning, so two 第5条 (or two 様式第1号) in one file stay distinct.
/// </summary>
/// <remarks>
/// The search for a free suffix resumes where the last one for the same key stopped: every suffix below it is taken
/// and keys are never released, so the result is the same as counting from 2, in constant time per key instead of
/// time growing with the number of duplicates (40,000 repeated 第1条 took minutes).
/// </remarks>
internal sealed class KeyAllocator(string documentId, string path, ReadContext context)
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);

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
        var n = _nextSuffix.GetValueOrDefault(key, 2);
        while (!_keys.Add($"{key}~{n}"))
            n++;
        _nextSuffix[key] = n + 1;
        context.Diagnostics.Warning(path, line, $"{title} が重複しています。キー {key}~{n} を付けました。", "TK2002");
        return $"{key}~{n}";
    }
}

using System.Text;

namespace Tenken.Office.Reading.Spreadsheet;

/// <summary>
/// Ids for the documents of one spreadsheet (documented in docs/office-input.md): the 例規番号 when the row
/// gives one (NFKC, spaces removed: 平成１８年 条例第２５号 → 平成18年条例第25号), else
/// <c>&lt;file name&gt;-&lt;例規名&gt;</c>; characters that cannot appear in a key or path become "_", and a
/// second document with the same id in the file gets "~2", "~3"….
/// </summary>
internal sealed class DocumentIds(string fileStem)
{
    private const int MaxTitleLength = 60;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string For(string? number, string? title)
    {
        var id = !string.IsNullOrWhiteSpace(number) ? Clean(number)
            : !string.IsNullOrWhiteSpace(title) ? $"{fileStem}-{Truncate(Clean(title))}"
            : fileStem;
        if (_used.Add(id))
            return id;
        var n = 2;
        while (!_used.Add($"{id}~{n}"))
            n++;
        return $"{id}~{n}";
    }

    private static string Clean(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(ch) || char.IsControl(ch))
                continue;
            sb.Append(ch is '#' or '/' or '\\' or ':' or '?' or '*' or '"' or '<' or '>' or '|' or '~' ? '_' : ch);
        }
        return sb.ToString();
    }

    private static string Truncate(string s) => s.Length <= MaxTitleLength ? s : s[..MaxTitleLength];
}

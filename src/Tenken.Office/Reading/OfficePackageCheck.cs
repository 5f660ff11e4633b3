using Tenken.Core.Reading;

namespace Tenken.Office.Reading;

/// <summary>
/// Decides before opening whether a file is the expected Office Open XML package (Word or Excel), and says in
/// one diagnostic what it is instead: an encrypted file, an Office 97-2003 file, a broken zip, another package.
/// </summary>
internal static class OfficePackageCheck
{
    public static bool IsReadable(SourceInput input, ReadContext context, OfficeApp expected)
    {
        var problem = Problem(input, expected);
        if (problem is null)
            return true;
        context.Diagnostics.Error(input.Path, 0, problem.Value.Message, problem.Value.Code);
        return false;
    }

    private static (string Message, string Code)? Problem(SourceInput input, OfficeApp expected)
    {
        var bytes = input.Bytes.Span;
        var what = expected.Noun;
        if (OfficeContainer.IsOle(bytes))
        {
            if (OfficeContainer.OleHasEntry(bytes, "EncryptedPackage"))
                return ($"パスワードで保護（暗号化）された{what}は読めません。{expected.App}でパスワードを解除して保存し直してください。", "TK2001");
            if (OfficeContainer.OleHasEntry(bytes, expected.LegacyStream))
                return ($"古い{expected.App}形式（{expected.App} 97-2003 の {expected.LegacyExtension}）は読めません。{expected.App}で開き「名前を付けて保存」で「{expected.SaveAs}」を選んで保存し直してください。", "TK2002");
            return ($"{what}ではありません（Office 97-2003 形式のファイルですが{expected.App}のデータがありません）。", "TK2003");
        }
        if (bytes.StartsWith("{\\rtf"u8))
            return ($"リッチテキスト形式（RTF）は読めません。Wordで開き「Word 文書（*.docx）」として保存し直してください。", "TK2003");
        if (!OfficeContainer.IsZip(bytes))
            return ($"{what}（{expected.Extension}）ではありません（ファイルの先頭がZIP形式になっていません）。", "TK2003");
        using var stream = input.OpenStream();
        var entries = OfficeContainer.ZipEntries(stream, out var broken);
        if (entries is null)
            return ($"{what}（{expected.Extension}）が壊れています（ZIPとして読めません。途中で切れている可能性があります）: {broken}", "TK2004");
        var kind = OfficeContainer.OfficeKind(entries);
        if (kind == expected.Kind)
            return null;
        return kind switch
        {
            "word" => ($"中身はWord文書です（{what}ではありません）。拡張子を .docx に直してください。", "TK2003"),
            "excel" => ($"中身はExcelブックです（{what}ではありません）。拡張子を .xlsx に直してください。", "TK2003"),
            "powerpoint" => ($"中身はPowerPointのファイルです（{what}ではありません）。", "TK2003"),
            _ => ($"{what}ではありません（中身は{expected.App}のデータを含まないZIPです: {OfficeContainer.Describe(entries)}）。", "TK2003"),
        };
    }
}

/// <summary>What an Office reader expects, with the words its messages use.</summary>
internal sealed record OfficeApp(string Kind, string App, string Noun, string Extension, string LegacyExtension, string SaveAs, string LegacyStream)
{
    public static OfficeApp Word { get; } = new("word", "Word", "Word文書", ".docx", ".doc", "Word 文書（*.docx）", "WordDocument");

    public static OfficeApp Excel { get; } = new("excel", "Excel", "Excelブック", ".xlsx", ".xls", "Excel ブック（*.xlsx）", "Workbook");
}

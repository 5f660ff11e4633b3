using System.Text;
using Tenken.Core.Diagnostics;

namespace Tenken.Core.Screening;

/// <summary>
/// Reads a municipality's text file (lexicon, rules) as staff save it: UTF-8 with or without BOM, UTF-16 with BOM
/// (Excel's "Unicode テキスト"), or Shift_JIS with a warning. A file that cannot be read is an error, not an exception.
/// </summary>
internal static class UserFileText
{
    /// <summary>The text, or null (with an error naming <paramref name="kind"/>, e.g. 語彙ファイル) when unreadable.</summary>
    public static string? Read(string path, string kind, string code, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(path, 0, $"{kind}を読み込めません: {ex.Message}", $"{code}.io");
            return null;
        }
        return Decode(bytes, path, kind, code, diagnostics);
    }

    private static string Decode(byte[] bytes, string path, string kind, string code, DiagnosticBag diagnostics)
    {
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
            return new StreamReader(new MemoryStream(bytes), Encoding.Unicode, detectEncodingFromByteOrderMarks: true).ReadToEnd();
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            var sjis = CodePagesEncodingProvider.Instance.GetEncoding(932)!;
            diagnostics.Warning(path, 0, $"{kind}が UTF-8 ではないため Shift_JIS として読みました。UTF-8 で保存することをお勧めします。", $"{code}.encoding");
            return sjis.GetString(bytes);
        }
    }
}

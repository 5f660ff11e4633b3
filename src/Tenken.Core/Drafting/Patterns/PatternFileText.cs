using System.Text;
using Tenken.Core.Diagnostics;

namespace Tenken.Core.Drafting.Patterns;

/// <summary>Reads a pattern file as text: UTF-8 (BOM or not), UTF-16 with a BOM, else Shift_JIS with a warning.</summary>
internal static class PatternFileText
{
    public static string? Read(string path, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(path, 0, $"改正パターンのファイルを読み込めません: {ex.Message}", "draft.patterns.io");
            return null;
        }
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
            return new StreamReader(new MemoryStream(bytes), Encoding.Unicode, detectEncodingFromByteOrderMarks: true).ReadToEnd();
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Warning(path, 0, "改正パターンのファイルが UTF-8 ではないため Shift_JIS として読みました。UTF-8 で保存することをお勧めします。", "draft.patterns.encoding");
            return CodePagesEncodingProvider.Instance.GetEncoding(932)!.GetString(bytes);
        }
    }
}

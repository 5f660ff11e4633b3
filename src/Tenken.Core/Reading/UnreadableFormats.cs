namespace Tenken.Core.Reading;

/// <summary>
/// What to tell a user about a file no reader takes: an image (the text is pixels), a word processor Tenken does
/// not read, or an unknown type; and which files in a folder are notes beside the 例規 rather than 例規.
/// </summary>
public static class UnreadableFormats
{
    private const string Supported = "e-Gov XML・テキスト・HTML・Word（.docx）・Excel・CSV・文字情報のあるPDF に対応しています。";

    private static readonly HashSet<string> ImageExtensions = new(StringComparer.OrdinalIgnoreCase)
        { ".png", ".jpg", ".jpeg", ".jpe", ".tif", ".tiff", ".gif", ".bmp", ".webp", ".heic" };

    private static readonly HashSet<string> NoteNames = new(StringComparer.OrdinalIgnoreCase) { "Thumbs.db", "desktop.ini" };

    /// <summary>A note kept beside the 例規 (README.md, a SOURCES.md, Windows' Thumbs.db): skipped with an info line, not read.</summary>
    public static bool IsNote(string path) =>
        NoteNames.Contains(Path.GetFileName(path)) || Path.GetExtension(path).ToLowerInvariant() is ".md" or ".markdown";

    /// <summary>The Japanese message for a file no reader takes, naming what it looks like and what to do.</summary>
    public static string Describe(SourceInput input)
    {
        var ext = Path.GetExtension(input.Path);
        var bytes = input.Bytes.Span;
        if (ImageKind(ext, bytes) is { } image)
            return $"画像ファイル（{image}）のため読み込めません。画像の中の文字は読み取れないので、OCR などで文字にしたもの（テキスト・Word・文字情報のあるPDF）を読み込んでください。";
        if (bytes.StartsWith("%PDF"u8))
            return "PDFを読む機能が組み込まれていないため読み込めません。" + Supported;
        if (ext.Equals(".jtd", StringComparison.OrdinalIgnoreCase) || ext.Equals(".rtf", StringComparison.OrdinalIgnoreCase))
            return $"対応していない形式です（拡張子「{ext}」）。Word（.docx）かテキストで保存し直して読み込んでください。";
        return bytes.IndexOf((byte)0) >= 0
            ? $"対応していない形式です（バイナリファイル、拡張子「{ext}」）。{Supported}"
            : $"対応していない形式です（拡張子「{ext}」）。{Supported}";
    }

    // By content first (a scan saved under another name), then by extension.
    private static string? ImageKind(string extension, ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]))
            return "PNG";
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
            return "JPEG";
        if (head.StartsWith("GIF8"u8))
            return "GIF";
        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8))
            return "TIFF";
        if (head.StartsWith("BM"u8) && ImageExtensions.Contains(extension))
            return "BMP";
        return ImageExtensions.Contains(extension) ? extension.TrimStart('.').ToUpperInvariant() : null;
    }
}

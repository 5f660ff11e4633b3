using System.Text;
using System.Text.RegularExpressions;
using Tenken.Core.Reading.Text;

namespace Tenken.Core.Reading.Html;

/// <summary>
/// Decodes an HTML page: a BOM wins, then the charset declared in <c>&lt;meta charset&gt;</c> or
/// <c>http-equiv="content-type"</c> (if the bytes really are in it), else detection as for plain text
/// (第一法規 pages are sometimes Shift_JIS without saying so).
/// </summary>
public static partial class HtmlDecoder
{
    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*(?<cs>[A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out DecodedText? decoded, out DecodeFailure? failure)
    {
        var hasBom = bytes is [0xEF, 0xBB, 0xBF, ..] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];
        if (!hasBom && DeclaredCharset(bytes) is { } declared && EncodingFor(declared) is { } encoding)
        {
            try
            {
                var text = encoding.GetString(bytes);
                decoded = new DecodedText(text, declared);
                failure = null;
                return true;
            }
            catch (DecoderFallbackException)
            {
                // The declaration is wrong (a page saved in another encoding); detect instead.
            }
        }
        return TextDecoder.TryDecode(bytes, out decoded, out failure);
    }

    /// <summary>The charset named in the first 4 KB, read as ASCII; null when none is declared.</summary>
    public static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var m = MetaCharset().Match(head);
        return m.Success ? m.Groups["cs"].Value.ToLowerInvariant() : null;
    }

    private static Encoding? EncodingFor(string charset)
    {
        var codePage = charset switch
        {
            "utf-8" or "utf8" => 65001,
            "shift_jis" or "shift-jis" or "sjis" or "x-sjis" or "windows-31j" or "cp932" or "ms932" or "ms_kanji" => 932,
            "euc-jp" or "x-euc-jp" or "eucjp" => 51932,
            "iso-2022-jp" => 50220,
            _ => 0,
        };
        return codePage switch
        {
            0 => null,
            65001 => new UTF8Encoding(false, true),
            _ => CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
        };
    }
}

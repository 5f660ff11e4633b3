using System.Text;
using System.Text.Unicode;

namespace Tenken.Core.Reading.Text;

/// <summary>
/// Detects the encoding of Japanese text instead of assuming one: a BOM first (UTF-8, UTF-16 LE/BE, UTF-32),
/// then UTF-16 without BOM by its NUL pattern, ISO-2022-JP by its escapes, then strict UTF-8, strict Shift_JIS
/// (CP932) and strict EUC-JP, in that order (valid UTF-8 is preferred because random CP932 rarely validates as
/// UTF-8, while the reverse happens). Bytes that fit none of them, or NULs that are not UTF-16, are binary.
/// </summary>
public static class TextDecoder
{
    private const int SampleLength = 64 * 1024;

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out DecodedText? decoded, out DecodeFailure? failure)
    {
        decoded = null;
        failure = null;
        if (TryBom(bytes, out decoded, out failure))
            return decoded is not null;
        var nuls = bytes.Count((byte)0);
        if (nuls > 0)
        {
            var utf16 = Utf16ByNulPattern(bytes);
            if (utf16 is not null && TryStrict(utf16, bytes, utf16.WebName.EndsWith("be", StringComparison.OrdinalIgnoreCase) ? "UTF-16 BE" : "UTF-16 LE", out decoded))
                return true;
            failure = new DecodeFailure($"バイナリファイルのようです（NUL文字が{nuls:N0}個あり、UTF-16 のテキストでもありません）。テキストとして読めません。", "TK2101");
            return false;
        }
        if (bytes.IndexOf("\u001b$B"u8) >= 0 || bytes.IndexOf("\u001b$@"u8) >= 0)
        {
            if (TryStrict(CodePages(50220), bytes, "ISO-2022-JP", out decoded))
                return true;
        }
        if (Utf8.IsValid(bytes))
            return Accept(Encoding.UTF8.GetString(bytes), "UTF-8", out decoded, out failure);
        if (TryStrict(CodePages(932), bytes, "Shift_JIS", out decoded) || TryStrict(CodePages(51932), bytes, "EUC-JP", out decoded))
            return Accept(decoded!.Text, decoded.EncodingName, out decoded, out failure);
        failure = new DecodeFailure(
            "文字コードを判別できません。UTF-8・UTF-16・Shift_JIS（CP932）・EUC-JP のどれとしても読めないバイトがあります。バイナリファイルか、壊れたテキストではありませんか。", "TK2102");
        return false;
    }

    private static bool TryBom(ReadOnlySpan<byte> bytes, out DecodedText? decoded, out DecodeFailure? failure)
    {
        decoded = null;
        failure = null;
        (Encoding? encoding, int skip, string name) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false, true), 3, "UTF-8 (BOM)"),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(false, false, true), 4, "UTF-32 LE"),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(false, false, true), 2, "UTF-16 LE"),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(true, false, true), 2, "UTF-16 BE"),
            _ => ((Encoding?)null, 0, ""),
        };
        if (encoding is null)
            return false;
        try
        {
            Accept(encoding.GetString(bytes[skip..]), name, out decoded, out failure);
        }
        catch (DecoderFallbackException ex)
        {
            failure = new DecodeFailure($"{name} の印（BOM）がありますが、{ex.Index + skip:N0}バイト目付近が {name} として読めません。", "TK2103");
        }
        return true;
    }

    // UTF-16 without BOM: line breaks and tabs are (0A|0D|09, 00) pairs in little-endian, (00, 0A|0D|09) in
    // big-endian. NULs alone do not tell the order, since U+3000 and many kanji have a zero byte too; the swapped
    // reading of a line break (U+0A00, U+0D00) is an Indic letter that Japanese text never has.
    private static Encoding? Utf16ByNulPattern(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % 2 != 0)
            return null;
        var sample = bytes[..Math.Min(bytes.Length, SampleLength)];
        int little = 0, big = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i + 1] == 0 && sample[i] is 0x0A or 0x0D or 0x09)
                little++;
            else if (sample[i] == 0 && sample[i + 1] is 0x0A or 0x0D or 0x09)
                big++;
        }
        if (little > 0 && big * 4 <= little)
            return new UnicodeEncoding(false, false, true);
        if (big > 0 && little * 4 <= big)
            return new UnicodeEncoding(true, false, true);
        return null;
    }

    private static bool TryStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string name, out DecodedText? decoded)
    {
        decoded = null;
        try
        {
            var text = encoding.GetString(bytes);
            if (CountControls(text) > 0)
                return false;
            decoded = new DecodedText(text, name);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool Accept(string text, string name, out DecodedText? decoded, out DecodeFailure? failure)
    {
        var controls = CountControls(text);
        if (controls > 0)
        {
            decoded = null;
            failure = new DecodeFailure($"バイナリファイルのようです（{name} として読むと制御文字が{controls:N0}個あります）。テキストとして読めません。", "TK2101");
            return false;
        }
        decoded = new DecodedText(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text, name);
        failure = null;
        return true;
    }

    // Control characters other than tab, line breaks, form feed and ESC do not occur in text files.
    private static int CountControls(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\u001b') || c == '\u007f')
                count++;
        }
        return count;
    }

    private static Encoding CodePages(int codePage) =>
        CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException($"code page {codePage} is not available");
}

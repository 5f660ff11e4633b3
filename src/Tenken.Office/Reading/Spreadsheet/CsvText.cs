using System.Text;

namespace Tenken.Office.Reading.Spreadsheet;

/// <summary>
/// Decodes a CSV file's bytes: a BOM decides (UTF-8, UTF-16), else strict UTF-8 when the bytes are valid UTF-8,
/// else Shift_JIS (CP932), which is what Excel writes for 「CSV（コンマ区切り）」 on Japanese Windows.
/// </summary>
internal static class CsvText
{
    public static string Decode(ReadOnlySpan<byte> bytes, out string encodingName)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            encodingName = "UTF-8 (BOM)";
            return Encoding.UTF8.GetString(bytes[3..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            encodingName = "UTF-16LE";
            return Encoding.Unicode.GetString(bytes[2..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encodingName = "UTF-16BE";
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            encodingName = "UTF-8";
            return text;
        }
        catch (DecoderFallbackException)
        {
            encodingName = "Shift_JIS";
            return ShiftJis.GetString(bytes);
        }
    }

    private static Encoding ShiftJis { get; } = CodePagesEncodingProvider.Instance.GetEncoding(932)!;
}

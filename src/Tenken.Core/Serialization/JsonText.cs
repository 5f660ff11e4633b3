using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Tenken.Core.Serialization;

/// <summary>
/// Fast path for writing long Japanese strings: when a string needs no JSON escaping it is transcoded to UTF-8
/// in one vectorised call and written raw, instead of being checked character by character by the encoder.
/// Output stays readable (no \u escapes for Japanese or the full-width space).
/// </summary>
public static class JsonText
{
    private static readonly SearchValues<char> NeedsEscaping = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u2028\u2029");

    public static void WriteString(Utf8JsonWriter writer, string name, string value)
    {
        writer.WritePropertyName(name);
        WriteStringValue(writer, value);
    }

    public static void WriteStringValue(Utf8JsonWriter writer, string value)
    {
        if (value.Length < 16 || HasSurrogate(value))
        {
            writer.WriteStringValue(value);
            return;
        }
        // Worst case: every char is a control char written as \u00XX (6 bytes), plus the quotes.
        var rented = ArrayPool<byte>.Shared.Rent(Math.Max(Encoding.UTF8.GetMaxByteCount(value.Length), value.Length * 6) + 2);
        try
        {
            var output = rented.AsSpan();
            var n = 0;
            output[n++] = (byte)'"';
            var rest = value.AsSpan();
            while (true)
            {
                var i = rest.IndexOfAny(NeedsEscaping);
                var plain = i < 0 ? rest : rest[..i];
                n += Encoding.UTF8.GetBytes(plain, output[n..]);
                if (i < 0)
                    break;
                n += WriteEscape(rest[i], output[n..]);
                rest = rest[(i + 1)..];
            }
            output[n++] = (byte)'"';
            writer.WriteRawValue(output[..n], skipInputValidation: true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static int WriteEscape(char c, Span<byte> output)
    {
        var short_ = c switch
        {
            '"' => '"',
            '\\' => '\\',
            '\n' => 'n',
            '\r' => 'r',
            '\t' => 't',
            '\b' => 'b',
            '\f' => 'f',
            _ => '\0',
        };
        output[0] = (byte)'\\';
        if (short_ != '\0')
        {
            output[1] = (byte)short_;
            return 2;
        }
        "u"u8.CopyTo(output[1..]);
        ((int)c).TryFormat(output[2..], out _, "x4");
        return 6;
    }

    // A lone surrogate would become U+FFFD in UTF-8; let the encoder deal with any surrogate to stay exact.
    private static bool HasSurrogate(string value) =>
        value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;
}

using System.Text;

namespace Tenken.Tests.Support;

/// <summary>A strict RFC 4180 reader for checking CSV output: quoted fields, doubled quotes, CRLF between records.</summary>
public static class Rfc4180
{
    public static List<List<string>> Parse(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text[1..];
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                for (i++; ; )
                {
                    if (i >= text.Length)
                        throw new FormatException("unterminated quoted field");
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(text[i++]);
                    }
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"')
                        throw new FormatException("quote inside an unquoted field");
                    field.Append(text[i++]);
                }
            }
            record.Add(field.ToString());
            field.Clear();
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }
            if (i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n')
                i += 2;
            else if (i < text.Length)
                throw new FormatException($"record not ended by CRLF at {i}");
            records.Add(record);
            record = [];
        }
        return records;
    }
}

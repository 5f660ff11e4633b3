namespace Tenken.Office.Reading.Spreadsheet;

/// <summary>
/// Splits CSV text into records (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks). A record's
/// number counts records, not physical lines, so it matches the row number Excel shows for the same file.
/// </summary>
internal static class CsvRecords
{
    /// <summary>The records; <paramref name="unclosedQuoteRow"/> is the row whose quote never closed (its text is dropped), else 0.</summary>
    public static List<SheetRow> Parse(string text, char separator, out int unclosedQuoteRow)
    {
        var rows = new List<SheetRow>();
        var cells = new List<string>();
        var field = new System.Text.StringBuilder();
        var inQuotes = false;
        var fieldStarted = false;
        var i = 0;
        unclosedQuoteRow = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }
                    inQuotes = false;
                }
                else if (c == '\r')
                {
                    field.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                        i++;
                }
                else
                {
                    field.Append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && !fieldStarted)
            {
                inQuotes = true;
                fieldStarted = true;
            }
            else if (c == separator)
            {
                cells.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                cells.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
                rows.Add(new SheetRow(rows.Count + 1, cells));
                cells = [];
            }
            else
            {
                field.Append(c);
                fieldStarted = true;
            }
            i++;
        }
        if (inQuotes)
        {
            unclosedQuoteRow = rows.Count + 1;
            return rows;
        }
        if (fieldStarted || field.Length > 0 || cells.Count > 0)
        {
            cells.Add(field.ToString());
            rows.Add(new SheetRow(rows.Count + 1, cells));
        }
        return rows;
    }
}

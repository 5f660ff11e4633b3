namespace Tenken.Core.Reports.Text;

/// <summary>
/// Keeps ordinance text from becoming a spreadsheet formula (CSV/formula injection, OWASP). A value is risky when
/// it begins with = + - @ (half- or full-width), a tab or a carriage return. The workbook keeps the text as is and
/// marks the cell as text (quotePrefix); the CSV prefixes a single quote, as OWASP advises.
/// </summary>
public static class FormulaGuard
{
    public const char CsvPrefix = '\'';

    public static bool IsRisky(string value) => value.Length > 0 && value[0] is
        '=' or '+' or '-' or '@' or '\t' or '\r' or '＝' or '＋' or '－' or '＠';

    /// <summary>The value as a CSV field should hold it: prefixed with <c>'</c> when risky.</summary>
    public static string ForCsv(string value) => IsRisky(value) ? CsvPrefix + value : value;
}

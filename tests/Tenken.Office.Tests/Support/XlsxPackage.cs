using System.IO.Compression;
using System.Xml.Linq;

namespace Tenken.Tests.Support;

/// <summary>
/// Reads a produced .xlsx from its raw parts (ZipArchive + XDocument), independent of the writer's own objects:
/// sheets by name, cells by reference with their text, rich-text runs and cell format.
/// </summary>
public sealed class XlsxPackage
{
    public static readonly XNamespace S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace Pr = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly Dictionary<string, XDocument> _sheets = [];

    public XlsxPackage(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Entries = [.. zip.Entries.Select(e => e.FullName)];
        Workbook = Load(zip, "xl/workbook.xml");
        Styles = Load(zip, "xl/styles.xml");
        var rels = Load(zip, "xl/_rels/workbook.xml.rels");
        var sharedPath = rels.Root!.Elements(Pr + "Relationship").FirstOrDefault(r => ((string)r.Attribute("Type")!).EndsWith("/sharedStrings", StringComparison.Ordinal));
        SharedStrings = sharedPath is null ? [] : [.. Load(zip, "xl/" + (string)sharedPath.Attribute("Target")!).Root!.Elements(S + "si")];
        foreach (var sheet in Workbook.Root!.Element(S + "sheets")!.Elements(S + "sheet"))
        {
            var id = (string)sheet.Attribute(R + "id")!;
            var target = (string)rels.Root!.Elements(Pr + "Relationship").Single(r => (string)r.Attribute("Id")! == id).Attribute("Target")!;
            _sheets[(string)sheet.Attribute("name")!] = Load(zip, target.StartsWith('/') ? target[1..] : "xl/" + target);
        }
        SheetNames = [.. Workbook.Root!.Element(S + "sheets")!.Elements(S + "sheet").Select(s => (string)s.Attribute("name")!)];
    }

    public IReadOnlyList<string> Entries { get; }

    public IReadOnlyList<string> SheetNames { get; }

    public XDocument Workbook { get; }

    public XDocument Styles { get; }

    public IReadOnlyList<XElement> SharedStrings { get; }

    public XDocument Sheet(string name) => _sheets[name];

    public bool HasSheet(string name) => _sheets.ContainsKey(name);

    /// <summary>Rows of a sheet as (row number, cells by column letters).</summary>
    public IReadOnlyList<(int Row, Dictionary<string, XElement> Cells)> Rows(string sheet) =>
        [.. Sheet(sheet).Root!.Element(S + "sheetData")!.Elements(S + "row").Select(r => (
            (int)r.Attribute("r")!,
            r.Elements(S + "c").ToDictionary(c => Letters((string)c.Attribute("r")!), c => c)))];

    /// <summary>Header text → column letters, from row 1.</summary>
    public Dictionary<string, string> Headers(string sheet) =>
        Rows(sheet)[0].Cells.ToDictionary(c => CellText(c.Value), c => c.Key);

    /// <summary>The text a cell shows: shared, inline (all runs joined) or the raw value.</summary>
    public string CellText(XElement cell)
    {
        var type = (string?)cell.Attribute("t");
        return type switch
        {
            "s" => string.Concat(SharedStrings[(int)cell.Element(S + "v")!].Descendants(S + "t").Select(t => t.Value)),
            "inlineStr" => string.Concat(cell.Element(S + "is")!.Descendants(S + "t").Select(t => t.Value)),
            _ => cell.Element(S + "v")?.Value ?? "",
        };
    }

    /// <summary>The rich-text runs of an inline or shared string cell: text and whether it is red and bold.</summary>
    public IReadOnlyList<(string Text, bool RedBold)> Runs(XElement cell)
    {
        var si = (string?)cell.Attribute("t") == "s" ? SharedStrings[(int)cell.Element(S + "v")!] : cell.Element(S + "is")!;
        return [.. si.Elements(S + "r").Select(r =>
        {
            var rPr = r.Element(S + "rPr");
            var red = rPr?.Element(S + "color")?.Attribute("rgb")?.Value is "FFFF0000";
            var bold = rPr?.Element(S + "b") is { } b && (string?)b.Attribute("val") is null or "1" or "true";
            return (r.Element(S + "t")!.Value, red && bold);
        })];
    }

    /// <summary>The cellXfs entry a cell uses.</summary>
    public XElement CellFormat(XElement cell)
    {
        var index = (int?)cell.Attribute("s") ?? 0;
        return Styles.Root!.Element(S + "cellXfs")!.Elements(S + "xf").ElementAt(index);
    }

    public static string Letters(string reference) => new([.. reference.TakeWhile(char.IsLetter)]);

    private static XDocument Load(ZipArchive zip, string path)
    {
        using var stream = zip.GetEntry(path)?.Open() ?? throw new InvalidOperationException($"part {path} missing");
        return XDocument.Load(stream);
    }
}

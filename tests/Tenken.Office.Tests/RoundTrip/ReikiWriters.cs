using System.Text;
using Tenken.Office.Tests.Support;

namespace Tenken.Office.Tests.RoundTrip;

/// <summary>Writes rendered lines as a text file (any encoding) or as a .docx with a Title style and Word list numbering for 号.</summary>
internal static class ReikiWriters
{
    public static byte[] Text(IEnumerable<ReikiLine> lines, Encoding encoding, string newline = "\n")
    {
        var text = string.Join(newline, lines.Select(l => l.Text)) + newline;
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
    }

    public static byte[] Docx(IEnumerable<ReikiLine> lines)
    {
        var b = new DocxBuilder();
        var list = b.List(("japaneseCounting", "%1"), ("irohaFullWidth", "%2"), ("decimalFullWidth", "（%3）"));
        var instances = new Dictionary<int, int>();
        foreach (var line in lines)
        {
            if (line.Kind == ReikiLineKind.Title)
            {
                b.Paragraph(line.Body, style: "Title");
            }
            else if (line.Kind == ReikiLineKind.Item && line.AutoNumber)
            {
                if (!instances.TryGetValue(line.ListId, out var numId))
                    instances[line.ListId] = numId = b.Instance(list, restart: true);
                b.Paragraph(line.Body, numId: numId, level: line.Depth - 1);
            }
            else
            {
                b.Paragraph(line.Text);
            }
        }
        return b.Build();
    }
}

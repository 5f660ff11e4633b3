using System.Diagnostics;
using System.Text.Json;

namespace Tenken.Office.Tests.Drafts;

/// <summary>
/// Reads a .docx with python-docx (/usr/bin/python3), a reader independent of ours: per table its header cells,
/// its rows, and per body cell the underlined runs; and the document's paragraph texts. Skips when python-docx is absent.
/// </summary>
internal static class DocxInspector
{
    private const string Script = """
        import json, sys
        import docx
        d = docx.Document(sys.argv[1])
        tables = []
        for t in d.tables:
            rows = []
            for r in t.rows[1:]:
                rows.append([{"text": "\n".join(p.text for p in c.paragraphs),
                              "underlined": [run.text for p in c.paragraphs for run in p.runs if run.underline]} for c in r.cells])
            tables.append({"header": [c.text for c in t.rows[0].cells], "rows": rows})
        print(json.dumps({"tables": tables, "paragraphs": [p.text for p in d.paragraphs]}, ensure_ascii=False))
        """;

    public static JsonElement Read(string docx)
    {
        const string python = "/usr/bin/python3";
        if (!File.Exists(python) || !Run(python, ["-c", "import docx"]).Ok)
            Assert.Skip("python-docx is absent (/usr/bin/python3 with python-docx: apt-get install python3-docx)");
        var (ok, stdout, stderr) = Run(python, ["-c", Script, docx]);
        Assert.True(ok, "python-docx could not read the document: " + stderr);
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    private static (bool Ok, string Stdout, string Stderr) Run(string file, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        foreach (var a in args)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            return (false, "", "timeout");
        }
        return (process.ExitCode == 0, stdout.Result, stderr.Result);
    }
}

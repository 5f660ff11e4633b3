using System.IO.Compression;
using System.Text;
using Tenken.Core.Diagnostics;
using Tenken.Office.Tests.Support;

namespace Tenken.Office.Tests.BadInput;

/// <summary>
/// The issue's bad inputs in one run of the full pipeline (Core and Office readers): each gives exactly one error
/// naming the file and no articles, nothing throws, and the good files of the same run are read.
/// </summary>
public sealed class BadInputTests
{
    [Fact]
    public void Each_bad_file_gives_one_diagnostic_and_the_good_files_are_still_read()
    {
        using var temp = new TempFolder();
        var bad = new Dictionary<string, string>
        {
            ["空のファイル"] = Write(temp.File("empty.txt"), []),
            ["バイナリ（拡張子 .bin）"] = Write(temp.File("photo.bin"), RandomBytes(64 * 1024)),
            ["バイナリ（拡張子 .txt）"] = Write(temp.File("binary.txt"), RandomBytes(64 * 1024)),
            ["途中で切れたe-Gov XML"] = Write(temp.File("323AC0000000137.xml"), Truncated(File.ReadAllBytes(TestPaths.Samples("egov", "323AC0000000137.xml")))),
            ["中身が別物のZIPの.docx"] = Write(temp.File("規程.docx"), ZipOfSomethingElse()),
            ["条文のないHTML"] = Write(temp.File("notice.html"), Encoding.UTF8.GetBytes(
                "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>お知らせ</title></head>" +
                "<body><h1>お知らせ</h1><p>庁舎の開庁時間が変わります。</p><ul><li>平日 8時30分から17時15分まで</li></ul></body></html>")),
            ["改行のない50MBのテキスト"] = WriteHugeSingleLine(temp.File("huge.txt"), 50L * 1024 * 1024),
        };
        var goodXml = temp.File("323AC0000000139.xml");
        File.Copy(TestPaths.Samples("egov", "323AC0000000139.xml"), goodXml);
        var goodDocx = Write(temp.File("表彰規程.docx"), new DocxBuilder()
            .Paragraph("かつらぎ町表彰規程", style: "Title")
            .Paragraph("第一条　この規程は、表彰について必要な事項を定める。")
            .Paragraph("第二条　表彰は、毎年行う。").Build());

        var files = bad.Values.Append(goodXml).Append(goodDocx).ToList();
        var results = TestPipelines.All().ReadAll(files, TestContext.Current.CancellationToken).ToDictionary(r => r.Path);

        var problems = new List<string>();
        foreach (var (what, path) in bad)
        {
            var result = results[path];
            var diagnostics = result.Diagnostics;
            if (diagnostics.Count != 1 || diagnostics[0].Severity != DiagnosticSeverity.Error || diagnostics[0].File != path)
                problems.Add($"{what}: {diagnostics.Count} diagnostics: {string.Join(" | ", diagnostics)}");
            if (result.Documents.Any(d => d.Articles.Count > 0))
                problems.Add($"{what}: articles were emitted");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.All(bad.Values, path => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", results[path].Diagnostics[0].Message));

        Assert.DoesNotContain(results[goodXml].Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(50, results[goodXml].Documents.Single().Articles.Count);
        Assert.Empty(results[goodDocx].Diagnostics);
        Assert.Equal(["表彰規程#1", "表彰規程#2"], results[goodDocx].Documents.Single().Articles.Select(a => a.Key));
    }

    private static string Write(string path, byte[] bytes)
    {
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(20240401).NextBytes(bytes);
        bytes[100] = 0;
        return bytes;
    }

    private static byte[] Truncated(byte[] xml) => xml[..(xml.Length * 2 / 5)];

    private static byte[] ZipOfSomethingElse()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var w = new StreamWriter(zip.CreateEntry("議事録/2024-04.txt").Open()))
                w.Write("第一条から第三条までについて審議した。");
            using (var png = zip.CreateEntry("写真.png").Open())
                png.Write(RandomBytes(1024));
        }
        return stream.ToArray();
    }

    // Japanese prose without a single line break and without any 条 heading at a line start.
    private static string WriteHugeSingleLine(string path, long bytes)
    {
        var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("この資料は、庁内の事務連絡のために作成したものであり、", 200)));
        using var stream = File.Create(path);
        for (long written = 0; written < bytes; written += chunk.Length)
            stream.Write(chunk);
        return path;
    }
}

using System.CommandLine;
using System.Text.Json;
using Tenken.Cli.Shared;
using Tenken.Core.Documents;
using Tenken.Core.Reading;
using Tenken.Core.Serialization;

namespace Tenken.Cli.Parse;

/// <summary><c>tenken parse PATH...</c>: one JSON object per article on stdout, diagnostics on stderr.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "読み込むファイルまたはフォルダ（複数可）", Arity = ArgumentArity.OneOrMore };
        var supplParagraphs = new Option<bool>("--suppl-paragraphs") { Description = "条のない附則（項だけの附則）も1件として出力する" };
        var command = new Command("parse", "例規を読み込み、条ごとに1行のJSON（JSON Lines）を標準出力に書きます。") { paths, supplParagraphs };
        command.SetAction(result => Run(result.GetValue(paths)!, new ReaderOptions { IncludeSupplementaryParagraphs = result.GetValue(supplParagraphs) }));
        return command;
    }

    private static int Run(string[] paths, ReaderOptions options)
    {
        var pipeline = Pipelines.Readers(options);
        var global = new Tenken.Core.Diagnostics.DiagnosticBag();
        var files = pipeline.ExpandPaths(paths, global);
        DiagnosticPrinter.Print(global.ToList());
        var failed = global.HasErrors;
        using var stdout = Console.OpenStandardOutput();
        // Each file is serialised on the reader's worker thread; the main thread only copies bytes in order.
        foreach (var (result, json) in pipeline.ReadAll(files, r => (r, Serialize(r))))
        {
            stdout.Write(json);
            DiagnosticPrinter.Print(result.Diagnostics);
            failed |= result.Failed;
        }
        return failed ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }

    private static byte[] Serialize(ReadResult result)
    {
        var buffer = new MemoryStream();
        using var writer = new Utf8JsonWriter(buffer, JsonDefaults.Compact);
        foreach (var document in result.Documents)
        {
            var links = UnitLinks.Of(document);
            foreach (var article in document.Articles)
            {
                ArticleJsonWriter.Write(writer, document, article, links);
                writer.Flush();
                buffer.WriteByte((byte)'\n');
                writer.Reset();
            }
        }
        return buffer.ToArray();
    }
}

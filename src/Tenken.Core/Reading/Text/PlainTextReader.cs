using Tenken.Core.Documents;
using Tenken.Core.Structure;

namespace Tenken.Core.Reading.Text;

/// <summary>
/// Reads plain text in the usual 例規 layout (.txt, or a file without extension given by name). The encoding is
/// detected (<see cref="TextDecoder"/>); the lines go to the shared <see cref="StructureParser"/>.
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    public string Format => "text";

    // Extension-less files are read when named on the command line, not picked up when a folder is walked.
    public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

    public int Probe(SourceProbe probe)
    {
        if (probe.Extension == ".txt")
            return 50;
        if (probe.Extension.Length == 0 && TextDecoder.TryDecode(Trimmed(probe.Head.Span), out _, out _))
            return 20;
        return 0;
    }

    public IEnumerable<OrdinanceDocument> Read(SourceInput input, ReadContext context)
    {
        if (!TextDecoder.TryDecode(input.Bytes.Span, out var decoded, out var failure))
        {
            context.Diagnostics.Error(input.Path, 0, failure!.Message, failure.Code);
            return [];
        }
        var lines = TextLines.Split(decoded!.Text);
        var header = new DocumentHeader(input.DocumentId, input.Path, Format);
        var document = StructureParser.Parse(header, lines, context);
        if (document.Articles.Count == 0)
        {
            context.Diagnostics.Error(input.Path, 0, NoArticlesMessage(decoded.EncodingName, lines), "TK2104");
            return [];
        }
        return [document];
    }

    internal static string NoArticlesMessage(string encoding, IReadOnlyList<SourceLine> lines)
    {
        var longest = TextLines.LongestLine(lines);
        var shape = lines.Count == 1 ? $"改行のない1行・{longest:N0}文字" : $"{lines.Count:N0}行";
        return $"条文が見つかりません（テキスト、{encoding}、{shape}）。「第1条」「第一条」のような条の見出しで始まる行がありません。";
    }

    // The head may end inside a multi-byte character; drop up to three trailing bytes before validating it.
    private static ReadOnlySpan<byte> Trimmed(ReadOnlySpan<byte> head) =>
        head.Length < SourceProbe.HeadLength ? head : head[..^3];
}

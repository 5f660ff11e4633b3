namespace Tenken.Core.Reading;

/// <summary>What a reader may look at to decide whether it handles a file: its extension and first bytes.</summary>
public sealed record SourceProbe(string Path, string Extension, ReadOnlyMemory<byte> Head)
{
    public const int HeadLength = 4096;

    public bool HeadStartsWith(ReadOnlySpan<byte> prefix) => Head.Span.StartsWith(prefix);
}

namespace Tenken.Core.Reading;

/// <summary>A source loaded into memory: its path, the document id derived from it and its bytes.</summary>
public sealed record SourceInput(string Path, string DocumentId, ReadOnlyMemory<byte> Bytes)
{
    public static SourceInput FromFile(string path) =>
        new(path, System.IO.Path.GetFileNameWithoutExtension(path), File.ReadAllBytes(path));

    public Stream OpenStream() =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(Bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(Bytes.ToArray(), writable: false);
}

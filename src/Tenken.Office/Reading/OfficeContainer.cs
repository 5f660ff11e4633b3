using System.IO.Compression;
using System.Text;

namespace Tenken.Office.Reading;

/// <summary>
/// Looks inside an Office file before the OpenXml SDK does, so that each way it can be wrong (not a zip, a broken
/// zip, a zip of something else, an encrypted or pre-2007 OLE file) gets its own clear message.
/// </summary>
internal static class OfficeContainer
{
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] EmptyZipMagic = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static bool IsZip(ReadOnlySpan<byte> head) => head.StartsWith(ZipMagic) || head.StartsWith(EmptyZipMagic);

    public static bool IsOle(ReadOnlySpan<byte> head) => head.StartsWith(OleMagic);

    /// <summary>True when an OLE compound file holds a stream (or storage) of that name; names are stored UTF-16LE in directory entries.</summary>
    public static bool OleHasEntry(ReadOnlySpan<byte> bytes, string name) => bytes.IndexOf(Encoding.Unicode.GetBytes(name)) >= 0;

    /// <summary>The entry names of a zip, or null with the reason when the zip is broken or truncated.</summary>
    public static IReadOnlyList<string>? ZipEntries(Stream stream, out string? problem)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            problem = null;
            return [.. zip.Entries.Select(e => e.FullName)];
        }
        catch (InvalidDataException ex)
        {
            problem = ex.Message;
            return null;
        }
    }

    /// <summary>What an Office zip holds, judged by its main parts: "word", "excel", "powerpoint" or null.</summary>
    public static string? OfficeKind(IReadOnlyList<string> entries)
    {
        if (entries.Contains("word/document.xml") || entries.Any(e => e.StartsWith("word/", StringComparison.Ordinal) && e.EndsWith("document.xml", StringComparison.Ordinal)))
            return "word";
        if (entries.Any(e => e.StartsWith("xl/", StringComparison.Ordinal)))
            return "excel";
        if (entries.Any(e => e.StartsWith("ppt/", StringComparison.Ordinal)))
            return "powerpoint";
        return null;
    }

    /// <summary>A short list of a zip's entries for a message: the first few names and how many more.</summary>
    public static string Describe(IReadOnlyList<string> entries)
    {
        if (entries.Count == 0)
            return "空のZIP";
        var shown = string.Join("、", entries.Take(3));
        return entries.Count > 3 ? $"{shown} ほか{entries.Count - 3}件" : shown;
    }
}

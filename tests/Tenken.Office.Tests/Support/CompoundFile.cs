using System.Buffers.Binary;
using System.Text;

namespace Tenken.Office.Tests.Support;

/// <summary>
/// Writes a minimal but well-formed OLE compound file (CFB version 3) holding the named streams, each 4 KB, the
/// container of Word 97-2003 .doc (a WordDocument stream) and of password-protected Office files (EncryptedPackage).
/// </summary>
internal static class CompoundFile
{
    private const int SectorSize = 512;
    private const uint Free = 0xFFFFFFFF;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FatSector = 0xFFFFFFFD;
    private const int StreamSectors = 8;

    public static byte[] Create(params string[] streams)
    {
        var dataStart = 2;
        var sectors = dataStart + streams.Length * StreamSectors;
        var file = new byte[SectorSize * (1 + sectors)];
        WriteHeader(file.AsSpan(0, SectorSize));
        var fat = file.AsSpan(SectorSize, SectorSize);
        for (var i = 0; i < SectorSize / 4; i++)
            U32(fat, i * 4, Free);
        U32(fat, 0, FatSector);
        U32(fat, 4, EndOfChain);
        for (var s = 0; s < streams.Length; s++)
        {
            var first = dataStart + s * StreamSectors;
            for (var k = 0; k < StreamSectors; k++)
                U32(fat, (first + k) * 4, k == StreamSectors - 1 ? EndOfChain : (uint)(first + k + 1));
        }
        var dir = file.AsSpan(SectorSize * 2, SectorSize);
        WriteEntry(dir[..128], "Root Entry", type: 5, child: streams.Length > 0 ? 1u : Free, right: Free, start: EndOfChain, size: 0);
        for (var s = 0; s < streams.Length; s++)
        {
            var right = s + 1 < streams.Length ? (uint)(s + 2) : Free;
            WriteEntry(dir.Slice((s + 1) * 128, 128), streams[s], type: 2, child: Free, right: right, start: (uint)(dataStart + s * StreamSectors), size: StreamSectors * SectorSize);
        }
        for (var e = streams.Length + 1; e < 4; e++)
            WriteEntry(dir.Slice(e * 128, 128), "", type: 0, child: Free, right: Free, start: 0, size: 0);
        return file;
    }

    private static void WriteHeader(Span<byte> h)
    {
        ((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).CopyTo(h);
        BinaryPrimitives.WriteUInt16LittleEndian(h[24..], 0x003E);
        BinaryPrimitives.WriteUInt16LittleEndian(h[26..], 0x0003);
        BinaryPrimitives.WriteUInt16LittleEndian(h[28..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(h[30..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(h[32..], 6);
        U32(h, 44, 1);
        U32(h, 48, 1);
        U32(h, 56, 4096);
        U32(h, 60, EndOfChain);
        U32(h, 68, EndOfChain);
        U32(h, 76, 0);
        for (var i = 1; i < 109; i++)
            U32(h, 76 + i * 4, Free);
    }

    private static void WriteEntry(Span<byte> e, string name, byte type, uint child, uint right, uint start, uint size)
    {
        var nameBytes = Encoding.Unicode.GetBytes(name);
        nameBytes.CopyTo(e);
        BinaryPrimitives.WriteUInt16LittleEndian(e[64..], (ushort)(name.Length == 0 ? 0 : nameBytes.Length + 2));
        e[66] = type;
        e[67] = 1;
        U32(e, 68, Free);
        U32(e, 72, right);
        U32(e, 76, child);
        U32(e, 116, start);
        U32(e, 120, size);
    }

    private static void U32(Span<byte> span, int offset, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(span[offset..], value);
}

using System.Text;

namespace Tenken.Knowledge.Scans;

/// <summary>
/// The screening results of one document's articles in article order (text hash, extra JSON, finding JSON), kept
/// beside its snapshot so that an unchanged file needs no per-article reads on a rescan.
/// </summary>
internal sealed record StoredResults(IReadOnlyList<(string Hash, string? Extra, IReadOnlyList<string> Findings)> Articles)
{
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Articles.Count);
            foreach (var (hash, extra, findings) in Articles)
            {
                w.Write(hash);
                w.Write(extra is not null);
                if (extra is not null)
                    w.Write(extra);
                w.Write(findings.Count);
                foreach (var f in findings)
                    w.Write(f);
            }
        }
        return stream.ToArray();
    }

    public static StoredResults FromBytes(byte[] bytes)
    {
        using var r = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        var articles = new (string, string?, IReadOnlyList<string>)[r.ReadInt32()];
        for (var i = 0; i < articles.Length; i++)
        {
            var hash = r.ReadString();
            var extra = r.ReadBoolean() ? r.ReadString() : null;
            var findings = new string[r.ReadInt32()];
            for (var f = 0; f < findings.Length; f++)
                findings[f] = r.ReadString();
            articles[i] = (hash, extra, findings);
        }
        return new StoredResults(articles);
    }
}

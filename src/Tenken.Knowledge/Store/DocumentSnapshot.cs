using System.Text;
using Tenken.Core.Documents;

namespace Tenken.Knowledge.Store;

/// <summary>
/// A compact binary copy of a document tree, so a rescan can skip reading an unchanged file (several times faster
/// to load than JSON). It mirrors the model's settable properties; a test fails when the model gains one that is
/// not written here. Snapshots are only reused by the same build of Tenken.Core (see ScanFingerprint).
/// </summary>
public static class DocumentSnapshot
{
    // 2: documents hold 様式 and 別表 units (ProvisionKind.Form / Table) among their articles.
    private const int Format = 2;

    public static byte[] Write(OrdinanceDocument d)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Format);
            w.Write(d.Id);
            w.Write(d.Title);
            w.Write(d.Kind);
            Nullable(w, d.Number);
            Nullable(w, d.Department);
            w.Write(d.SourcePath);
            w.Write(d.Format);
            w.Write(d.Articles.Count);
            foreach (var a in d.Articles)
                WriteArticle(w, a);
            w.Write(d.Appendices.Count);
            foreach (var x in d.Appendices)
            {
                w.Write(x.Kind);
                w.Write(x.Title);
                w.Write(x.Text);
                w.Write(x.Line);
            }
        }
        return stream.ToArray();
    }

    public static OrdinanceDocument Read(byte[] bytes)
    {
        using var r = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        if (r.ReadInt32() != Format)
            throw new InvalidDataException("unknown document snapshot format");
        return new OrdinanceDocument
        {
            Id = r.ReadString(),
            Title = r.ReadString(),
            Kind = r.ReadString(),
            Number = Nullable(r),
            Department = Nullable(r),
            SourcePath = r.ReadString(),
            Format = r.ReadString(),
            Articles = List(r, ReadArticle),
            Appendices = List(r, x => new Appendix(x.ReadString(), x.ReadString(), x.ReadString(), x.ReadInt32())),
        };
    }

    private static void WriteArticle(BinaryWriter w, Article a)
    {
        w.Write(a.Key);
        w.Write(a.DocumentId);
        w.Write(a.Num);
        w.Write(a.Title);
        Nullable(w, a.Caption);
        w.Write((int)a.Provision);
        Nullable(w, a.SupplementaryLabel);
        Strings(w, a.Divisions);
        w.Write(a.Paragraphs.Count);
        foreach (var p in a.Paragraphs)
        {
            w.Write(p.Num);
            w.Write(p.NumText);
            Nullable(w, p.Caption);
            w.Write(p.Text);
            Items(w, p.Items);
            Strings(w, p.TableRows);
            w.Write(p.Line);
        }
        w.Write(a.Deleted);
        w.Write(a.Line);
    }

    private static Article ReadArticle(BinaryReader r) => new()
    {
        Key = r.ReadString(),
        DocumentId = r.ReadString(),
        Num = r.ReadString(),
        Title = r.ReadString(),
        Caption = Nullable(r),
        Provision = (ProvisionKind)r.ReadInt32(),
        SupplementaryLabel = Nullable(r),
        Divisions = Strings(r),
        Paragraphs = List(r, x => new Paragraph
        {
            Num = x.ReadString(),
            NumText = x.ReadString(),
            Caption = Nullable(x),
            Text = x.ReadString(),
            Items = Items(x),
            TableRows = Strings(x),
            Line = x.ReadInt32(),
        }),
        Deleted = r.ReadBoolean(),
        Line = r.ReadInt32(),
    };

    private static void Items(BinaryWriter w, IReadOnlyList<Item> items)
    {
        w.Write(items.Count);
        foreach (var i in items)
        {
            w.Write(i.Num);
            w.Write(i.Title);
            w.Write(i.Text);
            w.Write(i.Depth);
            Items(w, i.Children);
            Strings(w, i.TableRows);
            w.Write(i.Line);
        }
    }

    private static IReadOnlyList<Item> Items(BinaryReader r) => List(r, x => new Item
    {
        Num = x.ReadString(),
        Title = x.ReadString(),
        Text = x.ReadString(),
        Depth = x.ReadInt32(),
        Children = Items(x),
        TableRows = Strings(x),
        Line = x.ReadInt32(),
    });

    private static void Strings(BinaryWriter w, IReadOnlyList<string> values)
    {
        w.Write(values.Count);
        foreach (var v in values)
            w.Write(v);
    }

    private static IReadOnlyList<string> Strings(BinaryReader r) => List(r, x => x.ReadString());

    private static T[] List<T>(BinaryReader r, Func<BinaryReader, T> read)
    {
        var count = r.ReadInt32();
        if (count == 0)
            return [];
        var items = new T[count];
        for (var i = 0; i < count; i++)
            items[i] = read(r);
        return items;
    }

    private static void Nullable(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
            w.Write(value);
    }

    private static string? Nullable(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;
}

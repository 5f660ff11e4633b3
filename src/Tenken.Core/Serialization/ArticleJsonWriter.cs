using System.Text.Json;
using Tenken.Core.Documents;

namespace Tenken.Core.Serialization;

/// <summary>
/// Writes an article as one JSON object (the <c>tenken parse</c> line format, documented in docs/parse-format.md).
/// </summary>
public static class ArticleJsonWriter
{
    public static void Write(Utf8JsonWriter w, OrdinanceDocument document, Article article, UnitLinks? links = null)
    {
        w.WriteStartObject();
        WriteFields(w, document, article, links: links);
        w.WriteEndObject();
    }

    /// <summary>
    /// The article's fields without the enclosing braces, so other writers can add their own. <paramref name="links"/>
    /// (the document's <see cref="UnitLinks"/>) adds <c>related</c>: the 様式 and 別表 an article names, or the articles
    /// that name a 様式 or 別表.
    /// </summary>
    public static void WriteFields(Utf8JsonWriter w, OrdinanceDocument document, Article article, bool includeStructure = true, UnitLinks? links = null)
    {
        w.WriteString("key", article.Key);
        w.WriteString("document", document.Id);
        w.WriteString("title", document.Title);
        w.WriteString("kind", document.Kind);
        w.WriteString("number", document.Number ?? "");
        w.WriteString("article", article.Title);
        w.WriteString("num", article.Num);
        w.WriteString("caption", article.Caption ?? "");
        w.WriteString("provision", article.Provision.Japanese());
        if (article.SupplementaryLabel is not null)
            w.WriteString("supplementary", article.SupplementaryLabel);
        if (article.Divisions.Count > 0)
        {
            w.WriteStartArray("divisions");
            foreach (var d in article.Divisions)
                w.WriteStringValue(d);
            w.WriteEndArray();
        }
        if (article.Deleted)
            w.WriteBoolean("deleted", true);
        JsonText.WriteString(w, "text", article.Text);
        w.WriteString("source", document.SourcePath);
        w.WriteNumber("line", article.Line);
        if (links?.For(article.Key) is { Count: > 0 } related)
        {
            w.WriteStartArray("related");
            foreach (var link in related)
            {
                w.WriteStartObject();
                w.WriteString("key", link.Key);
                w.WriteString("label", link.Label);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (!includeStructure)
            return;
        w.WriteStartArray("paragraphs");
        foreach (var p in article.Paragraphs)
        {
            w.WriteStartObject();
            w.WriteString("num", p.Num);
            if (p.NumText.Length > 0)
                w.WriteString("numText", p.NumText);
            if (p.Caption is not null)
                w.WriteString("caption", p.Caption);
            JsonText.WriteString(w, "text", p.Text);
            WriteRows(w, p.TableRows);
            WriteItems(w, p.Items);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteItems(Utf8JsonWriter w, IReadOnlyList<Item> items)
    {
        if (items.Count == 0)
            return;
        w.WriteStartArray("items");
        foreach (var item in items)
        {
            w.WriteStartObject();
            w.WriteString("num", item.Num);
            w.WriteString("title", item.Title);
            JsonText.WriteString(w, "text", item.Text);
            WriteRows(w, item.TableRows);
            WriteItems(w, item.Children);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteRows(Utf8JsonWriter w, IReadOnlyList<string> rows)
    {
        if (rows.Count == 0)
            return;
        w.WriteStartArray("rows");
        foreach (var r in rows)
            w.WriteStringValue(r);
        w.WriteEndArray();
    }
}

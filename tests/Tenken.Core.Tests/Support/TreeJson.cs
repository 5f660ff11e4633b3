using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tenken.Core.Diagnostics;
using Tenken.Core.Documents;

namespace Tenken.Core.Tests.Support;

/// <summary>The article tree of a parsed document as JSON, for golden fixtures (*.expected.json).</summary>
internal static class TreeJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonObject Of(OrdinanceDocument? document, IEnumerable<Diagnostic> diagnostics)
    {
        var root = new JsonObject();
        if (document is not null)
        {
            root["title"] = document.Title;
            root["kind"] = document.Kind;
            root["number"] = document.Number;
            root["articles"] = new JsonArray([.. document.Articles.Select(Article)]);
            root["appendices"] = new JsonArray([.. document.Appendices.Select(a => (JsonNode)new JsonObject
            {
                ["kind"] = a.Kind,
                ["title"] = a.Title,
                ["text"] = a.Text,
                ["line"] = a.Line,
            })]);
        }
        root["diagnostics"] = new JsonArray([.. diagnostics.Select(d => (JsonNode)JsonValue.Create($"{d.Line}: {d.Severity} {d.Code} {d.Message}")!)]);
        return root;
    }

    private static JsonNode Article(Article a)
    {
        var o = new JsonObject
        {
            ["key"] = a.Key,
            ["num"] = a.Num,
            ["title"] = a.Title,
            ["line"] = a.Line,
        };
        if (a.Caption is not null)
            o["caption"] = a.Caption;
        if (a.Provision.IsAppended())
            o["provision"] = a.Provision.Japanese();
        if (a.SupplementaryLabel is not null)
            o["supplementary"] = a.SupplementaryLabel;
        if (a.Divisions.Count > 0)
            o["divisions"] = new JsonArray([.. a.Divisions.Select(d => (JsonNode)JsonValue.Create(d)!)]);
        if (a.Deleted)
            o["deleted"] = true;
        o["text"] = a.Text;
        o["paragraphs"] = new JsonArray([.. a.Paragraphs.Select(Paragraph)]);
        return o;
    }

    private static JsonNode Paragraph(Paragraph p)
    {
        var o = new JsonObject { ["num"] = p.Num };
        if (p.NumText.Length > 0)
            o["numText"] = p.NumText;
        if (p.Caption is not null)
            o["caption"] = p.Caption;
        o["text"] = p.Text;
        if (p.TableRows.Count > 0)
            o["rows"] = new JsonArray([.. p.TableRows.Select(r => (JsonNode)JsonValue.Create(r)!)]);
        if (p.Items.Count > 0)
            o["items"] = new JsonArray([.. p.Items.Select(Item)]);
        return o;
    }

    private static JsonNode Item(Item i)
    {
        var o = new JsonObject { ["num"] = i.Num, ["title"] = i.Title, ["depth"] = i.Depth, ["text"] = i.Text };
        if (i.TableRows.Count > 0)
            o["rows"] = new JsonArray([.. i.TableRows.Select(r => (JsonNode)JsonValue.Create(r)!)]);
        if (i.Children.Count > 0)
            o["children"] = new JsonArray([.. i.Children.Select(Item)]);
        return o;
    }
}

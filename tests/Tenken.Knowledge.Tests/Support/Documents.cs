using Tenken.Core.Documents;

namespace Tenken.Knowledge.Tests.Support;

/// <summary>Small in-memory documents: one paragraph per article, the text given.</summary>
public static class Documents
{
    public static OrdinanceDocument Make(string id, params (string Num, string Text)[] articles) => new()
    {
        Id = id,
        Title = id + "条例",
        SourcePath = id + ".txt",
        Format = "text",
        Articles = [.. articles.Select(a => new Article
        {
            Key = ArticleKeys.Main(id, a.Num),
            DocumentId = id,
            Num = a.Num,
            Title = $"第{a.Num}条",
            Paragraphs = [new Paragraph { Num = "1", Text = a.Text }],
        })],
    };
}

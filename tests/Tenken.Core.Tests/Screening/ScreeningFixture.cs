using Tenken.Core.Documents;

namespace Tenken.Core.Tests.Screening;

/// <summary>
/// One case of a Fixtures/Screening/*.txt file: the article text (in the canonical layout of Article.Text) and the
/// expectation lines (<c>&gt;&gt;&gt; key: value</c>). See Fixtures/Screening/README.md.
/// </summary>
internal sealed record ScreeningFixture(string File, string Name, string Text, IReadOnlyList<(string Key, string Value)> Expectations)
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Screening");

    public override string ToString() => $"{File}: {Name}";

    public string? Single(string key) => Expectations.Where(e => e.Key == key).Select(e => e.Value).SingleOrDefault();

    public IEnumerable<string> All(string key) => Expectations.Where(e => e.Key == key).Select(e => e.Value);

    /// <summary>The rule ids a file declares it is the fixture of (<c>&gt;&gt;&gt; rules: …</c> before its first case).</summary>
    public static IReadOnlyList<string> DeclaredRules(string path) =>
        [.. System.IO.File.ReadLines(path)
            .TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Where(l => l.StartsWith(">>> rules:", StringComparison.Ordinal))
            .SelectMany(l => l[">>> rules:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    public static IReadOnlyList<ScreeningFixture> ReadAll() =>
        [.. Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal).SelectMany(Read)];

    public static IEnumerable<ScreeningFixture> Read(string path)
    {
        var file = Path.GetFileName(path);
        string? name = null;
        var text = new List<string>();
        var expectations = new List<(string, string)>();
        foreach (var raw in System.IO.File.ReadAllLines(path))
        {
            if (raw.StartsWith("## ", StringComparison.Ordinal))
            {
                if (name is not null)
                    yield return new ScreeningFixture(file, name, string.Join('\n', text), expectations);
                name = raw[3..].Trim();
                text = [];
                expectations = [];
            }
            else if (raw.StartsWith(">>> ", StringComparison.Ordinal))
            {
                var colon = raw.IndexOf(':');
                expectations.Add((raw[4..colon].Trim(), raw[(colon + 1)..].Trim()));
            }
            else if (name is not null && !raw.StartsWith('#') && raw.Length > 0)
                text.Add(raw);
        }
        if (name is not null)
            yield return new ScreeningFixture(file, name, string.Join('\n', text), expectations);
    }

    /// <summary>
    /// Builds the article whose <see cref="Article.Text"/> is exactly <see cref="Text"/>; with <c>&gt;&gt;&gt; provision: 様式</c>
    /// (or 別表) a 様式 or 別表 unit whose one 項 holds the lines as they are.
    /// </summary>
    public Article ToArticle()
    {
        if (Single("provision") is { } provision)
        {
            return new Article
            {
                Key = $"fixture#{Name}",
                DocumentId = "fixture",
                Num = provision + "第1号",
                Title = provision + "第1号",
                Provision = provision == "別表" ? ProvisionKind.Table : ProvisionKind.Form,
                Paragraphs = [new Paragraph { Num = "1", Text = Text }],
            };
        }
        var paragraphs = new List<Paragraph>();
        var items = new List<(int Depth, Item Item)>();
        string numText = "", body = "";
        void Flush()
        {
            paragraphs.Add(new Paragraph { Num = (paragraphs.Count + 1).ToString(), NumText = numText, Text = body, Items = Nest(items, 1) });
            items = [];
        }
        var lines = Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = line.Length - line.TrimStart(' ').Length;
            if (indent == 0)
            {
                if (i > 0)
                    Flush();
                var space = line.IndexOf('　');
                (numText, body) = i > 0 && space > 0 && space <= 3 ? (line[..space], line[(space + 1)..]) : ("", line);
            }
            else
            {
                var content = line.TrimStart(' ');
                var space = content.IndexOf('　');
                items.Add((indent / 2, new Item { Num = (items.Count + 1).ToString(), Title = content[..space], Text = content[(space + 1)..], Depth = indent / 2 }));
            }
        }
        Flush();
        var article = new Article
        {
            Key = $"fixture#{Name}",
            DocumentId = "fixture",
            Num = "1",
            Title = "第一条",
            Caption = Single("caption"),
            Paragraphs = paragraphs,
        };
        return article;
    }

    private static IReadOnlyList<Item> Nest(List<(int Depth, Item Item)> flat, int depth)
    {
        var result = new List<Item>();
        for (var i = 0; i < flat.Count; i++)
        {
            if (flat[i].Depth != depth)
                continue;
            var children = new List<(int, Item)>();
            for (var j = i + 1; j < flat.Count && flat[j].Depth > depth; j++)
                children.Add(flat[j]);
            result.Add(flat[i].Item with { Children = Nest(children, depth + 1) });
        }
        return result;
    }

    public static OrdinanceDocument Document(Article article, string kind = "条例") => new()
    {
        Id = "fixture",
        Title = "点検市テスト条例",
        Kind = kind,
        SourcePath = "fixture.txt",
        Format = "text",
        Articles = [article],
    };
}

using Tenken.Core.Documents;
using Tenken.Core.Drafting.Aratamebun;
using Tenken.Core.Drafting.Units;

namespace Tenken.Core.Tests.Drafting;

/// <summary>
/// Builds, from a parsed real 改め文, an article that has every unit the sentence cites with every quoted phrase in it
/// (phrases parted by ＠, which no quote holds), and the text that article must have after the sentence is applied,
/// worked out from where each phrase was put — not by Tenken's applier.
/// </summary>
internal static class ConstructedArticle
{
    public static (Article Before, string ExpectedText, string? ExpectedCaption) Build(string articleNum, bool supplementary, IReadOnlyList<AmendClause> clauses)
    {
        var texts = new Dictionary<string, List<(UnitPart Part, string Before, string After)>>();
        var caption = (Before: new List<string>(), After: new List<string>());
        var maxParagraph = 1;
        var itemPaths = new List<(int Paragraph, IReadOnlyList<string> Items)>();
        foreach (var clause in clauses)
        {
            var path = clause.Target;
            var paragraph = Math.Max(1, path.Paragraph);
            maxParagraph = Math.Max(maxParagraph, paragraph);
            if (path.Items.Count > 0)
                itemPaths.Add((paragraph, path.Items));
            if (path.Part == UnitPart.Heading)
            {
                caption.Before.AddRange(clause.Changes.Select(c => c.Quote));
                caption.After.AddRange(clause.Changes.Select(c => c.Result));
                continue;
            }
            var key = Key(paragraph, path.Items);
            if (!texts.TryGetValue(key, out var entry))
                texts[key] = entry = [];
            entry.AddRange(clause.Changes.Select(c => (path.Part, c.Quote, c.Result)));
        }

        string Own(int paragraph, IReadOnlyList<string> items, bool after)
        {
            if (!texts.TryGetValue(Key(paragraph, items), out var entry))
                return "前段の文。";
            // A part no clause cites gets a filler sentence, so that 本文 / ただし書 / 前段 / 後段 can be told apart.
            string Join(string filler, params UnitPart[] parts)
            {
                var quoted = entry.Where(e => parts.Contains(e.Part)).ToList();
                return quoted.Count == 0 ? filler : string.Join("＠", quoted.Select(e => after ? e.After : e.Before));
            }
            if (entry.Any(e => e.Part is UnitPart.Body or UnitPart.Proviso))
                return Join("本文の文", UnitPart.Whole, UnitPart.Lead, UnitPart.Body) + "。ただし、" + Join("書の文", UnitPart.Proviso) + "。";
            if (entry.Any(e => e.Part is UnitPart.First or UnitPart.Second))
                return Join("前段の文", UnitPart.Whole, UnitPart.Lead, UnitPart.First) + "。" + Join("後段の文", UnitPart.Second) + "。";
            return Join("", UnitPart.Whole, UnitPart.WithHeading, UnitPart.Lead);
        }

        Article Make(bool after)
        {
            var paragraphs = new List<Paragraph>();
            for (var p = 1; p <= maxParagraph; p++)
            {
                var roots = itemPaths.Where(i => i.Paragraph == p).Select(i => i.Items).ToList();
                paragraphs.Add(new Paragraph
                {
                    Num = p.ToString(),
                    NumText = p == 1 ? "" : p.ToString(),
                    Text = Own(p, [], after),
                    Items = Children(p, [], roots, after),
                });
            }
            return new Article
            {
                Key = "constructed#" + articleNum,
                DocumentId = "constructed",
                Num = articleNum,
                Title = articleNum.Length > 0 ? "第" + articleNum + "条" : "附則",
                Provision = supplementary ? ProvisionKind.Supplementary : ProvisionKind.Main,
                Caption = caption.Before.Count > 0 || clauses.Any(c => c.Target.Part == UnitPart.WithHeading)
                    ? "（" + string.Join("＠", after ? caption.After : caption.Before) + "）"
                    : null,
                Paragraphs = paragraphs,
            };
        }

        IReadOnlyList<Item> Children(int paragraph, IReadOnlyList<string> prefix, List<IReadOnlyList<string>> paths, bool after)
        {
            var depth = prefix.Count;
            var labels = paths.Where(p => p.Count > depth && prefix.Select((l, i) => ItemLabels.Same(l, p[i])).All(x => x))
                .Select(p => p[depth]).DistinctBy(ItemLabels.Normalize).ToList();
            return [.. labels.Select(label =>
            {
                IReadOnlyList<string> path = [.. prefix, label];
                return new Item
                {
                    Num = depth == 0 ? label : (depth + 1).ToString(),
                    Title = depth == 0 ? "号" + label : label,
                    Depth = depth + 1,
                    Text = Own(paragraph, path, after),
                    Children = Children(paragraph, path, paths, after),
                };
            })];
        }

        var before = Make(false);
        var expected = Make(true);
        return (before, expected.Text, expected.Caption);
    }

    private static string Key(int paragraph, IReadOnlyList<string> items) =>
        paragraph + "/" + string.Join("/", items.Select(ItemLabels.Normalize));
}

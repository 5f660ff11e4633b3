using Tenken.Core.Drafting.Aratamebun;
using Tenken.Core.Drafting.Numbering;
using Tenken.Core.Drafting.Units;

namespace Tenken.Core.Tests.Drafting;

/// <summary>
/// The 改め文 grammar against the municipalities' own sentences (../shared/data/aratamebun, 11,694 sentences of five
/// cities). In scope: the sentences whose every clause uses the forms a draft writes — <see cref="SentenceForms"/>
/// decides it on the sentence's surface, without Tenken's parser. The parser must read ≥ 95% of them, and the
/// applier must apply ≥ 95% of them to an article built to hold what they quote.
/// </summary>
public sealed class RealAratamebunTests(ITestOutputHelper output)
{
    public sealed class Parse(ITestOutputHelper output)
    {
        [Fact]
        public void Reads_at_least_95_percent_of_the_in_scope_real_sentences()
        {
            var sentences = RealSentence.Load();
            var inScope = sentences.Where(s => SentenceForms.Of(s.Sentence).InScope).ToList();
            var failed = inScope.Select(s => (s, AratamebunParser.Parse(s.Sentence))).Where(p => !p.Item2.Ok).ToList();
            var rate = 1.0 - (double)failed.Count / inScope.Count;
            output.WriteLine($"in scope {inScope.Count} of {sentences.Count}; read {inScope.Count - failed.Count} ({rate:P1})");
            foreach (var (s, parsed) in failed.Take(40))
                output.WriteLine($"  {s.City}: {s.Sentence}\n    → {parsed.Error}");
            Assert.True(inScope.Count >= 1000, $"only {inScope.Count} sentences in scope: the classifier is too narrow");
            Assert.True(rate >= 0.95, $"read {rate:P1} of {inScope.Count} in-scope sentences");
        }

        [Fact]
        public void Reads_at_least_95_percent_of_the_in_scope_sentences_of_the_digital_amendments()
        {
            // The 107 amendments that removed seals or added online routes: the wording drafts imitate.
            var sentences = RealSentence.Load("digital.jsonl");
            var inScope = sentences.Where(s => SentenceForms.Of(s.Sentence).InScope).ToList();
            var read = inScope.Count(s => AratamebunParser.Parse(s.Sentence).Ok);
            output.WriteLine($"digital.jsonl: in scope {inScope.Count} of {sentences.Count}; read {read} ({(double)read / inScope.Count:P1})");
            Assert.True(inScope.Count >= 100);
            Assert.True(read >= 0.95 * inScope.Count);
        }
    }

    public sealed class Apply(ITestOutputHelper output)
    {
        [Fact]
        public void Applies_at_least_95_percent_of_the_in_scope_real_sentences_to_constructed_articles()
        {
            var parsed = RealSentence.Load().Where(s => SentenceForms.Of(s.Sentence).InScope)
                .Select(s => AratamebunParser.Parse(s.Sentence)).Where(p => p.Ok).ToList();
            var failures = new List<string>();
            foreach (var sentence in parsed)
            {
                foreach (var group in sentence.Clauses.GroupBy(c => (c.Target.Article, c.Target.Supplementary)))
                {
                    var (before, expected, caption) = ConstructedArticle.Build(group.Key.Article, group.Key.Supplementary, [.. group]);
                    var article = new AmendableArticle(before);
                    var problems = AratamebunApplier.Apply(article, group, NumeralStyle.HalfWidth);
                    var after = article.ToArticle();
                    if (problems.Count > 0 || after.Text != expected || after.Caption != caption)
                        failures.Add($"{sentence.Sentence}\n    → {string.Join(" ", problems)}\n    expected {expected}\n    got      {after.Text}");
                }
            }
            var rate = 1.0 - (double)failures.Count / parsed.Count;
            output.WriteLine($"applied {parsed.Count - failures.Count} of {parsed.Count} parsed in-scope sentences ({rate:P1})");
            foreach (var f in failures.Take(20))
                output.WriteLine("  " + f);
            Assert.True(rate >= 0.95, $"applied {rate:P1}");
        }
    }

    [Fact]
    public void Form_counts_are_set_beside_the_table_of_STYLE_md()
    {
        var four = RealSentence.Load().Where(s => s.InStyleTable).ToList();
        var forms = four.Select(s => SentenceForms.Of(s.Sentence)).ToList();
        int Surface(string pattern) => four.Count(s => System.Text.RegularExpressions.Regex.IsMatch(s.Sentence, pattern));
        // STYLE.md's table (four cities, 大和市 aside); its counts are surface counts over the whole sentence, quotes included.
        (string Form, int Style, int Surface, int Classifier)[] rows =
        [
            ("replace 「X」を「Y」に改める", 719, Surface("」を「[^」]*」に改める"), forms.Count(f => f.Replace)),
            ("insert 「X」の次に「Y」を加える", 130, Surface("」の次に「[^」]*」を加える。$"), forms.Count(f => f.Insert)),
            ("delete 「X」を削る", 124, Surface("」を削る。$"), forms.Count(f => f.Delete)),
            ("several in one sentence", 591, Surface("(」に、「|改め、)"), forms.Count(f => f.Several)),
            ("whole provision replaced", 134, Surface("次のように改める"), forms.Count(f => f.WholeReplaced)),
            ("provision added", 339, Surface("次の.*を加える"), forms.Count(f => f.ProvisionAdded)),
            ("provision deleted", 43, Surface("[条項号]を削る"), forms.Count(f => f.ProvisionDeleted)),
            ("renumbering", 313, Surface("(とし、|繰り上げ|繰り下げ)"), forms.Count(f => f.Renumbering)),
            ("same-unit chain 同条/同項/同号", 651, Surface("同(条|項|号)"), forms.Count(f => f.Chain)),
            ("見出し", 51, Surface("見出し"), forms.Count(f => f.Heading)),
            ("様式", 225, Surface("様式"), forms.Count(f => f.Form)),
            ("別表", 249, Surface("別表"), forms.Count(f => f.Table)),
        ];
        output.WriteLine($"{"form",-32} {"STYLE.md",8} {"surface",8} {"classifier",10}");
        foreach (var (form, style, surface, classifier) in rows)
            output.WriteLine($"{form,-32} {style,8} {surface,8} {classifier,10}");
        output.WriteLine($"in scope {forms.Count(f => f.InScope)} of {forms.Count}");
        foreach (var reason in forms.Where(f => !f.InScope).GroupBy(f => f.OutOfScope).OrderByDescending(g => g.Count()))
            output.WriteLine($"  out: {reason.Key} {reason.Count()}");

        // The data is the data STYLE.md counted: its whole-sentence counts come out the same.
        foreach (var form in new[] { "same-unit chain 同条/同項/同号", "見出し", "様式", "別表", "insert 「X」の次に「Y」を加える" })
        {
            var row = rows.Single(r => r.Form == form);
            Assert.Equal(row.Style, row.Surface);
        }
        // The classifier reads the skeleton (quotes emptied), so a form quoted inside 「」 is not counted: never more.
        Assert.All(rows.Where(r => r.Form.StartsWith("same", StringComparison.Ordinal) || r.Form is "見出し" or "様式"), r => Assert.True(r.Classifier <= r.Surface, r.Form));
    }
}

using Tenken.Core.Screening.Model;

namespace Tenken.Core.Evaluation;

/// <summary>Joins screening results with gold labels on the article key and computes an <see cref="EvaluationReport"/>.</summary>
public static class Evaluator
{
    public static EvaluationReport Evaluate(IEnumerable<GoldLabel> gold, IEnumerable<ArticleResult> results)
    {
        var byKey = new Dictionary<string, ArticleResult>();
        foreach (var r in results)
            byKey.TryAdd(r.Article.Key, r);
        int tp = 0, fp = 0, fn = 0, tn = 0;
        var counts = Enum.GetValues<RegulationCategory>().ToDictionary(c => c, _ => (Tp: 0, Fp: 0, Fn: 0));
        var confusion = new Dictionary<(RegulationCategory?, RegulationCategory?), int>();
        var missing = new List<GoldLabel>();
        var falsePositives = new List<EvaluatedArticle>();
        var falseNegatives = new List<EvaluatedArticle>();
        var mismatches = new List<EvaluatedArticle>();
        var joined = 0;
        foreach (var label in gold)
        {
            if (!byKey.TryGetValue(label.Key, out var result))
            {
                missing.Add(label);
                continue;
            }
            joined++;
            var predicted = result.Categories.ToHashSet();
            switch (result.Analog, label.Analog)
            {
                case (true, true): tp++; break;
                case (true, false): fp++; falsePositives.Add(new(label, result)); break;
                case (false, true): fn++; falseNegatives.Add(new(label, result)); break;
                default: tn++; break;
            }
            foreach (var c in counts.Keys.ToList())
            {
                var (p, g) = (predicted.Contains(c), label.Categories.Contains(c));
                var x = counts[c];
                counts[c] = (x.Tp + (p && g ? 1 : 0), x.Fp + (p && !g ? 1 : 0), x.Fn + (!p && g ? 1 : 0));
            }
            var goldOnly = label.Categories.Except(predicted).Cast<RegulationCategory?>().ToList();
            var predictedOnly = predicted.Except(label.Categories).Cast<RegulationCategory?>().ToList();
            if (goldOnly.Count == 0 && predictedOnly.Count == 0)
                continue;
            if (result.Analog && label.Analog)
                mismatches.Add(new(label, result));
            foreach (var pair in Pairs(goldOnly, predictedOnly))
                confusion[pair] = confusion.GetValueOrDefault(pair) + 1;
        }
        return new EvaluationReport
        {
            Article = new Metric(tp, fp, fn),
            TrueNegatives = tn,
            PerCategory = counts.ToDictionary(kv => kv.Key, kv => new Metric(kv.Value.Tp, kv.Value.Fp, kv.Value.Fn)),
            Missing = missing,
            FalsePositives = falsePositives,
            FalseNegatives = falseNegatives,
            CategoryMismatches = mismatches,
            Confusion = confusion,
            Joined = joined,
        };
    }

    /// <summary>Pairs each missed gold category with each extra predicted one; unmatched ones pair with null.</summary>
    private static IEnumerable<(RegulationCategory?, RegulationCategory?)> Pairs(List<RegulationCategory?> gold, List<RegulationCategory?> predicted)
    {
        if (gold.Count == 0)
            return predicted.Select(p => ((RegulationCategory?)null, p));
        if (predicted.Count == 0)
            return gold.Select(g => (g, (RegulationCategory?)null));
        return from g in gold from p in predicted select (g, p);
    }
}

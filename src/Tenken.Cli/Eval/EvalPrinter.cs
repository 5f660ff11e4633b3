using System.Globalization;
using Tenken.Core.Evaluation;
using Tenken.Core.Screening.Model;

namespace Tenken.Cli.Eval;

/// <summary>
/// Prints an evaluation: the metrics tables, the confusion summary, then every false positive and false negative
/// with its cues, reasons and suppressed cues. The last line is always <c>precision=… recall=… f1=…</c>.
/// </summary>
internal static class EvalPrinter
{
    public static void Print(EvaluationReport report, IReadOnlyList<GoldLabel> gold, EvalSettings settings, TextWriter o)
    {
        var half = settings.Half == 0 ? "" : $"（半分 {settings.Half}）";
        o.WriteLine($"正解データ {gold.Count} 条{half}（うち該当 {gold.Count(g => g.Analog)} 条）、突合 {report.Joined} 条、スキャン結果に無いキー {report.Missing.Count} 件");
        foreach (var m in report.Missing)
            o.WriteLine($"  スキャン結果に無いキー: {m.Key}（{settings.Gold}:{m.Line}）");
        o.WriteLine();
        o.WriteLine("■ 条単位（該当/非該当）");
        o.WriteLine($"  {Row(report.Article)}  TN {report.TrueNegatives}");
        o.WriteLine();
        o.WriteLine("■ 区分別");
        o.WriteLine($"  {"区分",-18}{"名称",-12}{"P",7}{"R",7}{"F1",7}{"TP",5}{"FP",5}{"FN",5}");
        foreach (var (category, metric) in report.PerCategory.OrderBy(kv => kv.Key))
        {
            if (metric.TruePositives + metric.FalsePositives + metric.FalseNegatives == 0)
                continue;
            var info = Categories.Get(category);
            o.WriteLine($"  {info.Code,-18}{info.Name,-12}{F(metric.Precision),7}{F(metric.Recall),7}{F(metric.F1),7}{metric.TruePositives,5}{metric.FalsePositives,5}{metric.FalseNegatives,5}");
        }
        o.WriteLine($"  区分 micro: {Row(report.CategoryMicro)}");
        o.WriteLine();
        o.WriteLine("■ 混同（正解の区分 → 判定の区分、件数の多い順。— は無し）");
        foreach (var ((g, p), n) in report.Confusion.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Gold).ThenBy(kv => kv.Key.Predicted))
            o.WriteLine($"  {Code(g),-18}→ {Code(p),-18}{n,4}");
        if (!settings.Brief)
        {
            Section(o, "誤検出（正解は非該当）", report.FalsePositives);
            Section(o, "見逃し（正解は該当）", report.FalseNegatives);
            Section(o, "区分の不一致（双方とも該当）", report.CategoryMismatches);
        }
        o.WriteLine();
        o.WriteLine($"precision={F(report.Article.Precision)} recall={F(report.Article.Recall)} f1={F(report.Article.F1)}");
    }

    private static void Section(TextWriter o, string title, IReadOnlyList<EvaluatedArticle> items)
    {
        o.WriteLine();
        o.WriteLine($"■ {title} {items.Count} 件");
        foreach (var (gold, result) in items)
        {
            var a = result.Article;
            o.WriteLine($"- {a.Key} {a.Title}{a.Caption}");
            o.WriteLine($"    正解: {(gold.Analog ? "該当" : "非該当")} [{string.Join(",", gold.Categories.Select(c => c.Code()))}] 確度 {gold.Confidence}{(gold.AlreadyDigital ? " 電子的手段あり" : "")}: {gold.Reason}");
            if (gold.Cues.Count > 0)
                o.WriteLine($"    正解の文言: {string.Join(" / ", gold.Cues.Select(c => $"「{c}」"))}");
            o.WriteLine($"    判定: {(result.Analog ? "該当" : "非該当")} [{string.Join(",", result.Categories.Select(c => c.Code()))}]");
            foreach (var f in result.Findings)
            {
                o.WriteLine($"    + {f.Category.Code()} {F(f.Confidence)} {f.Reason}");
                o.WriteLine($"        文言: {string.Join(" ", f.Cues.Select(c => $"「{c.Text}」@{c.Start}"))}  規則: {string.Join(" ", f.Rules)}");
            }
            foreach (var s in result.Suppressed.Where(s => s.RuleId != "manner.missing").Take(12))
                o.WriteLine($"    - {s.Category.Code()} 「{s.Cue.Text}」@{s.Cue.Start} {s.RuleId}: {s.Reason}");
            var unpaired = result.Suppressed.Where(s => s.RuleId == "manner.missing").Select(s => $"{s.Category.Code()}「{s.Cue.Text}」").Distinct().ToList();
            if (unpaired.Count > 0)
                o.WriteLine($"    - 態様なし: {string.Join(" ", unpaired.Take(10))}");
        }
    }

    private static string Row(Metric m) =>
        $"precision={F(m.Precision)} recall={F(m.Recall)} f1={F(m.F1)}  (TP {m.TruePositives} FP {m.FalsePositives} FN {m.FalseNegatives})";

    private static string Code(RegulationCategory? c) => c is { } x ? x.Code() : "—";

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}

using Tenken.Cli.Shared;
using Tenken.Core.Diagnostics;
using Tenken.Core.Evaluation;
using Tenken.Core.Reading;
using Tenken.Core.Screening;
using Tenken.Core.Screening.Model;

namespace Tenken.Cli.Eval;

/// <summary>Runs one evaluation: read the gold file and the inputs, screen every article, compare, print.</summary>
internal sealed class EvalRunner(EvalSettings settings)
{
    public int Run(TextWriter output)
    {
        if (!File.Exists(settings.Gold))
            throw new UsageException($"正解データ「{settings.Gold}」が見つかりません。");
        if (settings.Half is not (0 or 1 or 2))
            throw new UsageException("--half には 1 または 2 を指定してください。");
        foreach (var lexicon in settings.LexiconFiles)
        {
            if (!File.Exists(lexicon))
                throw new UsageException($"語彙ファイル「{lexicon}」が見つかりません。");
        }
        foreach (var rules in settings.RuleFiles)
        {
            if (!File.Exists(rules))
                throw new UsageException($"規則ファイル「{rules}」が見つかりません。");
        }
        var diagnostics = new DiagnosticBag();
        var gold = GoldReader.Read(settings.Gold, diagnostics)
            .Where(g => settings.Half == 0 || GoldSplit.HalfOf(g.Key) == settings.Half)
            .ToList();
        var builder = new ScreeningPipelineBuilder();
        foreach (var file in settings.LexiconFiles)
            builder.UseLexiconFile(file);
        foreach (var file in settings.RuleFiles)
            builder.UseRulesFile(file);
        var screener = builder.Build(diagnostics);
        var readers = Pipelines.Readers(new ReaderOptions());
        var files = readers.ExpandPaths(settings.Paths, diagnostics);
        var wanted = gold.Select(g => g.Key).ToHashSet();
        var results = new List<ArticleResult>();
        foreach (var read in readers.ReadAll(files))
        {
            foreach (var d in read.Diagnostics)
                diagnostics.Add(d);
            foreach (var document in read.Documents)
                results.AddRange(document.Articles.Where(a => wanted.Contains(a.Key)).Select(a => screener.Screen(a, document)));
        }
        DiagnosticPrinter.Print(diagnostics.ToList());
        var report = Evaluator.Evaluate(gold, results);
        EvalPrinter.Print(report, gold, settings, output);
        return ExitCodes.Ok;
    }
}

using System.CommandLine;
using Tenken.Cli.Scan.Llm;
using Tenken.Cli.Shared;

namespace Tenken.Cli.Scan;

/// <summary><c>tenken scan PATH... -o FILE...</c>: reads, screens and writes the review list in every requested format.</summary>
internal static class ScanCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "読み込むファイルまたはフォルダ（複数可）", Arity = ArgumentArity.OneOrMore };
        var outputs = new Option<string[]>("--output", "-o") { Description = "出力ファイル（拡張子で形式を選びます: .xlsx .csv .json .html）。複数指定できます", AllowMultipleArgumentsPerToken = false };
        var lexicons = new Option<string[]>("--lexicon") { Description = "追加の語彙ファイル（自治体独自の語句など。書式は docs/lexicon.md）" };
        var rules = new Option<string[]>("--rules") { Description = "規則ファイル（文脈ルールの語句の追加・ルールの停止。書式は docs/rules.md）" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "進捗と集計を表示しない" };
        var all = new Option<bool>("--all-articles") { Description = "全条文シート（判定なしの条も含む一覧）を出力に加える" };
        var supplParagraphs = new Option<bool>("--suppl-paragraphs") { Description = "条のない附則（項だけの附則）も1件として読む" };
        var project = ProjectOptions.Project();
        var municipality = ProjectOptions.Municipality();
        var command = new Command("scan", "例規を読み込んでアナログ規制を判定し、見直しリストを出力します。")
        {
            paths, outputs, lexicons, rules, quiet, all, supplParagraphs, project, municipality,
        };
        var llm = LlmScanOptions.AddTo(command);
        command.SetAction((result, cancellation) =>
        {
            var settings = new ScanSettings
            {
                Paths = result.GetValue(paths)!,
                Outputs = result.GetValue(outputs) ?? [],
                LexiconFiles = result.GetValue(lexicons) ?? [],
                RuleFiles = result.GetValue(rules) ?? [],
                Quiet = result.GetValue(quiet),
                AllArticles = result.GetValue(all),
                IncludeSupplementaryParagraphs = result.GetValue(supplParagraphs),
                ProjectFile = result.GetValue(project),
                Municipality = result.GetValue(municipality),
            };
            return new ScanRunner(settings, [.. LlmScanOptions.Stages(llm, result, settings)]).RunAsync(cancellation);
        });
        return command;
    }
}

using System.CommandLine;
using Tenken.Cli.Shared;
using Tenken.Core.Reports.Drafts;

namespace Tenken.Cli.Draft;

/// <summary>
/// <c>tenken draft PATH... -o FILE...</c>: reads and screens, then drafts the amendment of each finding a standard
/// pattern can fix (with --project: those reviewers marked 該当 with 対応 例規改正) and writes the drafts by extension.
/// </summary>
internal static class DraftCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "読み込むファイルまたはフォルダ（複数可）", Arity = ArgumentArity.OneOrMore };
        var outputs = new Option<string[]>("--output", "-o") { Description = "出力ファイル（拡張子で形式を選びます: .docx 新旧対照表、.xlsx .html 確認用の表、.json）。複数指定できます", AllowMultipleArgumentsPerToken = false };
        var patterns = new Option<string[]>("--patterns") { Description = "追加の改正パターンファイル（自治体独自の文言など。書式は docs/draft-patterns.md）" };
        var lexicons = new Option<string[]>("--lexicon") { Description = "追加の語彙ファイル（判定に使う語句。書式は docs/lexicon.md）" };
        var order = new Option<string>("--order") { Description = "新旧対照表の列の順: after-before（改正後｜改正前、既定）または before-after（改正前｜改正後）", DefaultValueFactory = _ => "after-before" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "進捗と集計を表示しない" };
        var project = ProjectOptions.Project();
        project.Description = "プロジェクトファイル。指定すると、判定が「該当」で対応が「例規改正」の指摘だけを草案の対象にします";
        var command = new Command("draft", "アナログ規制の指摘から改正案（新旧対照表・改め文）を作成します。")
        {
            paths, outputs, patterns, lexicons, order, quiet, project,
        };
        command.SetAction((result, cancellation) =>
        {
            var settings = new DraftSettings
            {
                Paths = result.GetValue(paths)!,
                Outputs = result.GetValue(outputs) ?? [],
                PatternFiles = result.GetValue(patterns) ?? [],
                LexiconFiles = result.GetValue(lexicons) ?? [],
                Order = ParseOrder(result.GetValue(order)),
                Quiet = result.GetValue(quiet),
                ProjectFile = result.GetValue(project),
            };
            return new DraftRunner(settings).RunAsync(cancellation);
        });
        return command;
    }

    private static DraftColumnOrder ParseOrder(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "after-before" or "改正後" => DraftColumnOrder.AfterBefore,
        "before-after" or "改正前" => DraftColumnOrder.BeforeAfter,
        _ => throw new UsageException($"--order「{value}」が分かりません。after-before（改正後｜改正前）か before-after（改正前｜改正後）を指定してください。"),
    };
}

using System.CommandLine;

namespace Tenken.Cli.Eval;

/// <summary><c>tenken eval --gold LABELS.jsonl PATH...</c>: scans, compares with gold judgements and prints the metrics.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "正解データ（1行1件のJSON: key, analog, categories …）", Required = true };
        var paths = new Argument<string[]>("path") { Description = "読み込むファイルまたはフォルダ（複数可）", Arity = ArgumentArity.OneOrMore };
        var lexicons = new Option<string[]>("--lexicon") { Description = "追加の語彙ファイル（書式は docs/lexicon.md）" };
        var rules = new Option<string[]>("--rules") { Description = "規則ファイル（書式は docs/rules.md）" };
        var half = new Option<int>("--half") { Description = "正解データのキーを二分した片方（1 または 2）だけで評価する（調整用と確認用）" };
        var brief = new Option<bool>("--brief") { Description = "誤検出・見逃しの一覧を出さず、指標だけを表示する" };
        var command = new Command("eval", "例規を判定し、正解データと突き合わせて適合率・再現率・F1 を表示します。")
        {
            gold, paths, lexicons, rules, half, brief,
        };
        command.SetAction(result => new EvalRunner(new EvalSettings
        {
            Gold = result.GetValue(gold)!,
            Paths = result.GetValue(paths)!,
            LexiconFiles = result.GetValue(lexicons) ?? [],
            RuleFiles = result.GetValue(rules) ?? [],
            Half = result.GetValue(half),
            Brief = result.GetValue(brief),
        }).Run(Console.Out));
        return command;
    }
}

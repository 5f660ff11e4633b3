using System.CommandLine;
using Tenken.Cli.Shared;
using Tenken.Core.Reports;
using Tenken.Knowledge.Packs;
using Tenken.Knowledge.Precedents;

namespace Tenken.Cli.Kb;

/// <summary><c>tenken kb search|export|import</c>: the knowledge base of past decisions, in a project or on the shared hub.</summary>
internal static class KbCommand
{
    public static Command Create() => new("kb", "過去の判定（知識ベース）を検索し、自治体間で受け渡します。")
    {
        Search(), Export(), Import(),
    };

    private static Command Search()
    {
        var text = new Argument<string>("text") { Description = "探したい条文の文（似た判定例を探します）" };
        var top = new Option<int>("--top", "-n") { Description = "表示する件数", DefaultValueFactory = _ => 5 };
        var (project, hub, municipality) = (ProjectOptions.Project(), ProjectOptions.Hub(), ProjectOptions.Municipality());
        var command = new Command("search", "似た条文についての過去の判定を探します（文字 bigram と BM25。モデルは使いません）。") { text, top, project, hub, municipality };
        command.SetAction(result =>
        {
            var (kb, _) = KnowledgeTarget.Open(result.GetValue(project), result.GetValue(hub), null);
            using (kb)
            {
                var filter = result.GetValue(municipality);
                var index = new PrecedentIndex(kb.Load(filter));
                var hits = index.Search(result.GetValue(text)!, Math.Max(1, result.GetValue(top)));
                if (hits.Count == 0)
                    Console.Error.WriteLine($"知識ベース（{kb.Name}）に判定がありません。");
                foreach (var (hit, rank) in hits.Select((h, i) => (h, i + 1)))
                {
                    var e = hit.Entry;
                    Console.WriteLine($"{rank}. [{e.Verdict}] {e.Municipality} {e.DocumentTitle} {e.ArticleTitle}（{e.ArticleKey}） 区分: {(e.Categories.Count > 0 ? string.Join(",", e.Categories) : "なし")} 類似度: {hit.Score:F2}");
                    if (e.Reason.Length > 0)
                        Console.WriteLine($"   理由: {e.Reason}");
                    if (e.Direction.Length > 0)
                        Console.WriteLine($"   見直しの方向性: {e.Direction}");
                    Console.WriteLine($"   条文: {Shorten(e.Text)}");
                }
                return ExitCodes.Ok;
            }
        });
        return command;
    }

    private static Command Export()
    {
        var file = new Argument<string>("file") { Description = "書き出す知識パック（.json）" };
        var all = new Option<bool>("--all") { Description = "取り込んだ他の自治体の判定も含める（既定は自分の自治体の判定のみ）" };
        var (project, hub, municipality) = (ProjectOptions.Project(), ProjectOptions.Hub(), ProjectOptions.Municipality());
        var command = new Command("export", "判定を知識パック（JSON、docs/kb-pack.md）に書き出します。") { file, all, project, hub, municipality };
        command.SetAction(result =>
        {
            var (kb, own) = KnowledgeTarget.Open(result.GetValue(project), result.GetValue(hub), result.GetValue(municipality));
            using (kb)
            {
                var filter = result.GetValue(all) || own.Length == 0 ? null : own;
                var entries = kb.Load(filter);
                var path = result.GetValue(file)!;
                var folder = Path.GetDirectoryName(Path.GetFullPath(path));
                if (folder is not null)
                    Directory.CreateDirectory(folder);
                using (var stream = File.Create(path))
                    KnowledgePack.Write(stream, entries, own, new RunInfo().ToolVersion);
                Console.Error.WriteLine($"知識パックに {entries.Count:N0} 件の判定を書き出しました: {path}");
                return ExitCodes.Ok;
            }
        });
        return command;
    }

    private static Command Import()
    {
        var file = new Argument<string>("file") { Description = "取り込む知識パック（.json）" };
        var (project, hub) = (ProjectOptions.Project(), ProjectOptions.Hub());
        var command = new Command("import", "知識パックの判定を取り込みます。同じパックを何度取り込んでも結果は変わりません。") { file, project, hub };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            IReadOnlyList<KnowledgeEntry> entries;
            try
            {
                entries = KnowledgePack.Read(path);
            }
            catch (KnowledgePackException ex)
            {
                Console.Error.WriteLine($"tenken: {ex.Message}");
                Console.Error.WriteLine("tenken: 何も取り込んでいません。");
                return ExitCodes.Failure;
            }
            var (kb, _) = KnowledgeTarget.Open(result.GetValue(project), result.GetValue(hub), null);
            using (kb)
            {
                var merged = kb.Merge(entries, "pack:" + Path.GetFileName(path));
                Console.Error.WriteLine($"取り込み（{kb.Name}）: 追加 {merged.Added:N0} 件、更新 {merged.Updated:N0} 件、変更なし {merged.Unchanged:N0} 件、より新しい判定があるため見送り {merged.KeptNewer:N0} 件");
                return ExitCodes.Ok;
            }
        });
        return command;
    }

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 120 ? line : line[..120] + "…";
    }
}

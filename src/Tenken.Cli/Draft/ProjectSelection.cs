using Tenken.Cli.Shared;
using Tenken.Core.Screening.Model;
using Tenken.Knowledge.Decisions;
using Tenken.Knowledge.Store;

namespace Tenken.Cli.Draft;

/// <summary>
/// With <c>--project</c>: the findings to draft are those reviewers marked 該当 with 対応 例規改正 (該当 alone when the
/// project records no 対応). Says what it chose, and afterwards how many decided findings were not seen in the input.
/// </summary>
internal sealed class ProjectSelection(AmendmentTargets targets, string name)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public static ProjectSelection Open(string path)
    {
        try
        {
            using var store = ProjectStore.Open(path);
            return new ProjectSelection(AmendmentTargets.Load(store), store.Municipality);
        }
        catch (ProjectStoreException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    public string Name => name;

    /// <summary>True for a finding to draft; remembers it was seen.</summary>
    public bool Select(Finding finding)
    {
        if (!targets.FindingIds.Contains(finding.Id))
            return false;
        lock (_lock)
            _seen.Add(finding.Id);
        return true;
    }

    public string Announcement => targets.ActionRecorded
        ? $"プロジェクト「{name}」の判定から、判定が「該当」で対応が「{AmendmentTargets.AmendAction}」の指摘 {targets.FindingIds.Count} 件を草案の対象にします" +
          (targets.OtherAction > 0 ? $"（該当でも対応が「{AmendmentTargets.AmendAction}」でない {targets.OtherAction} 件は対象外）。" : "。")
        : $"プロジェクト「{name}」には対応（例規改正・運用変更）が記録されていないため、判定が「該当」の指摘 {targets.FindingIds.Count} 件を草案の対象にします。";

    /// <summary>A warning when some decided findings were not in this run's input (changed or removed articles, other inputs).</summary>
    public string? Missing()
    {
        if (targets.FindingIds.Count == 0)
            return "草案の対象になる判定がありません。点検結果のブックに判定（該当）と対応（例規改正）を記入し、tenken review import で取り込んでください。";
        var missing = targets.FindingIds.Count - _seen.Count;
        return missing > 0
            ? $"判定で草案の対象とされた指摘のうち {missing} 件は、今回読み込んだ例規にありませんでした（条文が改正されたか、入力が違います）: {string.Join("、", targets.FindingIds.Except(_seen).Order(StringComparer.Ordinal).Take(5))}{(missing > 5 ? " ほか" : "")}"
            : null;
    }
}
